import SpecGenKit

/// Names the import gives what it writes, from names an OpenAPI document may spell any way
/// (hyphens, spaces, reserved words, digits first, non-ASCII text, duplicates after normalization):
/// each comes out as the spec format requires, and unique where it must be.
enum SpecNames {
    /// A PascalCase type name of ASCII letters and digits, starting with a capital, that PascalCase
    /// leaves as it is (the format requires it: `APIV2010` is written `Apiv2010`).
    static func typeName(_ raw: String) -> String {
        var current = pascalASCII(raw)
        for _ in 0..<4 {
            let next = pascalASCII(current)
            if next == current { break }
            current = next
        }
        return current
    }

    private static func pascalASCII(_ raw: String) -> String {
        let pascal = SwiftName.pascalCase(raw).unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        var name = String(String.UnicodeScalarView(pascal))
        if let first = name.unicodeScalars.first, ("a"..."z").contains(first) {
            name = name.prefix(1).uppercased() + name.dropFirst()
        }
        if name.isEmpty { return "Type" }
        if let first = name.unicodeScalars.first, !("A"..."Z").contains(first) { return "T" + name }
        return name
    }

    /// A snake_case name (endpoints, auth schemes, hosts, file names): lower-case ASCII letters,
    /// digits and `_`, starting with a letter.
    static func snakeCase(_ raw: String, fallback: String) -> String {
        let words = SwiftName.words(raw).map { word in
            String(String.UnicodeScalarView(word.lowercased().unicodeScalars.filter {
                $0.isASCII && (("a"..."z").contains($0) || ("0"..."9").contains($0))
            }))
        }.filter { !$0.isEmpty }
        var name = words.joined(separator: "_")
        if name.isEmpty { return fallback }
        if let first = name.unicodeScalars.first, !("a"..."z").contains(first) { name = fallback + "_" + name }
        // Room for a numeric suffix and `.yaml` within a file name's 237 bytes.
        return String(name.prefix(180))
    }

    /// A `swift_name`: ASCII letters, digits and `_`, starting with a lower-case letter.
    static func swiftIdentifier(_ raw: String) -> String {
        let camel = SwiftName.camelCase(raw).unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
        }
        var name = String(String.UnicodeScalarView(camel))
        if let first = name.unicodeScalars.first, ("A"..."Z").contains(first) { name = name.prefix(1).lowercased() + name.dropFirst() }
        if name.isEmpty || !(name.unicodeScalars.first.map { ("a"..."z").contains($0) } ?? false) { name = "value" + name }
        return name
    }
}

/// Hands out names unique in one scope, compared ignoring case (two files, or types, that differ
/// only in case are one on macOS's file system): `Pet`, `Pet2`, `Pet3`.
struct UniqueNames {
    private var taken: Set<String> = []

    init(reserved: [String] = []) {
        for name in reserved { taken.insert(name.lowercased()) }
    }

    mutating func reserve(_ name: String) {
        taken.insert(name.lowercased())
    }

    func isTaken(_ name: String) -> Bool { taken.contains(name.lowercased()) }

    mutating func claim(_ base: String, separator: String = "") -> String {
        var candidate = base
        var index = 2
        while taken.contains(candidate.lowercased()) {
            candidate = base + separator + String(index)
            index += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}

/// Swift property names in one scope (an object's fields, a request's properties): a name whose
/// derived Swift name collides with an earlier one, or with something the scope reserves, gets a
/// `swift_name`.
struct PropertyNames {
    private var taken: Set<String>

    init(reserved: [String] = []) {
        taken = Set(reserved)
    }

    /// The `swift_name` `wireName` needs here, or nil when the derived name is free.
    mutating func swiftName(for wireName: String) -> String? {
        let derived = SwiftName.property(wire: wireName, override: nil)
        let bare = derived.trimmingBackticks
        if !taken.contains(bare) {
            taken.insert(bare)
            return nil
        }
        let base = SpecNames.swiftIdentifier(wireName)
        var candidate = base
        var index = 2
        while taken.contains(candidate) {
            candidate = base + String(index)
            index += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

extension String {
    fileprivate var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
