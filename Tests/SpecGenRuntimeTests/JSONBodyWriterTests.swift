import Foundation
import SpecGenRuntime
import Testing

/// A type encoded as generated types are: `AnyCodingKey`, fields in spec order (not alphabetical),
/// nil omitted, a wrapped list in a nested container.
private struct Member: Codable, Equatable {
    var name: String
    var mobile: String?
    var points: Double?
    var count: Int?
    var active: Bool?
    var tags: [String]?
    var address: Address?

    struct Address: Codable, Equatable {
        var zip: String?
        var city: String?

        init(zip: String? = nil, city: String? = nil) {
            self.zip = zip
            self.city = city
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            zip = try container.decodeScalar(String.self, forKey: "zip", leniency: .strict)
            city = try container.decodeScalar(String.self, forKey: "city", leniency: .strict)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeField(zip, forKey: "zip")
            try container.encodeField(city, forKey: "city")
        }
    }

    init(
        name: String, mobile: String? = nil, points: Double? = nil, count: Int? = nil, active: Bool? = nil,
        tags: [String]? = nil, address: Address? = nil
    ) {
        self.name = name
        self.mobile = mobile
        self.points = points
        self.count = count
        self.active = active
        self.tags = tags
        self.address = address
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        name = try container.requireValue(container.decodeScalar(String.self, forKey: "name", leniency: .strict), forKey: "name")
        mobile = try container.decodeScalar(String.self, forKey: "mobile", leniency: .strict)
        points = try container.decodeScalar(Double.self, forKey: "points", leniency: [.stringEncodedNumbers])
        count = try container.decodeScalar(Int.self, forKey: "count", leniency: .strict)
        active = try container.decodeScalar(Bool.self, forKey: "active", leniency: .strict)
        tags = try container.decodeScalarList(String.self, forKey: "tags", wrapperKey: "tag", leniency: .strict)
        address = try container.decodeObject(Address.self, forKey: "address", leniency: .strict)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeField(name, forKey: "name")
        try container.encodeField(mobile, forKey: "mobile")
        try container.encodeAsString(points, forKey: "points")
        try container.encodeField(count, forKey: "count")
        try container.encodeField(active, forKey: "active")
        try container.encodeList(tags, forKey: "tags", wrapperKey: "tag")
        try container.encodeField(address, forKey: "address")
    }
}

@Suite("JSON body writer")
struct JSONBodyWriterTests {
    private func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONBodyWriter.bytes(of: value), as: UTF8.self)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("\"", #""\"""#),
        ("\\", #""\\""#),
        ("/", #""/""#),
        ("\u{8}\u{C}\n\r\t", #""\b\f\n\r\t""#),
        ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""),
        ("é日本😀", "\"é日本😀\""),
        ("\u{2028}", "\"\u{2028}\""),
        ("a\"b\\c\nd", #""a\"b\\c\nd""#),
        ("", #""""#),
    ])
    func stringsAreEscapedMinimally(input: String, expected: String) throws {
        #expect(try text(input) == expected)
        var bytes: [UInt8] = []
        JSONBodyWriter.appendString(input, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        // And it is JSON that reads back as the same text.
        #expect(try JSONDecoder().decode(String.self, from: Data(expected.utf8)) == input)
    }

    @Test(arguments: [
        (30.0, "30"), (0.00001, "0.00001"), (1e20, "100000000000000000000"), (-0.0, "0"), (26447.104, "26447.104"),
        (-12.5, "-12.5"), (9_007_199_254_740_992, "9007199254740992"), (0.1, "0.1"), (5.632820109e9, "5632820109"),
    ])
    func numbersArePlainDecimals(value: Double, expected: String) throws {
        #expect(try text(value) == expected)
        #expect(try text([value]) == "[\(expected)]")
    }

    @Test func integersAndFlags() throws {
        #expect(try text(Int.min) == "-9223372036854775808")
        #expect(try text(Int64(42)) == "42")
        #expect(try text(true) == "true")
        #expect(try text([false]) == "[false]")
    }

    @Test func nonFiniteNumbersAreRefused() {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try text(Member(name: "x", points: value)) }
            #expect(throws: EncodingError.self) { try text([value]) }
        }
    }

    @Test func keysInEncodingOrderNilOmittedNoWhitespace() throws {
        let member = Member(name: "Ann", points: 12.5, active: false, tags: ["a", "b"], address: .init(city: "Pune"))
        #expect(try text(member) == #"{"name":"Ann","points":"12.5","active":false,"tags":{"tag":["a","b"]},"address":{"city":"Pune"}}"#)
        #expect(try text(Member(name: "")) == #"{"name":""}"#)
        #expect(try text([Member(name: "a"), Member(name: "b", count: 2)]) == #"[{"name":"a"},{"name":"b","count":2}]"#)
        #expect(try text([Member]()) == "[]")
        #expect(try text(Member(name: "a", tags: [], address: .init())) == #"{"name":"a","tags":{"tag":[]},"address":{}}"#)
    }

    /// A value that asks for its keyed container twice (a tagged union writes its discriminator,
    /// then its variant its own keys) writes one object, as `JSONEncoder` does; the next value
    /// beside it is an object of its own.
    @Test func aContainerAskedForAgainIsTheSameObject() throws {
        struct Tagged: Encodable {
            var tag: String
            var member: Member
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encode(tag, forKey: AnyCodingKey("kind"))
                try member.encode(to: encoder)
            }
        }
        let first = Tagged(tag: "a", member: Member(name: "x", address: .init(city: "Pune")))
        #expect(try text(first) == #"{"kind":"a","name":"x","address":{"city":"Pune"}}"#)
        #expect(try text([first, Tagged(tag: "b", member: Member(name: "y"))])
            == #"[{"kind":"a","name":"x","address":{"city":"Pune"}},{"kind":"b","name":"y"}]"#)
        #expect(try text(["k": first]) == #"{"k":{"kind":"a","name":"x","address":{"city":"Pune"}}}"#)
    }

    @Test func sameValueSameBytesAndRoundTrip() throws {
        let members = (0..<50).map { index in
            Member(name: "m\(index) \"q\"", mobile: index % 2 == 0 ? "91\(index)" : nil, points: Double(index) / 8,
                   count: index, active: index % 3 == 0, tags: ["t\(index)"], address: .init(zip: "\(index)"))
        }
        let first = try JSONBodyWriter.bytes(of: members)
        #expect(try JSONBodyWriter.bytes(of: members) == first)
        #expect(try JSONDecoder().decode([Member].self, from: Data(first)) == members)
        // Foundation's reading of it agrees, key for key.
        let foundation = try JSONSerialization.jsonObject(with: Data(first)) as? [[String: Any]]
        #expect(foundation?.count == 50)
        #expect(foundation?[3]["points"] as? String == "0.375")
    }

    /// A raw JSON object and kept unknown keys are dictionaries, whose order differs between equal
    /// values (built in another order, or decoded): both are written in their keys' UTF-8 order.
    @Test func rawObjectsAndUnknownKeysAlwaysGiveTheSameBytes() throws {
        struct Kept: Encodable {
            var fields: [String: JSONValue]
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encode("x", forKey: AnyCodingKey("name"))
                try container.encodeUnknownFields(fields, besides: ["name"])
            }
        }
        let keys = (0..<40).map { "k\($0)" } + ["é", "Z", "a", "", "日", "🌧", "e\u{301}x"]
        let forward = Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.number(JSONNumber(1))) })
        var backward: [String: JSONValue] = [:]
        for key in keys.reversed() { backward[key] = .number(JSONNumber(1)) }
        let sorted = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let members = sorted.map { "\"\($0)\":1" }.joined(separator: ",")
        #expect(try text(JSONValue.object(forward)) == "{\(members)}")
        #expect(try text(JSONValue.object(backward)) == "{\(members)}")
        #expect(try text(Kept(fields: forward)) == "{\"name\":\"x\",\(members)}")
        #expect(try text(Kept(fields: backward)) == "{\"name\":\"x\",\(members)}")
    }

    @Test func rawJSONValuesKeepTheirNumbers() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"a":[1,26447.104,null,"x",true],"b":{}}"#.utf8))
        let written = try text(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: Data(written.utf8)) == value)
        #expect(written.contains("26447.104"))
        #expect(written.contains("[1,26447.104,null,\"x\",true]"))
    }

    /// `superEncoder()` writes under `super`, whatever the keys the container has: a `CodingKeys`
    /// enum without such a case must not stop it (it trapped on a force-unwrapped key).
    @Test func superEncoderWritesUnderSuper() throws {
        struct Derived: Encodable {
            enum CodingKeys: String, CodingKey { case own }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(1, forKey: .own)
                try "base".encode(to: container.superEncoder())
                try [2].encode(to: container.superEncoder(forKey: .own))
            }
        }
        #expect(try text(Derived()) == #"{"own":1,"super":"base","own":[2]}"#)
    }

    @Test func envelopeWrapsTheValue() throws {
        let body = try RequestBody.json([Member(name: "a")], envelope: ["root", "customer"])
        #expect(body.contentType == "application/json")
        #expect(String(decoding: body.bytes, as: UTF8.self) == #"{"root":{"customer":[{"name":"a"}]}}"#)
        let hostile = try RequestBody.json(1, envelope: ["a\"b", "c\\"])
        #expect(String(decoding: hostile.bytes, as: UTF8.self) == #"{"a\"b":{"c\\":1}}"#)
    }

    @Test func unwritableValueNamesItsPathNotItsValue() {
        let members = [Member(name: "a"), Member(name: "secret-name", points: .nan)]
        #expect {
            try RequestBody.json(members, envelope: ["root", "customer"])
        } throws: { error in
            let error = error as? RequestValidationError
            return error?.parameter == "root.customer[1].points"
                && error?.description == "root.customer[1].points: cannot be written as the spec declares it"
                && error?.description.contains("secret") == false
        }
    }
}

@Suite("Form body writer")
struct FormBodyWriterTests {
    @Test func fieldsInOrderPercentEncoded() throws {
        let body = try RequestBody.form(Member(name: "A&B=c d", points: 0.5, count: 3, active: true))
        #expect(body.contentType == "application/x-www-form-urlencoded")
        #expect(String(decoding: body.bytes, as: UTF8.self) == "name=A%26B%3Dc%20d&points=0.5&count=3&active=true")
    }

    /// An open enum as generated: written as its raw value.
    private enum Channel: OpenEnum {
        case web, pos
        case unknown(String)

        static let knownValues: [Channel] = [.web, .pos]

        init(rawValue: String) {
            switch rawValue {
            case "web": self = .web
            case "pos": self = .pos
            default: self = .unknown(rawValue)
            }
        }

        var rawValue: String {
            switch self {
            case .web: "web"
            case .pos: "pos"
            case .unknown(let rawValue): rawValue
            }
        }
    }

    private struct Grant: Encodable {
        var scopes: [String]?
        var channels: [Channel]?
        var limits: [Double]?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeList(scopes, forKey: "scopes", wrapperKey: nil)
            try container.encodeList(channels, forKey: "channels", wrapperKey: nil)
            try container.encodeList(limits, forKey: "limits", wrapperKey: nil)
        }
    }

    @Test func listsWithASeparatorAreOneValue() throws {
        let separators = ["scopes": " ", "channels": ",", "limits": ";"]
        let body = try RequestBody.form(Grant(scopes: ["read", "write"], channels: [.pos, .web], limits: [0.5, 1e-5]), listSeparators: separators)
        #expect(String(decoding: body.bytes, as: UTF8.self) == "scopes=read%20write&channels=pos%2Cweb&limits=0.5%3B0.00001")
        #expect(throws: RequestValidationError(parameter: "scopes", problem: .separatorInValue(" "))) {
            try RequestBody.form(Grant(scopes: ["read all"]), listSeparators: separators)
        }
        #expect(throws: RequestValidationError(parameter: "scopes", problem: .emptyList)) {
            try RequestBody.form(Grant(scopes: []), listSeparators: separators)
        }
        #expect(throws: RequestValidationError(parameter: "limits", problem: .notFinite)) {
            try RequestBody.form(Grant(limits: [.nan]), listSeparators: separators)
        }
        // Without a separator, a list is nesting a form cannot hold.
        #expect(throws: RequestValidationError(parameter: "scopes", problem: .invalidValue("a form body cannot hold a list"))) {
            try RequestBody.form(Grant(scopes: ["a"]))
        }
    }

    /// `query_encoding: {space: plus}` reaches forms: every space byte (names, values, a `" "`
    /// separator) is `+`, a `+` in a value still `%2B`; the list separator stays encoded.
    @Test func spacesAsPlus() throws {
        let body = try RequestBody.form(Member(name: "a b+c", points: 1, count: 2, active: false), space: .plus)
        #expect(String(decoding: body.bytes, as: UTF8.self) == "name=a+b%2Bc&points=1&count=2&active=false")
        let separators = ["scopes": " ", "channels": ","]
        let grant = try RequestBody.form(Grant(scopes: ["read", "write"], channels: [.pos, .web]), listSeparators: separators, space: .plus)
        #expect(String(decoding: grant.bytes, as: UTF8.self) == "scopes=read+write&channels=pos%2Cweb")
        #expect(try FormBodyWriter.text(of: Member(name: "x y", points: 0, count: 0, active: true), space: .percent)
            == "name=x%20y&points=0&count=0&active=true")
    }

    @Test func nestingIsRefused() {
        #expect(throws: RequestValidationError(parameter: "tags", problem: .invalidValue("a form body cannot hold an object"))) {
            try RequestBody.form(Member(name: "a", tags: ["x"]))
        }
        #expect(throws: RequestValidationError(parameter: "address", problem: .invalidValue("a form body cannot hold an object"))) {
            try RequestBody.form(Member(name: "a", address: .init(zip: "1")))
        }
    }
}
