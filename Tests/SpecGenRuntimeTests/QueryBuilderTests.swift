import Foundation
import SpecGenRuntime
import Testing

@Suite("QueryBuilder")
struct QueryBuilderTests {
    @Test func idList() throws {
        var query = QueryBuilder()
        query.append("format", "json")
        try query.append("id", list: [387020208, 3879773], separator: ",")
        #expect(query.encoded == "format=json&id=387020208%2C3879773")
        #expect(query.items.map(\.name) == ["format", "id"])
        #expect(query.items.map(\.value) == ["json", "387020208,3879773"])
    }

    @Test func emailList() throws {
        var query = QueryBuilder()
        query.append("format", "json")
        try query.append(
            "email", list: ["sai.ishina9@gmail.com", "sai.ishina95@gmail.com", "9478341389@pixar.com"], separator: ",")
        #expect(query.encoded
            == "format=json&email=sai.ishina9%40gmail.com%2Csai.ishina95%40gmail.com%2C9478341389%40pixar.com")
    }

    @Test func hostileValuesCannotAddParameters() {
        var query = QueryBuilder()
        query.append("q", "a&b=c")
        query.append("r", "x y+z#%")
        query.append("s", "é")
        query.append("n&m=", "/?;:@!$'()*,[]\"<>\\^`{|}")
        #expect(query.encoded
            == "q=a%26b%3Dc&r=x%20y%2Bz%23%25&s=%C3%A9"
            + "&n%26m%3D=%2F%3F%3B%3A%40%21%24%27%28%29%2A%2C%5B%5D%22%3C%3E%5C%5E%60%7B%7C%7D")
        #expect(query.items.map(\.value) == ["a&b=c", "x y+z#%", "é", "/?;:@!$'()*,[]\"<>\\^`{|}"])
    }

    @Test func unreservedCharactersStay() {
        #expect(PercentEncoding.encodeQueryComponent("AZaz09-._~") == "AZaz09-._~")
        #expect(PercentEncoding.encodeQueryComponent("") == "")
        #expect(PercentEncoding.encodeQueryComponent("\r\n\0") == "%0D%0A%00")
        #expect(PercentEncoding.encodeQueryComponent("😀") == "%F0%9F%98%80")
        #expect(PercentEncoding.encodeQueryComponent("e\u{301}") == "e%CC%81")
    }

    @Test func emptyListThrows() {
        var query = QueryBuilder()
        let error = #expect(throws: RequestValidationError.self) {
            try query.append("id", list: [Int](), separator: ",")
        }
        #expect(error == RequestValidationError(parameter: "id", problem: .emptyList))
        #expect(query.isEmpty)
    }

    @Test func separatorInAValueThrows() {
        var query = QueryBuilder()
        let error = #expect(throws: RequestValidationError.self) {
            try query.append("email", list: ["a@b.com", "c,d@e.com"], separator: ",")
        }
        #expect(error == RequestValidationError(parameter: "email", problem: .separatorInValue(",")))
        #expect(query.encoded == "")
        // A combining mark after the comma makes one Character, but the bytes still contain ",".
        #expect(throws: RequestValidationError.self) {
            try query.append("email", list: ["a,\u{301}b"], separator: ",")
        }
        #expect(throws: Never.self) { try query.append("x", list: ["a;b"], separator: ",") }
    }

    @Test func valueTexts() throws {
        var query = QueryBuilder()
        query.append("i", 42)
        query.append("l", Int64(-5_632_820_109))
        query.append("d", 30.0)
        query.append("f", 26447.104)
        query.append("z", -0.5)
        query.append("b", true)
        query.append("c", false)
        query.append("date", try #require(CalendarDate("2024-02-09")))
        query.append("kind", SlabChangeKind.downgrade)
        query.append("fmt", Format.xml)
        #expect(query.encoded
            == "i=42&l=-5632820109&d=30&f=26447.104&z=-0.5&b=true&c=false&date=2024-02-09&kind=DOWNGRADE&fmt=xml")
    }

    @Test func orderIsKeptAndRepeatsAllowed() throws {
        var query = QueryBuilder()
        query.append("b", 1)
        query.append("a", 2)
        query.append("b", 3)
        #expect(query.encoded == "b=1&a=2&b=3")
    }

    @Test func equatable() throws {
        var first = QueryBuilder()
        first.append("a", 1)
        var second = QueryBuilder()
        second.append("a", "1")
        #expect(first == second)
        second.append("b", "2")
        #expect(first != second)
        #expect(QueryBuilder() == QueryBuilder())
    }

    @Test func doubleQueryText() {
        #expect(30.0.queryText == "30")
        #expect((-0.0).queryText == "0")
        #expect(1.5.queryText == "1.5")
        #expect(5_632_820_109.0.queryText == "5632820109")
        #expect(1e20.queryText == "100000000000000000000")
        #expect(0.00001.queryText == "0.00001")
    }

    @Test func doublesAreSentInPlainDecimalNotation() throws {
        var query = QueryBuilder()
        query.append("small", 0.00001)
        query.append("large", 1e20)
        query.append("exact", 9_007_199_254_740_992.0)
        try query.append("list", list: [1e-7, -2.5e21], separator: ",")
        #expect(query.encoded
            == "small=0.00001&large=100000000000000000000&exact=9007199254740992&list=0.0000001%2C-2500000000000000000000")
    }
}

private enum Format: String, QueryValue {
    case json, xml
}
