import Foundation
import SpecGenRuntime
import Testing

@Suite("PathSegment")
struct PathSegmentTests {
    @Test(arguments: [
        ("a/b", "a%2Fb"),
        ("what?", "what%3F"),
        ("x#frag", "x%23frag"),
        ("100%", "100%25"),
        ("%2F", "%252F"),
        ("two words", "two%20words"),
        ("a+b", "a+b"),
        ("a;jsessionid=1", "a%3Bjsessionid=1"),
        ("[::1]", "%5B::1%5D"),
        ("é", "%C3%A9"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("😀", "%F0%9F%98%80"),
        ("\r\n\0", "%0D%0A%00"),
        ("\\\"<>^`{|}", "%5C%22%3C%3E%5E%60%7B%7C%7D"),
        ("AZaz09-._~", "AZaz09-._~"),
        ("!$&'()*,=:@", "!$&'()*,=:@"),
        ("...", "..."),
        (".hidden", ".hidden"),
        ("../etc", "..%2Fetc"),
        ("%2E%2E", "%252E%252E"),
        ("a.json", "a.json"),
    ])
    func encodesOneSegment(value: String, expected: String) throws {
        let encoded = try PathSegment.encode(value, parameter: "id")
        #expect(encoded == expected)
        // One segment, whatever the value: no `/`, `?` or `#` survives.
        #expect(!encoded.contains("/") && !encoded.contains("?") && !encoded.contains("#"))
    }

    @Test(arguments: ["", ".", ".."])
    func refusesWhatIsNoSegment(value: String) {
        let error = #expect(throws: RequestValidationError.self) {
            try PathSegment.encode(value, parameter: "order_id")
        }
        #expect(error?.parameter == "order_id")
        // The message names the parameter and the rule, never the value.
        #expect(error?.description.hasPrefix("order_id: a path segment cannot be") == true)
    }
}

/// A hand-written request with a path parameter, shaped like the generated ones.
private struct GetOrder: EndpointRequest {
    typealias Response = String
    static let method = "GET"
    static let path = "/v2/orders/{order_id}"

    var orderID: String
    var expand: Bool?

    func makePath() throws(RequestValidationError) -> String {
        var path = "/v2/orders/"
        path += try PathSegment.encode(orderID.queryText, parameter: "order_id")
        return path
    }

    func makeQuery() throws(RequestValidationError) -> QueryBuilder {
        var query = QueryBuilder()
        if let expand { query.append("expand", expand) }
        return query
    }

    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

/// No path parameters: the protocol's default `makePath()`.
private struct Ping: EndpointRequest {
    typealias Response = String
    static let method = "GET"
    static let path = "/ping"
    func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

@Suite("EndpointRequest.makePath")
struct MakePathTests {
    @Test func defaultIsThePath() throws {
        #expect(try Ping().makePath() == "/ping")
        #expect(try Ping().pathAndQuery() == "/ping")
    }

    @Test func pathAndQueryUsesMakePath() throws {
        #expect(try GetOrder(orderID: "a/b?c", expand: true).pathAndQuery() == "/v2/orders/a%2Fb%3Fc?expand=true")
        #expect(try GetOrder(orderID: "42").pathAndQuery() == "/v2/orders/42")
    }

    @Test func validateAndURLRefuseADotSegment() throws {
        #expect(throws: RequestValidationError.self) { try GetOrder(orderID: "..").validate() }
        #expect(throws: RequestValidationError.self) { try GetOrder(orderID: "").pathAndQuery() }
        let base = try #require(URL(string: "https://h.example/api"))
        #expect(throws: RequestValidationError.self) { try GetOrder(orderID: ".").url(relativeTo: base) }
        #expect(try GetOrder(orderID: "x y").url(relativeTo: base).absoluteString == "https://h.example/api/v2/orders/x%20y")
    }
}
