/// Turns a stream of parse events into a ``YAMLNode`` tree.
///
/// It keeps an explicit stack of open collections instead of recursing, so
/// that deeply nested input can only ever hit the ``YAMLLimits/maxDepth``
/// error, never overflow the C stack. It also owns the rules that sit above
/// YAML syntax: one document per file, unique scalar keys, anchors and
/// aliases, and the depth and node-count limits.
///
/// Errors are either recoverable (recorded, building continues so that all of
/// them can be reported in one go) or fatal (recorded, ``isFinished`` becomes
/// true and the caller stops feeding events).
struct TreeBuilder {
    let file: String
    let limits: YAMLLimits

    /// Everything reported so far.
    private(set) var errors: [YAMLError] = []
    /// Set once the caller should stop sending events.
    private(set) var isFinished = false
    /// The completed root, if any. Cleared by fatal errors.
    private(set) var root: YAMLNode?

    private var stack: [Frame] = []
    private var anchors: [String: Anchor] = [:]
    private var nodeCount = 0
    private var documentCount = 0

    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
    }

    /// An open collection.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        /// `nodeCount` before this collection was counted, to compute its size.
        var countBefore: Int
        var items: [YAMLNode] = []
        var entries: [YAMLMappingEntry] = []
        /// A mapping's key waiting for its value.
        var pendingKey: YAMLNode?
        /// Whether the pending key was rejected (duplicate or non-scalar), so
        /// the entry is left out once its value arrives.
        var dropPendingEntry = false
        /// The accepted keys' texts and locations, in order, for duplicate
        /// messages: scanning these is cheaper than taking each entry's key
        /// node apart.
        var keys: [(text: String, location: SourceLocation)] = []
        /// The same as a dictionary, only built once a mapping grows past
        /// `linearKeySearchLimit` entries: most mappings are small, and a
        /// linear scan is cheaper than allocating and hashing into a dictionary.
        var keyLocations: [String: SourceLocation]?
    }

    /// What an anchor name currently refers to. `building` is how a recursive
    /// alias (one inside the collection it names) is recognised.
    private enum Anchor {
        case building
        case done(YAMLNode, size: Int)
    }

    // MARK: - Events

    mutating func documentStart(at location: SourceLocation) {
        documentCount += 1
        if documentCount > 1 {
            // The first document is complete and correct, so it is kept; the
            // error still tells the caller the file as a whole is wrong.
            errors.append(YAMLError(message: "only one YAML document per file is supported", location: location))
            isFinished = true
        }
    }

    mutating func scalar(_ scalar: YAMLScalar, anchor: String?, at location: SourceLocation) {
        guard count(1, at: location, viaAlias: false) else { return }
        let node = YAMLNode(content: .scalar(scalar), location: location)
        if let anchor { anchors[anchor] = .done(node, size: 1) }
        add(node)
    }

    mutating func collectionStart(isMapping: Bool, anchor: String?, at location: SourceLocation) {
        guard stack.count < limits.maxDepth else {
            fail("nesting deeper than \(limits.maxDepth) levels", at: location)
            return
        }
        let before = nodeCount
        guard count(1, at: location, viaAlias: false) else { return }
        if let anchor { anchors[anchor] = .building }
        stack.append(Frame(isMapping: isMapping, location: location, anchor: anchor, countBefore: before))
    }

    mutating func collectionEnd() {
        guard let frame = stack.popLast() else { return }
        let content: YAMLContent = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
        let node = YAMLNode(content: content, location: frame.location)
        if let anchor = frame.anchor { anchors[anchor] = .done(node, size: nodeCount - frame.countBefore) }
        add(node)
    }

    mutating func alias(_ name: String, at location: SourceLocation) {
        switch anchors[name] {
        case nil:
            report("undefined alias *\(name)", at: location)
            add(placeholder(at: location))
        case .building?:
            report("recursive alias *\(name)", at: location)
            add(placeholder(at: location))
        case .done(var node, let size)?:
            // Arrays are copy-on-write, so the copy shares storage with the
            // anchored node; only the count reflects its real expanded size.
            guard count(size, at: location, viaAlias: true) else { return }
            node.location = location
            add(node)
        }
    }

    /// A recoverable problem found by the caller (e.g. a value that does not
    /// fit its explicit tag).
    mutating func report(_ message: String, at location: SourceLocation) {
        errors.append(YAMLError(message: message, location: location))
    }

    /// An unrecoverable problem: record it, drop the tree, stop.
    mutating func fail(_ message: String, at location: SourceLocation) {
        errors.append(YAMLError(message: message, location: location))
        fail()
    }

    /// Stops without a message of its own (the caller reported it already).
    mutating func fail() {
        isFinished = true
        root = nil
        stack.removeAll()
        anchors.removeAll()
    }

    // MARK: - Helpers

    /// Adds `n` nodes to the running total, failing past the limit.
    private mutating func count(_ n: Int, at location: SourceLocation, viaAlias: Bool) -> Bool {
        nodeCount += n
        guard nodeCount > limits.maxNodes else { return true }
        fail(viaAlias
             ? "document expands to more than \(limits.maxNodes) nodes (alias bomb?)"
             : "document has more than \(limits.maxNodes) nodes", at: location)
        return false
    }

    /// Stands in for an alias that could not be resolved, so the surrounding
    /// structure (e.g. a mapping's key/value alternation) stays intact.
    private func placeholder(at location: SourceLocation) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(text: "", style: .plain, value: .null)), location: location)
    }

    /// Attaches a completed node to the open collection, or makes it the root.
    private mutating func add(_ node: YAMLNode) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            if !stack[top].dropPendingEntry {
                stack[top].entries.append(YAMLMappingEntry(key: key, value: node))
            }
            stack[top].pendingKey = nil
            stack[top].dropPendingEntry = false
        } else {
            stack[top].pendingKey = node
            stack[top].dropPendingEntry = !acceptKey(node, inFrame: top)
        }
    }

    /// Checks a mapping key: it must be a scalar, and its text must not have
    /// been used before in the same mapping. Both are reported and the entry
    /// is then left out, which keeps keys unique for every consumer.
    private mutating func acceptKey(_ key: YAMLNode, inFrame index: Int) -> Bool {
        guard case .scalar(let scalar) = key.content else {
            report("mapping keys must be scalars", at: key.location)
            return false
        }
        // Accepted keys are exactly the keys of `entries`, so the first
        // occurrence of any text is always found among them.
        if let first = firstLocation(ofKey: scalar.text, inFrame: index) {
            report("duplicate key '\(scalar.text)' (first at \(first.line):\(first.column))", at: key.location)
            return false
        }
        if stack[index].keyLocations != nil {
            stack[index].keyLocations![scalar.text] = key.location
        } else {
            stack[index].keys.append((scalar.text, key.location))
        }
        return true
    }

    private static let linearKeySearchLimit = 8

    private mutating func firstLocation(ofKey text: String, inFrame index: Int) -> SourceLocation? {
        if let locations = stack[index].keyLocations { return locations[text] }
        if stack[index].keys.count < Self.linearKeySearchLimit {
            return stack[index].keys.first { $0.text == text }?.location
        }
        // Large mapping: switch to a dictionary for the rest of it.
        var locations: [String: SourceLocation] = [:]
        locations.reserveCapacity(stack[index].keys.count * 2)
        for key in stack[index].keys {
            locations[key.text] = key.location
        }
        stack[index].keyLocations = locations
        stack[index].keys = []
        return locations[text]
    }
}
