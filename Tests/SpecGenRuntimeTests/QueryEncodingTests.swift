import SpecGenRuntime
import Testing

/// The exact bytes each query encoding sends: the table in Spec/README.md ("Query encodings").
@Suite("QueryEncoding")
struct QueryEncodingTests {
    private static let literalComma = QueryEncoding(listSeparator: .literal)
    private static let plusSpaces = QueryEncoding(space: .plus)

    /// (encoding, separator, values, expected query) for a joined list `hourly`.
    private static let joinedTable: [(QueryEncoding, String, [String], String)] = [
        (.standard, ",", ["temperature_2m", "wind_speed_10m"], "hourly=temperature_2m%2Cwind_speed_10m"),
        (literalComma, ",", ["temperature_2m", "wind_speed_10m"], "hourly=temperature_2m,wind_speed_10m"),
        (literalComma, ";", ["a", "b"], "hourly=a;b"),
        (literalComma, ":", ["a", "b"], "hourly=a:b"),
        // `|` and a space are not allowed unencoded in a query: literal leaves them encoded.
        (literalComma, "|", ["a", "b"], "hourly=a%7Cb"),
        (literalComma, " ", ["a", "b"], "hourly=a%20b"),
        (plusSpaces, " ", ["a", "b"], "hourly=a+b"),
        (QueryEncoding(listSeparator: .literal, space: .plus), ",", ["new york", "a+b"], "hourly=new+york,a%2Bb"),
        // Values are encoded whatever the separator: `&`, `=`, `#`, `%`, `+` cannot escape.
        (literalComma, ",", ["a&b=c", "d#e%f+g"], "hourly=a%26b%3Dc,d%23e%25f%2Bg"),
    ]

    @Test func joinedListBytes() throws {
        for (encoding, separator, values, expected) in Self.joinedTable {
            var query = QueryBuilder(encoding: encoding)
            try query.append("hourly", list: values, separator: separator)
            #expect(query.encoded == expected, "\(encoding) \(separator)")
            #expect(query.items.map(\.value) == [values.joined(separator: separator)])
        }
    }

    @Test func literalSeparatorStillRefusesAValueContainingIt() {
        var query = QueryBuilder(encoding: Self.literalComma)
        let error = #expect(throws: RequestValidationError.self) {
            try query.append("hourly", list: ["new york", "x,"], separator: ",")
        }
        #expect(error == RequestValidationError(parameter: "hourly", problem: .separatorInValue(",")))
        #expect(query.isEmpty)
    }

    @Test func spaces() {
        var percent = QueryBuilder()
        percent.append("term", "jack johnson")
        percent.append("a b", "c+d")
        #expect(percent.encoded == "term=jack%20johnson&a%20b=c%2Bd")
        var plus = QueryBuilder(encoding: Self.plusSpaces)
        plus.append("term", "jack johnson")
        plus.append("a b", "c+d")
        plus.append("edge", " x  ")
        plus.append("mark", " \u{301}%20")
        #expect(plus.encoded == "term=jack+johnson&a+b=c%2Bd&edge=+x++&mark=+%CC%81%2520")
        #expect(plus.items.map(\.value) == ["jack johnson", "c+d", " x  ", " \u{301}%20"])
    }

    @Test func perParameterOverrideBeatsTheDefault() throws {
        var query = QueryBuilder(encoding: Self.literalComma)
        try query.append("a", list: [1, 2], separator: ",")
        try query.append("b", list: [1, 2], separator: ",", separatorEncoding: .escaped)
        var other = QueryBuilder()
        try other.append("c", list: [1, 2], separator: ";", separatorEncoding: .literal)
        try other.append("d", list: [1, 2], separator: ";")
        #expect(query.encoded == "a=1,2&b=1%2C2")
        #expect(other.encoded == "c=1;2&d=1%3B2")
    }

    @Test func repeatedKeys() throws {
        var query = QueryBuilder(encoding: Self.plusSpaces)
        query.append("format", "json")
        try query.append("id", repeating: [1, 2])
        try query.append("term", repeating: ["a b", "c,d"])
        #expect(query.encoded == "format=json&id=1&id=2&term=a+b&term=c%2Cd")
        #expect(query.items.map(\.name) == ["format", "id", "id", "term", "term"])
        let error = #expect(throws: RequestValidationError.self) {
            try query.append("id", repeating: [Int]())
        }
        #expect(error == RequestValidationError(parameter: "id", problem: .emptyList))
    }

    @Test func literalSafeSeparators() {
        #expect(QueryEncoding.isLiteralSafe(","))
        #expect(QueryEncoding.isLiteralSafe(";"))
        #expect(QueryEncoding.isLiteralSafe(":"))
        for unsafe in ["|", " ", "&", "=", "+", "#", "%", "", ",&"] {
            #expect(!QueryEncoding.isLiteralSafe(unsafe), "\(unsafe)")
        }
    }

    @Test func standardIsTheDefault() throws {
        #expect(QueryEncoding.standard == QueryEncoding(listSeparator: .escaped, space: .percent))
        #expect(QueryBuilder().encoding == .standard)
    }
}

/// Objects as bracketed keys (OpenAPI's `deepObject`): `QueryBuilder.append(_:key:_:)`.
@Suite("Bracketed keys")
struct BracketedKeyTests {
    @Test func escapedByDefaultLiteralWhenChosen() {
        var escaped = QueryBuilder()
        escaped.append("filter", key: "name", "x")
        escaped.append("filter", key: "kind", "a b")
        #expect(escaped.encoded == "filter%5Bname%5D=x&filter%5Bkind%5D=a%20b")
        var literal = QueryBuilder(encoding: QueryEncoding(space: .plus, brackets: .literal))
        literal.append("filter", key: "name", "x")
        literal.append("filter", key: "kind", "a b")
        literal.append("page", key: "size", 10)
        #expect(literal.encoded == "filter[name]=x&filter[kind]=a+b&page[size]=10")
        #expect(literal.items.map(\.name) == ["filter[name]", "filter[kind]", "page[size]"])
        #expect(literal.items.map(\.value) == ["x", "a b", "10"])
    }

    /// The name and the key are encoded whatever the choice: neither can close a bracket, add one,
    /// end the parameter or start another.
    @Test func namesAndKeysCannotForgeStructure() {
        var query = QueryBuilder(encoding: QueryEncoding(brackets: .literal))
        query.append("a]&b[", key: "c]=d[e", "f&g=h")
        #expect(query.encoded == "a%5D%26b%5B[c%5D%3Dd%5Be]=f%26g%3Dh")
        var escaped = QueryBuilder()
        escaped.append("a]", key: "[b", "")
        #expect(escaped.encoded == "a%5D%5B%5Bb%5D=")
        // The row of Spec/README.md's table.
        var readme = QueryBuilder()
        readme.append("a]&b[", key: "c]", "v")
        var readmeLiteral = QueryBuilder(encoding: QueryEncoding(brackets: .literal))
        readmeLiteral.append("a]&b[", key: "c]", "v")
        #expect(readme.encoded == "a%5D%26b%5B%5Bc%5D%5D=v")
        #expect(readmeLiteral.encoded == "a%5D%26b%5B[c%5D]=v")
    }

    @Test func standardEscapesBrackets() {
        #expect(QueryEncoding.standard.brackets == .escaped)
        #expect(QueryEncoding(brackets: .literal) != .standard)
    }
}
