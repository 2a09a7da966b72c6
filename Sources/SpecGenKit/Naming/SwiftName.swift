/// Turns wire names (`external_id`, `programId`, `X-CAP-CLIENT-COUNTRYCODE`, `3ds`) into Swift
/// names. All escaping of identifiers happens here, so no other part of the generator decides
/// whether a name needs backticks.
public enum SwiftName {
    /// Words written in capitals in Swift names (API Design Guidelines: acronyms are uniformly cased).
    static let acronyms: Set<String> = ["id", "url", "uri", "api", "json", "xml", "http", "https", "uuid"]

    /// Keywords that need backticks to be used as a name.
    static let keywords: WordList = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "super", "throws",
        "true", "try", "some", "any", "borrowing", "consuming", "package",
    ]

    /// Names that cannot be a member even with backticks (`x.self`, `T.Type`), or that generated
    /// code itself uses; they get a trailing underscore instead.
    static let unusableMembers: WordList = ["self", "Self", "Type", "Protocol", "init", "_"]

    /// Type names that would shadow a type the generated code refers to: a spec type (or a type
    /// nested in a request) named `ArgumentError` would make `throws(ArgumentError)` mean it.
    static let reservedTypeNames: WordList = [
        "String", "Int", "Double", "Bool", "Array", "Dictionary", "Set", "Optional", "Error", "Decoder",
        "Encoder", "Codable", "CodingKey", "CodingKeys", "Sendable", "Equatable", "Hashable", "CaseIterable", "URL",
        "Date", "Data", "Type", "Self", "Protocol", "Any", "Never",
        // SpecGenRuntime's types that generated code names, and the request's `Response` alias.
        "AnyCodingKey", "ArgumentBuildable", "ArgumentError", "ArgumentInfo", "ArgumentValue", "ArgumentValues",
        "CalendarDate", "DateTime", "DateTimeFormat", "EndpointRequest", "HeaderField", "JSONNumber", "JSONValue",
        "Leniency", "Nullable", "OpenEnum", "QueryBuilder", "QueryValue", "RequestValidationError", "Response", "ValueShape", "WireObject",
        "JSONKind", "ProbedValue", "UnionDecoding", "UnionEncoding",
        // SpecGenClient's and swift-openapi-runtime's, named by the generated client.
        "APIError", "BaseURLError", "BaseURLPolicy", "BasicCredentials", "BatchResult", "ClientCore",
        "ClientMiddleware", "ClientTransport", "ErrorBodyRule", "ItemFailureReason", "OutcomeRules", "StatusReport",
    ]

    /// Splits a name into lower-case words at separators, case changes (`programId`, `HTTPServer`)
    /// and nothing else; digits stay with the word before them.
    public static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(name)
        func flush() {
            if !current.isEmpty { words.append(String(current).lowercased()) }
            current.removeAll()
        }
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                flush()
                continue
            }
            if character.isUppercase, let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // "programId": lower → Upper starts a word; "HTTPServer": the S of "Server" starts one.
                if previous.isLowercase || previous.isNumber
                    || (previous.isUppercase && next.map { $0.isLowercase } == true) {
                    flush()
                }
            }
            current.append(character)
        }
        flush()
        return words
    }

    private static let acronymBytes = acronyms.map { Array($0.utf8) }

    /// Whether `bytes[range]`, lower-cased, is an acronym.
    private static func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        acronymBytes.contains { acronym in
            acronym.count == range.count
                && zip(acronym, bytes[range]).allSatisfy { $0 == ASCII.lowercased($1) }
        }
    }

    /// `camelCase(_:)` (`capitalizeFirst` false) or `pascalCase(_:)` for an ASCII name, which nearly
    /// all are: words split by the rules of `words(_:)` and cased by those of `capitalized(_:)` and
    /// `fixLeadingDigit(_:)`, on bytes, without the Unicode property lookups that dominate the
    /// generator's time otherwise. One pass writing straight into the result, each word as soon
    /// as it ends: it runs about a thousand times per endpoint. nil for a non-ASCII name.
    private static func asciiCased(_ name: String, capitalizeFirst: Bool) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + 1) { result in
                var count = 0
                var wordCount = 0
                func append(_ byte: UInt8) {
                    result[count] = byte
                    count += 1
                }
                func appendWord(_ range: Range<Int>) {
                    defer { wordCount += 1 }
                    if wordCount == 0, ASCII.isDigit(bytes[range.lowerBound]) { append(UInt8(ascii: "_")) }
                    if wordCount == 0, !capitalizeFirst {
                        for index in range { append(ASCII.lowercased(bytes[index])) }
                        return
                    }
                    // Trailing digits do not hide an acronym: `url100` is cased as `url`, then `100`.
                    var letters = range
                    while letters.count > 1, ASCII.isDigit(bytes[letters.upperBound - 1]) { letters = letters.dropLast() }
                    if isAcronym(bytes, letters) {
                        for index in letters { append(ASCII.uppercased(bytes[index])) }
                    } else if ASCII.lowercased(bytes[letters.upperBound - 1]) == UInt8(ascii: "s"),
                              isAcronym(bytes, letters.lowerBound..<letters.upperBound - 1) {
                        for index in letters.dropLast() { append(ASCII.uppercased(bytes[index])) }
                        append(UInt8(ascii: "s"))
                    } else {
                        append(ASCII.uppercased(bytes[letters.lowerBound]))
                        for index in letters.dropFirst() { append(ASCII.lowercased(bytes[index])) }
                    }
                    for index in letters.upperBound..<range.upperBound { append(bytes[index]) }
                }
                var start: Int?  // where the current word began
                for index in bytes.indices {
                    let byte = bytes[index]
                    guard ASCII.isLetterOrDigit(byte) else {
                        if let wordStart = start { appendWord(wordStart..<index) }
                        start = nil
                        continue
                    }
                    if ASCII.isUppercase(byte), let wordStart = start, wordStart < index {
                        let previous = bytes[index - 1]
                        let nextIsLowercase = index + 1 < bytes.count && ASCII.isLowercase(bytes[index + 1])
                        if ASCII.isLowercase(previous) || ASCII.isDigit(previous)
                            || (ASCII.isUppercase(previous) && nextIsLowercase) {
                            appendWord(wordStart..<index)
                            start = nil
                        }
                    }
                    if start == nil { start = index }
                }
                if let wordStart = start { appendWord(wordStart..<bytes.count) }
                if wordCount == 0 { append(UInt8(ascii: "_")) }
                return count
            }
        }
    }

    /// `external_id` → `externalID`, not escaped.
    public static func camelCase(_ name: String) -> String {
        if let ascii = asciiCased(name, capitalizeFirst: false) { return ascii }
        let parts = words(name)
        guard let first = parts.first else { return "_" }
        let head = first
        let tail = parts.dropFirst().map(capitalized).joined()
        return fixLeadingDigit(head + tail)
    }

    /// `registered_store` → `RegisteredStore`, not escaped.
    public static func pascalCase(_ name: String) -> String {
        if let ascii = asciiCased(name, capitalizeFirst: true) { return ascii }
        let joined = words(name).map(capitalized).joined()
        return joined.isEmpty ? "_" : fixLeadingDigit(joined)
    }

    /// Whether `text` can be printed as a Swift name (escaped with ``member(_:)`` if it is a
    /// keyword): ASCII letters, digits and `_`, starting with a lower-case letter or `_`. Not a
    /// capital: a property or case named `String` or `QueryBuilder` would hide the type of that
    /// name from the code around it (`String.self`, `QueryBuilder()`). The spec schema's pattern for
    /// `swift_name`.
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || isASCIILetter($0) || ("0"..."9").contains($0) }
    }

    /// Whether `text` can be printed as a type name: an ASCII capital, then ASCII letters and
    /// digits. The spec schema's pattern for `type_name`.
    public static func isTypeIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// A property, case or parameter name ready to print, declared or used: `` `default` ``.
    public static func member(_ identifier: String) -> String {
        if unusableMembers.contains(identifier) { return identifier + "_" }
        return keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A type name ready to print.
    public static func type(_ identifier: String) -> String {
        if reservedTypeNames.contains(identifier) { return identifier + "Value" }
        return keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A read of property `name` (as printed by ``member(_:)``) inside a function that declares
    /// `locals`: qualified with `self.` when a local would hide it. Any sequence: callers name two
    /// or three locals, for which an array literal costs much less than a set built on every call.
    static func propertyReference(_ name: String, hiddenBy locals: some Sequence<String>) -> String {
        locals.contains(name) ? "self." + name : name
    }

    /// A name for a local (or parameter) of generated code: `preferred`, or with as many trailing
    /// underscores as it takes not to be one of `taken` (the printed names already in scope), so a
    /// spec's property named `arguments` keeps its name and the local gives way.
    static func local(_ preferred: String, avoiding taken: some Sequence<String>) -> String {
        let taken = Set(taken)
        var name = preferred
        while taken.contains(name) { name += "_" }
        return name
    }

    /// An argument label at a call site, from a name as ``member(_:)`` printed it: keywords need no
    /// backticks there (and Swift warns about them), except `inout`.
    static func argumentLabel(_ member: String) -> String {
        guard member.hasPrefix("`") else { return member }
        let bare = String(member.dropFirst().dropLast())
        return bare == "inout" ? member : bare
    }

    /// The property name for a wire name, honouring an explicit `swift_name`.
    public static func property(wire: String, override: String?) -> String {
        member(override ?? camelCase(wire))
    }

    private static func capitalized(_ word: String) -> String {
        // Trailing digits do not hide an acronym: `url100` → `URL100`, as `url` → `URL`.
        let digits = word.reversed().prefix { $0.isNumber }.count
        guard digits == 0 || digits == word.count else {
            return capitalized(String(word.dropLast(digits))) + word.suffix(digits)
        }
        if acronyms.contains(word) { return word.uppercased() }
        // Plurals of acronyms keep a lower-case s: `item_ids` → `itemIDs`.
        if word.hasSuffix("s"), acronyms.contains(String(word.dropLast())) { return word.dropLast().uppercased() + "s" }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func fixLeadingDigit(_ identifier: String) -> String {
        guard let first = identifier.first, first.isNumber else { return identifier }
        return "_" + identifier
    }
}

/// Character classes and case mapping of ASCII bytes, for the fast paths above.
private enum ASCII {
    static func isUppercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    static func isLowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    static func isLetterOrDigit(_ byte: UInt8) -> Bool { isUppercase(byte) || isLowercase(byte) || isDigit(byte) }
    static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte + 32 : byte }
    static func uppercased(_ byte: UInt8) -> UInt8 { isLowercase(byte) ? byte - 32 : byte }
}
