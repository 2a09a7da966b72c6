import YAMLReader

/// One problem found in a spec, printed the way compilers print theirs so that editors and Xcode
/// show it in place: `Spec/capillary/customer_get.yaml:12:5: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// One line, whatever the spec contained: messages quote spec text (keys, values, names), and a
    /// line break or terminal escape in it must not split the line or rewrite the terminal.
    public var description: String {
        "\(Self.printable(location.file)):\(location.line):\(location.column): error: \(Self.printable(message))"
    }

    /// One character for a message: `'x' (U+0078)`, the code point telling apart look-alikes and
    /// showing invisible characters.
    static func quoted(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "'\(scalar)' (U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex))"
    }

    /// `text` with control and invisible characters written as escapes (`\n`, `\u{1B}`): the one
    /// way spec and document text is made safe for a terminal line (specgen-openapi's warnings too).
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: DocText.isInvisibleOrControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if let escape = DocText.escape(scalar) { result += escape } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}

/// Collects diagnostics across every stage so that all problems are reported at once, not only the
/// first. A reference type because loaders and validators deep in the tree all add to one list.
public final class DiagnosticCollector {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { !diagnostics.isEmpty }

    public func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    /// Adds diagnostics collected separately (from a file loaded on another thread), keeping their order.
    public func add(_ other: [Diagnostic]) {
        diagnostics += other
    }

    /// Diagnostics in file order, then by position, so output is stable whatever order stages ran in.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let a = lhs.element.location
            let b = rhs.element.location
            if a.file != b.file { return a.file < b.file }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

/// Thrown by the pipeline when a stage found errors; carries all of them.
public struct SpecErrors: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
