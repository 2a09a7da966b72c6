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
    /// The finished children of every open collection, outermost collection's
    /// first; a mapping's are its accepted keys and values, alternating. Each
    /// collection's children are moved into one array of exactly the right size
    /// when it ends: one growing scratch array for the whole document instead
    /// of a growing array (reallocated every time it doubles) per collection.
    private var children: [YAMLNode] = []
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
        /// Where this collection's children start in `children`.
        var firstChild: Int
        /// A mapping has read a key and waits for its value.
        var awaitsValue = false
        /// Whether the pending key was rejected (duplicate or non-scalar), so
        /// the value is dropped once it arrives.
        var dropPendingEntry = false
        /// Key text to its position among this mapping's keys, only built once
        /// a mapping grows past `linearKeySearchLimit` keys: most mappings are
        /// small, and a linear scan is cheaper than allocating and hashing into
        /// a dictionary.
        var keyPositions: [String: Int]?
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

    mutating func scalar(_ scalar: consuming YAMLScalar, anchor: String?, at location: consuming SourceLocation) {
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
        stack.append(Frame(
            isMapping: isMapping, location: location, anchor: anchor, countBefore: before,
            firstChild: children.count))
    }

    mutating func collectionEnd() {
        guard let frame = stack.popLast() else { return }
        let content: YAMLContent
        if frame.isMapping {
            content = .mapping(takeEntries(from: frame.firstChild))
        } else {
            content = .sequence(takeItems(from: frame.firstChild))
        }
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
        children.removeAll()
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
    private mutating func add(_ node: consuming YAMLNode) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if !stack[top].isMapping {
            children.append(node)
        } else if stack[top].awaitsValue {
            if !stack[top].dropPendingEntry {
                children.append(node)
            }
            stack[top].awaitsValue = false
            stack[top].dropPendingEntry = false
        } else {
            stack[top].awaitsValue = true
            if acceptKey(node, inFrame: top) {
                children.append(node)
            } else {
                stack[top].dropPendingEntry = true
            }
        }
    }

    /// Checks a mapping key: it must be a scalar, and its text must not have
    /// been used before in the same mapping. Both are reported and the entry
    /// is then left out, which keeps keys unique for every consumer.
    private mutating func acceptKey(_ key: borrowing YAMLNode, inFrame index: Int) -> Bool {
        guard case .scalar(let scalar) = key.content else {
            report("mapping keys must be scalars", at: key.location)
            return false
        }
        // The mapping's children so far are whole key/value pairs.
        let keyCount = (children.count - stack[index].firstChild) / 2
        if let position = position(ofKey: scalar.text, inFrame: index, keyCount: keyCount) {
            let first = children[stack[index].firstChild + 2 * position].location
            report("duplicate key '\(scalar.text)' (first at \(first.line):\(first.column))", at: key.location)
            return false
        }
        stack[index].keyPositions?[scalar.text] = keyCount
        return true
    }

    private static let linearKeySearchLimit = 8

    /// Where `text` is among the first `keyCount` keys of the mapping in frame
    /// `index`, if it is. Accepted entries sit in `children` as key, value,
    /// key, value..., so the keys are every other child from the frame's first.
    private mutating func position(ofKey text: String, inFrame index: Int, keyCount: Int) -> Int? {
        if let positions = stack[index].keyPositions { return positions[text] }
        let first = stack[index].firstChild
        if keyCount < Self.linearKeySearchLimit {
            return (0..<keyCount).first { children[first + 2 * $0].isScalar(withText: text) }
        }
        // Large mapping: switch to a dictionary for the rest of it.
        var positions: [String: Int] = [:]
        positions.reserveCapacity(keyCount * 2)
        for position in 0..<keyCount {
            if case .scalar(let key) = children[first + 2 * position].content {
                positions[key.text] = position
            }
        }
        stack[index].keyPositions = positions
        return positions[text]
    }

    /// Moves the children from `start` on out of `children` into an array of
    /// their own. Taking them from the end (`removeLast` hands each node over)
    /// moves them without retaining and releasing what each one holds.
    private mutating func takeItems(from start: Int) -> [YAMLNode] {
        let count = children.count - start
        return [YAMLNode](unsafeUninitializedCapacity: count) { items, initialized in
            for index in (0..<count).reversed() {
                items.initializeElement(at: index, to: children.removeLast())
            }
            initialized = count
        }
    }

    /// ``takeItems(from:)`` for a mapping, whose children are its keys and values, alternating.
    private mutating func takeEntries(from start: Int) -> [YAMLMappingEntry] {
        let count = (children.count - start) / 2
        // A key without its value cannot come from libyaml; should one ever
        // be left, it must not slip into the enclosing collection.
        children.removeSubrange((start + 2 * count)...)
        return [YAMLMappingEntry](unsafeUninitializedCapacity: count) { entries, initialized in
            for index in (0..<count).reversed() {
                let value = children.removeLast()
                let key = children.removeLast()
                entries.initializeElement(at: index, to: YAMLMappingEntry(key: key, value: value))
            }
            initialized = count
        }
    }
}
