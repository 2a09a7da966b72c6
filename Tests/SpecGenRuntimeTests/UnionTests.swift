import Foundation
import SpecGenRuntime
import Testing

/// Unions as the generator emits them (UnionFixtures.swift): each variant decoded, unknown tagged
/// values kept whole and written back, errors at their paths, and bodies written and checked.
@Suite("Unions")
struct UnionTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    /// The body writer's bytes, as the request would send them.
    private func body(_ value: some Encodable) throws -> String {
        String(decoding: try JSONBodyWriter.bytes(of: value), as: UTF8.self)
    }

    /// Two JSON texts as values: equal when they say the same, whatever the key order or spelling.
    private func json(_ text: String) throws -> JSONValue {
        try decode(JSONValue.self, text)
    }

    // MARK: Tagged

    @Test func eachVariantDecodesIntoItsCase() throws {
        let hits = try decode(Hits.self, #"""
            {"results": [
                {"wrapperType": "track", "trackId": 1, "trackName": "ab", "extra": [true]},
                {"wrapperType": "collection", "collectionId": 2}
            ]}
            """#)
        #expect(hits.results == [
            .track(Song(trackID: 1, trackName: "ab", unknownFields: ["extra": .array([.bool(true)])])),
            .collection(Album(wrapperType: "collection", collectionID: 2)),
        ])
    }

    @Test func theDiscriminatorIsNotKeptAsAnUnknownKeyOfTheVariant() throws {
        let result = try decode(SearchResult.self, #"{"wrapperType": "track", "trackId": 1}"#)
        guard case .track(let track) = result else {
            Issue.record("decoded \(result)")
            return
        }
        #expect(track.unknownFields.isEmpty)
    }

    @Test func anUnknownDiscriminatorKeepsTheWholeObjectAndWritesItBack() throws {
        let text = #"{"wrapperType": "podcast", "feed": {"url": "https://x.example/a?b=c", "sizes": [1, 2.5, null]}, "n": 12345678901234567890}"#
        let result = try decode(SearchResult.self, text)
        #expect(result == .unknown(.object([
            "wrapperType": .string("podcast"),
            "feed": .object(["url": .string("https://x.example/a?b=c"), "sizes": .array([.number(JSONNumber(1)), .number(JSONNumber(Decimal(string: "2.5")!)!), .null])]),
            "n": .number(JSONNumber(Decimal(string: "12345678901234567890")!)!),
        ])))
        #expect(try json(body(result)) == json(text))
        #expect(try json(encodeJSON(result)) == json(text))
    }

    @Test func aMissingDiscriminatorIsAnErrorAtItsPath() throws {
        let error = #expect(throws: DecodingError.self) {
            try decode(Hits.self, #"{"results": [{"wrapperType": "track", "trackId": 1}, {"trackId": 2}]}"#)
        }
        guard case .keyNotFound(let key, let context)? = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "wrapperType")
        #expect(context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue } == ["results", "[1]"])
        #expect(context.debugDescription == #"Expected the key "wrapperType" that says which type the object is, found "trackId""#)
    }

    @Test func aDiscriminatorThatIsNoStringIsATypeMismatchAtItsKey() throws {
        let error = #expect(throws: DecodingError.self) {
            try decode(Hits.self, #"{"results": [{"wrapperType": 7, "trackId": 2}]}"#)
        }
        #expect(error.map(isTypeMismatch) == true)
        #expect(error.map(codingPath(of:)) == ["results", "Index 0", "wrapperType"])
    }

    @Test func aValueThatIsNoObjectIsATypeMismatchAtItsPath() throws {
        let error = #expect(throws: DecodingError.self) { try decode(Hits.self, #"{"results": ["track"]}"#) }
        #expect(error.map(isTypeMismatch) == true)
        #expect(error.map(codingPath(of:)) == ["results", "Index 0"])
    }

    @Test func theBodyWriterPutsTheDiscriminatorFirstAndNeverTwice() throws {
        let hits = Hits(results: [
            .track(Song(trackID: 1, trackName: "ab", unknownFields: ["extra": .bool(true)])),
            .collection(Album(wrapperType: "collection", collectionID: 2)),
        ])
        #expect(try body(hits)
            == #"{"results":[{"wrapperType":"track","trackId":1,"trackName":"ab","extra":true},{"wrapperType":"collection","collectionId":2}]}"#)
        // Foundation's encoder writes the same JSON (in its own key order).
        #expect(try json(encodeJSON(hits)) == json(body(hits)))
    }

    @Test func aDecodedBodyIsWrittenBackAsItCame() throws {
        let text = #"{"results":[{"wrapperType":"track","trackId":1,"trackName":"ab","extra":{"k":[1,"x"]}},{"wrapperType":"collection","collectionId":2},{"wrapperType":"artist"}],"at":"2024-01-02T03:04:05Z","value":[{"wrapperType":"track","trackId":9}]}"#
        let hits = try decode(Hits.self, text)
        #expect(try body(hits) == text)
        #expect(try decode(Hits.self, body(hits)) == hits)
    }

    @Test func anObjectWithTheDiscriminatorStandsForAOneElementList() throws {
        let list = try objectList(SearchResult.self, #"{"wrapperType": "track", "trackId": 4}"#, .collapsedLists)
        #expect(list == [.track(Song(trackID: 4))])
        #expect(throws: DecodingError.self) {
            try objectList(SearchResult.self, #"{"trackId": 4}"#, .collapsedLists)
        }
    }

    // MARK: By kind

    @Test(arguments: [
        (#""a \"b\"""#, AnyKind.string(#"a "b""#)),
        ("-3", .integer(-3)),
        ("2.5", .number(2.5)),
        ("true", .boolean(true)),
        (#"[{"wrapperType":"track","trackId":1},{"wrapperType":"x"}]"#, .array([.track(Song(trackID: 1)), .unknown(.object(["wrapperType": .string("x")]))])),
        (#"{"wrapperType":"collection","collectionId":2}"#, .object(.collection(Album(wrapperType: "collection", collectionID: 2)))),
    ])
    func eachKindDecodesIntoItsCaseAndIsWrittenBackAsItCame(text: String, expected: AnyKind) throws {
        let value = try decode(AnyKind.self, text)
        #expect(value == expected)
        #expect(try body(value) == text)
    }

    @Test func aUnixTimeVariantReadsAndWritesItsCount() throws {
        let values = try decode([TimeValue].self, #"["2023-11-14T22:13:20Z", 1700000000]"#)
        guard case .string(let text)? = values.first, case .integer(let count)? = values.last else {
            Issue.record("decoded \(values)")
            return
        }
        #expect(text.description == count.description)
        #expect(try body(values) == #"["2023-11-14T22:13:20Z",1700000000]"#)
        // Both variants are Hashable: a kind union of scalars is.
        #expect(Set(values).count == 2)
    }

    @Test func aKindNotDeclaredIsAnErrorListingTheKindsExpected() throws {
        for (text, found) in [("true", "a boolean"), ("1.5", "a number"), (#"{"a":1}"#, "an object"), ("null", "null")] {
            let error = #expect(throws: DecodingError.self) { try decode([TimeValue].self, "[\(text)]") }
            #expect(error.map(isTypeMismatch) == true)
            #expect(error.map(codingPath(of:)) == ["Index 0"])
            #expect(error.flatMap(context(of:))?.debugDescription == "Expected a string or an integer, found \(found)")
        }
        let error = #expect(throws: DecodingError.self) { try decode(Hits.self, #"{"at": false}"#) }
        #expect(error.map(codingPath(of:)) == ["at"])
    }

    @Test func jsonKinds() throws {
        struct Probe: Decodable {
            var kind: JSONKind
            init(from decoder: any Decoder) throws { kind = try JSONKind(of: decoder) }
        }
        let kinds = try decode([Probe].self, #"["1", 1, -1.5, 1e400, false, null, [], {}]"#).map(\.kind)
        #expect(kinds == [.string, .integer, .number, .number, .boolean, .null, .array, .object])
    }

    /// Among a union's kinds: a whole number is an integer when the union takes one (whatever the
    /// order the spec lists them in), a number otherwise; a kind not among them is found in full.
    @Test(arguments: [
        ([JSONKind.number], "3", JSONKind.number),
        ([.integer, .number], "3", .integer),
        ([.number, .integer], "3", .integer),
        ([.number, .integer], "3.5", .number),
        ([.string], "3", .integer),
        ([.string, .object], "[]", .array),
        ([.boolean, .object], "{}", .object),
        ([.string], "null", .null),
    ])
    func jsonKindsAmongAUnionsKinds(expected: [JSONKind], text: String, kind: JSONKind) throws {
        struct Probe: Decodable {
            var kind: JSONKind
            init(from decoder: any Decoder) throws {
                kind = try JSONKind(of: decoder, among: decoder.userInfo[.expectedKinds] as! [JSONKind])
            }
        }
        let decoder = JSONDecoder()
        decoder.userInfo[.expectedKinds] = expected
        #expect(try decoder.decode([Probe].self, from: Data("[\(text)]".utf8)).map(\.kind) == [kind])
    }

    /// The probe gives the value it read when its kind is among the union's, so a plain scalar
    /// variant is not read again; other kinds are only named.
    @Test(arguments: [
        ([JSONKind.string, .integer], #""2024-05-01""#, #"string("2024-05-01")"#),
        ([.string, .integer], "1714521600", "integer(1714521600)"),
        ([.number, .integer], "3", "integer(3)"),
        ([.number], "3", "number(3.0)"),
        ([.integer, .number], "-1.5", "number(-1.5)"),
        ([.boolean, .string], "false", "boolean(false)"),
        ([.string, .array], "[1]", "array"),
        ([.string, .object], "{}", "object"),
        ([.string, .integer], "true", "unexpected(SpecGenRuntime.JSONKind.boolean)"),
        ([.string, .integer], "1.5", "unexpected(SpecGenRuntime.JSONKind.number)"),
        ([.string, .integer], "null", "unexpected(SpecGenRuntime.JSONKind.null)"),
    ])
    func probedValuesCarryWhatWasRead(expected: [JSONKind], text: String, probed: String) throws {
        struct Probe: Decodable {
            var value: ProbedValue
            init(from decoder: any Decoder) throws {
                value = try ProbedValue(of: decoder, among: decoder.userInfo[.expectedKinds] as! [JSONKind])
            }
        }
        let decoder = JSONDecoder()
        decoder.userInfo[.expectedKinds] = expected
        let probe = try #require(try decoder.decode([Probe].self, from: Data("[\(text)]".utf8)).first)
        #expect(String(describing: probe.value) == probed)
    }

    // MARK: Bodies

    @Test func bodyRulesAreCheckedInTheVariantAtItsPath() {
        let tooLong = Hits(results: [.track(Song(trackID: 1)), .track(Song(trackID: 2, trackName: "abcdef"))])
        #expect(throws: RequestValidationError(parameter: "results[1].trackName", problem: .tooLong(5))) {
            try Hits.checkBodyRules(tooLong)
        }
        let nested = Hits(value: .array([.collection(Album()), .track(Song(trackID: 3, trackName: "abcdef"))]))
        #expect(throws: RequestValidationError(parameter: "value[1].trackName", problem: .tooLong(5))) {
            try Hits.checkBodyRules(nested)
        }
    }

    @Test func anUnknownVariantIsNotSent() {
        let hits = Hits(results: [.track(Song(trackID: 1)), .unknown(.object(["wrapperType": .string("x")]))])
        #expect(throws: RequestValidationError(parameter: "results[1]", problem: .undeclaredValue)) {
            try Hits.checkBodyRules(hits)
        }
        #expect(throws: Never.self) { try Hits.checkBodyRules(Hits(results: [.track(Song(trackID: 1))], at: .integer(DateTime(argumentText: "2024-01-02T03:04:05Z")!))) }
    }
}

extension CodingUserInfoKey {
    static let expectedKinds = CodingUserInfoKey(rawValue: "test.expectedKinds")!
}
