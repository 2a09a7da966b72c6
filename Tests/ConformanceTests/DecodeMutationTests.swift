import CapillaryAPI
import Foundation
import Testing

/// The generated models against systematically broken versions of every recorded body: each
/// mutation must give a `DecodingError` or a value, never a crash or another kind of error, and a
/// value must survive encoding and decoding again unchanged.
///
/// Deterministic rather than random, so a failure names the fixture, the JSON path and the
/// replacement, and reruns the same way. (The libFuzzer target `--target=decode` covers the
/// random side; see Tests/Fuzz/run-fuzzer.)
@Suite("Mutated bodies decode or fail cleanly")
struct DecodeMutationTests {
    /// JSON texts put in place of each value: every JSON type, empty forms, numbers no Swift type
    /// holds, text that only looks like a number or boolean, and date-times in each form a
    /// date-time field reads (which must come back as they were) or nearly (which must fail).
    static let replacements = [
        #""text""#, #""""#, #""12""#, #""1e999""#, #""true""#, "-7.25", "-0", "true", "null",
        "[]", "{}", "[[]]", #"{"field": []}"#, "1e400", "1e-400", "123456789012345678901234567890", "-9223372036854775809",
        #""2024-02-29 23:59:59""#, #""2016-08-31T12:00:00.123456789-00:30""#, #""2016-08-31 24:00:00""#,
        #""2023-02-29 00:00:00""#,
    ]

    /// Every place in the schema, once: the first (fixture, path) at which each path, with list
    /// indices left out, occurs in the sorted fixtures. Replacing the same field in the third
    /// customer as in the first would test nothing new.
    static func schemaLocations() throws -> [(fixture: String, tree: Any, path: JSONPaths.Path)] {
        var seen = Set<String>()
        var locations: [(String, Any, JSONPaths.Path)] = []
        for name in RecordedExchange.allNames {
            let tree = try JSONSerialization.jsonObject(with: RecordedExchange.named(name).body())
            for path in JSONPaths.all(in: tree) where seen.insert(JSONPaths.schemaKey(path)).inserted {
                locations.append((name, tree, path))
            }
        }
        return locations
    }

    @Test func everyPlaceInTheSchemaReplacedByEveryKindOfJSON() throws {
        let locations = try Self.schemaLocations()
        #expect(locations.count > 150)
        for (fixture, tree, path) in locations {
            for replacement in Self.replacements {
                let mutant = try JSONPaths.replacing(path, in: tree, withJSON: replacement)
                try Self.expectValueOrDecodingError(mutant, "\(fixture) \(path) = \(replacement)")
            }
        }
    }

    @Test(arguments: RecordedExchange.allNames)
    func everyTruncationIsADataError(name: String) throws {
        let body = try RecordedExchange.named(name).body()
        let text = Array(body)
        var end = text.count
        while end > 0, text[end - 1] == UInt8(ascii: "\n") || text[end - 1] == UInt8(ascii: " ") { end -= 1 }
        // Every strict prefix of the document: some byte counts at the start, then a stride that
        // still cuts through every kind of token in a body of a few kilobytes.
        for length in Array(0..<min(64, end)) + Array(stride(from: 64, to: end, by: 7)) {
            let prefix = Data(text[0..<length])
            #expect(throws: DecodingError.self, "\(name) cut at \(length)") {
                try JSONDecoder().decode(GetCustomerResponse.self, from: prefix)
            }
        }
    }

    @Test func deepNestingInPlaceOfEveryContainer() throws {
        let deepArray = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let deepObject = String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        let containers = try Self.schemaLocations().filter {
            let value = JSONPaths.value(at: $0.path, in: $0.tree)
            return value is [Any] || value is [String: Any]
        }
        for (fixture, tree, path) in containers {
            for replacement in [deepArray, deepObject] {
                let mutant = try JSONPaths.replacing(path, in: tree, withJSON: replacement)
                try Self.expectValueOrDecodingError(mutant, "\(fixture) \(path) nested 10,000 deep")
            }
        }
        try Self.expectValueOrDecodingError(Data((String(repeating: "[", count: 100_000)).utf8), "100,000 open brackets")
    }

    @Test func hugeArraysInPlaceOfEveryList() throws {
        let lists = try Self.schemaLocations().filter { JSONPaths.value(at: $0.path, in: $0.tree) is [Any] }
        #expect(lists.count >= 3)
        for (fixture, tree, path) in lists {
            for element in [#"{}"#, "1"] {
                let huge = "[" + Array(repeating: element, count: 10_000).joined(separator: ",") + "]"
                let mutant = try JSONPaths.replacing(path, in: tree, withJSON: huge)
                try Self.expectValueOrDecodingError(mutant, "\(fixture) \(path) = 10,000 × \(element)")
            }
        }
        // 20,000 customers, each an empty object: every field is optional, so this decodes.
        let many = #"{"response": {"status": {"success": true}, "customers": {"customer": ["#
            + Array(repeating: "{}", count: 20_000).joined(separator: ",") + "]}}}"
        let value = try JSONDecoder().decode(GetCustomerResponse.self, from: Data(many.utf8))
        #expect(value.response.customers?.count == 20_000)
    }

    /// Objects that cannot be a list's element, in place of every list the spec declares and of
    /// its wrapper: `{"count": 0}` for the wrapper, the list under a wrong wrapper key, a wrapper
    /// inside the wrapper, a foreign object for the list itself. With the leniency the spec gives
    /// (collapsed and unwrapped lists) each was once read as one invented element with every field
    /// nil; each must be a `DecodingError` at or below the place that was changed.
    @Test func objectsThatCannotBeAnElementInPlaceOfEveryList() throws {
        var checked = 0
        for (fixture, tree, path) in try Self.schemaLocations() {
            guard let list = JSONPaths.value(at: path, in: tree) as? [Any] else { continue }
            // Only lists the spec declares: those the model writes back where they were.
            let body = try RecordedExchange.named(fixture).body()
            let decoded = try JSONDecoder().decode(GetCustomerResponse.self, from: body)
            let written = try JSONSerialization.jsonObject(with: JSONEncoder().encode(decoded))
            guard JSONPaths.value(at: path, in: written) is [Any] else { continue }
            let listJSON = String(decoding: try JSONSerialization.data(withJSONObject: list), as: UTF8.self)
            var mutations: [(path: JSONPaths.Path, json: String)] = [(path, #"{"no_such_key": 1}"#)]
            let parentPath = Array(path.dropLast())
            if case .key(let wrapperKey)? = path.last, (JSONPaths.value(at: parentPath, in: tree) as? [String: Any])?.count == 1 {
                mutations += [
                    (parentPath, #"{"count": 0}"#),
                    (parentPath, "{\(Self.quoted(wrapperKey + "s")): \(listJSON)}"),
                    (parentPath, "{\(Self.quoted(wrapperKey)): {\(Self.quoted(wrapperKey)): \(listJSON)}}"),
                ]
            }
            for (target, json) in mutations {
                let mutant = try JSONPaths.replacing(target, in: tree, withJSON: json)
                let what = "\(fixture) \(JSONPaths.schemaKey(target)) = \(json.prefix(60))"
                do {
                    let value = try JSONDecoder().decode(GetCustomerResponse.self, from: mutant)
                    Issue.record("\(what): decoded, inventing or losing elements: \(value)")
                } catch let error as DecodingError {
                    let errorPath = Self.codingPath(of: error)
                    let changed = target.map { step -> String in
                        if case .key(let key) = step { return key }
                        return step.description
                    }
                    #expect(errorPath.starts(with: changed), "\(what): error at \(errorPath), not at or below \(changed)")
                }
                checked += 1
            }
        }
        #expect(checked >= 20)
    }

    private static func quoted(_ key: String) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: key, options: [.fragmentsAllowed])) ?? Data(), as: UTF8.self)
    }

    /// A `DecodingError`'s path as the steps `JSONPaths.Step` prints: keys, and `[i]` for indices.
    private static func codingPath(of error: DecodingError) -> [String] {
        let path: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        @unknown default: path = []
        }
        return path.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
    }

    /// Decodes `data`: a `DecodingError` passes; a value passes if it encodes and decodes back to itself.
    static func expectValueOrDecodingError(_ data: Data, _ what: String) throws {
        let value: GetCustomerResponse
        do {
            value = try JSONDecoder().decode(GetCustomerResponse.self, from: data)
        } catch is DecodingError {
            return
        } catch {
            Issue.record("\(what): threw \(type(of: error)), not a DecodingError: \(error)")
            return
        }
        let again = try JSONDecoder().decode(GetCustomerResponse.self, from: JSONEncoder().encode(value))
        #expect(again == value, "\(what): decode → encode → decode changed the value")
    }
}

/// Paths into a `JSONSerialization` tree, and copies of it with one value replaced by raw JSON text.
enum JSONPaths {
    enum Step: CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case .key(let key): "." + key
            case .index(let index): "[\(index)]"
            }
        }
    }

    typealias Path = [Step]

    /// The path with list indices left out: where in the schema it is.
    static func schemaKey(_ path: Path) -> String {
        path.map { step in
            if case .key(let key) = step { return "." + key }
            return "[]"
        }.joined()
    }

    /// Every value's path, the root's (`[]`) included, depth first.
    static func all(in tree: Any) -> [Path] {
        var paths: [Path] = [[]]
        if let object = tree as? [String: Any] {
            for key in object.keys.sorted() {
                paths += all(in: object[key]!).map { [.key(key)] + $0 }
            }
        } else if let array = tree as? [Any] {
            for (index, element) in array.enumerated() {
                paths += all(in: element).map { [.index(index)] + $0 }
            }
        }
        return paths
    }

    static func value(at path: Path, in tree: Any) -> Any? {
        guard let step = path.first else { return tree }
        switch step {
        case .key(let key): return (tree as? [String: Any])?[key].flatMap { value(at: Array(path.dropFirst()), in: $0) }
        case .index(let index):
            guard let array = tree as? [Any], array.indices.contains(index) else { return nil }
            return value(at: Array(path.dropFirst()), in: array[index])
        }
    }

    /// The tree serialized with the value at `path` replaced by `json`, which is inserted as text so
    /// that it can be anything, including numbers and depths `JSONSerialization` refuses to write.
    static func replacing(_ path: Path, in tree: Any, withJSON json: String) throws -> Data {
        let marker = "\u{1}MUTANT\u{1}"
        let marked = replace(path, in: tree, with: marker)
        let text = String(decoding: try JSONSerialization.data(withJSONObject: marked, options: [.fragmentsAllowed]), as: UTF8.self)
        let quotedMarker = String(decoding: try JSONSerialization.data(withJSONObject: marker, options: [.fragmentsAllowed]), as: UTF8.self)
        return Data(text.replacingOccurrences(of: quotedMarker, with: json).utf8)
    }

    private static func replace(_ path: Path, in tree: Any, with replacement: Any) -> Any {
        guard let step = path.first else { return replacement }
        let rest = Array(path.dropFirst())
        switch step {
        case .key(let key):
            var object = tree as! [String: Any]
            object[key] = replace(rest, in: object[key]!, with: replacement)
            return object
        case .index(let index):
            var array = tree as! [Any]
            array[index] = replace(rest, in: array[index], with: replacement)
            return array
        }
    }
}
