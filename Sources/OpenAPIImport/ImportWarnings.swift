import SpecGenKit

/// What the import could not map exactly, each with the place in the document it comes from. Printed
/// on stderr in the compiler's style, `<document>: <json-pointer>: warning: <message>`, so nothing
/// unmappable is dropped silently.
public struct ImportWarning: Sendable, Hashable, CustomStringConvertible {
    var document: String
    var pointer: JSONPointer
    public var message: String

    public var description: String {
        "\(Diagnostic.printable(document)): \(Diagnostic.printable(pointer.description)): warning: \(Diagnostic.printable(message))"
    }
}

/// Collects warnings while mapping; a class because every mapper adds to the one list. One warning
/// per place and message: a schema used by many operations is reported once.
final class WarningLog {
    let document: String
    private(set) var warnings: [ImportWarning] = []
    private var seen: Set<ImportWarning> = []

    init(document: String) {
        self.document = document
    }

    func warn(_ message: String, at pointer: JSONPointer) {
        let warning = ImportWarning(document: document, pointer: pointer, message: message)
        if seen.insert(warning).inserted {
            warnings.append(warning)
        }
    }
}
