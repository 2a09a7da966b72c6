/// Follows `$ref`s to parameters, request bodies, responses and security schemes, reporting a
/// broken one (or a loop of references) at the pointer it was found at.
struct DocumentNavigator {
    let document: JSONTree
    let documentName: String

    /// `node` with its `$ref` chain followed, and the pointer of what it ends at.
    func resolved(_ node: JSONTree, at pointer: JSONPointer) throws(ImportError) -> (node: JSONTree, pointer: JSONPointer) {
        var current = node
        var currentPointer = pointer
        var seen: Set<String> = []
        while let reference = current["$ref"]?.stringValue {
            guard seen.insert(reference).inserted else {
                throw ImportError(
                    kind: .referenceCycle, document: documentName, place: currentPointer.appending("$ref").description,
                    message: "$ref cycle: '\(reference)' refers back to itself")
            }
            guard reference.hasPrefix("#"), let target = document.value(at: String(reference.dropFirst())) else {
                throw ImportError(
                    kind: .brokenReference, document: documentName, place: currentPointer.appending("$ref").description,
                    message: reference.hasPrefix("#")
                        ? "$ref '\(reference)' points to nothing in this document"
                        : "$ref '\(reference)' points into another document; only references within the document are imported")
            }
            current = target
            currentPointer = Self.pointer(of: reference)
        }
        return (current, currentPointer)
    }

    static func pointer(of reference: String) -> JSONPointer {
        JSONPointer(String(reference.dropFirst(2)).split(separator: "/", omittingEmptySubsequences: false).map { JSONPointer.unescape(String($0)) })
    }

    /// Every `$ref` in the document resolves to something in it; the first that does not is an error.
    /// Checked up front so that a broken reference in a part the mapping never reads (an unused
    /// component) is still reported rather than imported silently.
    func checkReferences() throws(ImportError) {
        var stack: [(JSONTree, JSONPointer)] = [(document, .root)]
        while let (node, pointer) = stack.popLast() {
            switch node {
            case .object(let entries):
                for entry in entries.reversed() {
                    if entry.key == "$ref", let reference = entry.value.stringValue {
                        // Inside examples a "$ref" key is data, not a reference.
                        if pointer.tokens.contains("example") || pointer.tokens.contains("examples") { continue }
                        guard reference.hasPrefix("#"), document.value(at: String(reference.dropFirst())) != nil else {
                            throw ImportError(
                                kind: .brokenReference, document: documentName, place: pointer.appending("$ref").description,
                                message: reference.hasPrefix("#")
                                    ? "$ref '\(reference)' points to nothing in this document"
                                    : "$ref '\(reference)' points into another document; only references within the document are imported")
                        }
                    } else {
                        stack.append((entry.value, pointer.appending(entry.key)))
                    }
                }
            case .array(let elements):
                for (index, element) in elements.enumerated().reversed() { stack.append((element, pointer.appending(index))) }
            default:
                break
            }
        }
    }
}
