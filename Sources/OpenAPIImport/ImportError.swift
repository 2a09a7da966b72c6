import SpecGenKit

/// Why a document was not imported. Each is printed as `<document>: error: <message>` (with a line
/// and column or a JSON pointer where there is one) and nothing is written.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        case unreadable, tooLarge, notOpenAPI, unsupportedVersion, invalidDocument, brokenReference
        case referenceCycle, output, lint, options
    }

    public var kind: Kind
    /// The document's name as the user gave it.
    var document: String
    /// `12:5` or `#/components/schemas/Pet`: where in the document, when known.
    var place: String?
    public var message: String
    /// Lines printed after the message as they are (the lint's diagnostics, already escaped).
    public var details: [String] = []

    /// The error line, then the details, one per line.
    public var description: String {
        let location = place.map { "\(document):\($0)" } ?? document
        return (["\(Diagnostic.printable(location)): error: \(Diagnostic.printable(message))"] + details).joined(separator: "\n")
    }
}
