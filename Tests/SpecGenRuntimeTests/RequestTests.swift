import Foundation
import SpecGenRuntime
import Testing

@Suite("RequestValidationError")
struct RequestValidationErrorTests {
    @Test func descriptions() {
        let cases: [(RequestValidationError.Problem, String)] = [
            (.belowMinimum(0), "gap_to_upgrade_for must be >= 0"),
            (.belowMinimum(-2.5), "gap_to_upgrade_for must be >= -2.5"),
            (.aboveMaximum(100), "gap_to_upgrade_for must be <= 100"),
            (.aboveMaximum(0.75), "gap_to_upgrade_for must be <= 0.75"),
            (.aboveMaximum(1e20), "gap_to_upgrade_for must be <= 100000000000000000000"),
            (.belowMinimum(0.00001), "gap_to_upgrade_for must be >= 0.00001"),
            (.notFinite, "gap_to_upgrade_for must be a finite number"),
            (.requires(parameter: "mlp", value: "true"), "gap_to_upgrade_for requires mlp=true"),
            (.requiresPresence(parameter: "entity_type"), "gap_to_upgrade_for requires entity_type to be set"),
            (.after(parameter: "end_date"), "gap_to_upgrade_for must not be after end_date"),
            (.noneInGroup(members: ["email", "mobile"]), "gap_to_upgrade_for: set at least one of email, mobile"),
            (.undeclaredValue, "gap_to_upgrade_for must be one of the values the spec declares"),
            (.emptyList, "gap_to_upgrade_for needs at least one value"),
            (.separatorInValue(","),
             "gap_to_upgrade_for: a value contains \",\", the list separator; it would be split into two values"),
            (.invalidHeaderValue, "gap_to_upgrade_for: header value contains a line break"),
            (.invalidValue("must be a valid mobile number"), "gap_to_upgrade_for: must be a valid mobile number"),
        ]
        for (problem, expected) in cases {
            #expect(RequestValidationError(parameter: "gap_to_upgrade_for", problem: problem).description == expected)
        }
    }

    @Test func examplesFromTheBrief() {
        #expect(RequestValidationError(parameter: "email", problem: .separatorInValue(",")).description
            == "email: a value contains \",\", the list separator; it would be split into two values")
        #expect(RequestValidationError(parameter: "id", problem: .emptyList).description == "id needs at least one value")
        #expect(RequestValidationError(parameter: "language", problem: .invalidHeaderValue).description
            == "language: header value contains a line break")
        #expect(String(describing: RequestValidationError(parameter: "limit", problem: .aboveMaximum(1000)))
            == "limit must be <= 1000")
    }

    @Test func descriptionDoesNotContainTheOffendingValue() throws {
        var query = QueryBuilder()
        do {
            try query.append("email", list: ["secret,person@example.com"], separator: ",")
            Issue.record("expected a throw")
        } catch {
            #expect(!error.description.contains("secret"))
            #expect(!error.description.contains("example.com"))
        }
        do {
            _ = try HeaderField.checked(name: "X-Token", value: "tok3n\r\nX-Evil: 1")
            Issue.record("expected a throw")
        } catch {
            #expect(!error.description.contains("tok3n"))
            #expect(!error.description.contains("Evil"))
        }
    }
}

@Suite("Header fields")
struct HeaderFieldTests {
    @Test(arguments: ["a\rb", "a\nb", "a\r\nb", "a\0b", "\n", "x\r\nSet-Cookie: y"])
    func lineBreaksAndNulAreRejected(value: String) {
        let error = #expect(throws: RequestValidationError.self) {
            try HeaderField.checked(name: "language", value: value)
        }
        #expect(error == RequestValidationError(parameter: "language", problem: .invalidHeaderValue))
    }

    @Test func ordinaryValuesPass() throws {
        #expect(try HeaderField.checked(name: "language", value: "en-US, fr;q=0.5\t é")
            == HeaderField(name: "language", value: "en-US, fr;q=0.5\t é"))
        #expect(try HeaderField.checked(name: "X-CAP-API-AUTH-ORG-ID", value: "") .value == "")
    }

    @Test(arguments: ["", "Bad Name", "a:b", "a\r\nb", "é"])
    func invalidNamesAreRejected(name: String) {
        #expect(throws: RequestValidationError.self) { try HeaderField.checked(name: name, value: "v") }
    }
}

@Suite("BasicCredentials")
struct BasicCredentialsTests {
    let credentials = BasicCredentials(username: "Aladdin", password: "open sesame")

    @Test func authorizationValue() {
        #expect(credentials.authorizationValue == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        #expect(credentials.headerField == HeaderField(name: "Authorization", value: "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="))
        #expect(BasicCredentials(username: "ü", password: "").authorizationValue == "Basic w7w6")
    }

    @Test func neverPrinted() {
        var dumped = ""
        dump(credentials, to: &dumped)
        var dumpedInArray = ""
        dump([credentials], to: &dumpedInArray)
        let texts = [
            String(describing: credentials), String(reflecting: credentials), credentials.debugDescription,
            "\(credentials)", dumped, dumpedInArray, String(describing: [credentials]),
            String(describing: Optional(credentials)),
        ]
        for text in texts {
            #expect(!text.contains("open sesame"), "\(text)")
            #expect(!text.contains("sesame"), "\(text)")
            #expect(!text.contains("QWxhZGRpbjpvcGVuIHNlc2FtZQ"), "\(text)")
            #expect(text.contains("<redacted>"), "\(text)")
        }
    }

    @Test func hashableByValue() {
        #expect(credentials == BasicCredentials(username: "Aladdin", password: "open sesame"))
        #expect(credentials != BasicCredentials(username: "Aladdin", password: "open sesamE"))
    }
}

/// A hand-written request shaped like the generated ones.
private struct GetCustomers: EndpointRequest {
    typealias Response = [Item]
    static let method = "GET"
    static let path = "/v1.1/customer/get"

    var ids: [Int]
    var gapToUpgradeFor: Int?
    var mlp: Bool?
    var language: String?

    /// As generated code does: the rules are checked where the query is built, and `validate()`
    /// is the protocol's default.
    private func checkConstraints() throws(RequestValidationError) {
        if let gapToUpgradeFor {
            guard gapToUpgradeFor >= 0 else {
                throw RequestValidationError(parameter: "gap_to_upgrade_for", problem: .belowMinimum(0))
            }
            guard mlp == true else {
                throw RequestValidationError(
                    parameter: "gap_to_upgrade_for", problem: .requires(parameter: "mlp", value: "true"))
            }
        }
    }

    func makeQuery() throws(RequestValidationError) -> QueryBuilder {
        try checkConstraints()
        var query = QueryBuilder()
        query.append("format", "json")
        if !ids.isEmpty || gapToUpgradeFor == nil { try query.append("id", list: ids, separator: ",") }
        if let mlp { query.append("mlp", mlp) }
        if let gapToUpgradeFor { query.append("gap_to_upgrade_for", gapToUpgradeFor) }
        return query
    }

    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] {
        guard let language else { return [] }
        return [try HeaderField.checked(name: "language", value: language)]
    }
}

private struct Ping: EndpointRequest {
    typealias Response = String
    static let method = "GET"
    static let path = "/ping"
    func makeQuery() throws(RequestValidationError) -> QueryBuilder { QueryBuilder() }
    func makeHeaderFields() throws(RequestValidationError) -> [HeaderField] { [] }
}

@Suite("EndpointRequest")
struct EndpointRequestTests {
    @Test func pathAndQuery() throws {
        let request = GetCustomers(ids: [387020208, 3879773], gapToUpgradeFor: 2, mlp: true)
        #expect(try request.pathAndQuery()
            == "/v1.1/customer/get?format=json&id=387020208%2C3879773&mlp=true&gap_to_upgrade_for=2")
        #expect(try Ping().pathAndQuery() == "/ping")
    }

    @Test func defaultValidateChecksQueryAndHeaders() {
        #expect(throws: RequestValidationError(parameter: "language", problem: .invalidHeaderValue)) {
            try GetCustomers(ids: [1], language: "en\nX: y").validate()
        }
        #expect(throws: RequestValidationError(parameter: "id", problem: .emptyList)) {
            try GetCustomers(ids: []).validate()
        }
        #expect(throws: Never.self) { try GetCustomers(ids: [1]).validate() }
    }

    @Test func validationRunsBeforeTheQueryIsBuilt() {
        let negative = #expect(throws: RequestValidationError.self) {
            try GetCustomers(ids: [1], gapToUpgradeFor: -1, mlp: true).pathAndQuery()
        }
        #expect(negative?.description == "gap_to_upgrade_for must be >= 0")
        let dependency = #expect(throws: RequestValidationError.self) {
            try GetCustomers(ids: [1], gapToUpgradeFor: 1, mlp: nil).pathAndQuery()
        }
        #expect(dependency?.description == "gap_to_upgrade_for requires mlp=true")
        let empty = #expect(throws: RequestValidationError.self) { try GetCustomers(ids: []).pathAndQuery() }
        #expect(empty?.description == "id needs at least one value")
    }

    @Test(arguments: [
        ("https://api.example.com", "https://api.example.com/v1.1/customer/get?format=json&id=1"),
        ("https://api.example.com/", "https://api.example.com/v1.1/customer/get?format=json&id=1"),
        ("https://api.example.com/prefix", "https://api.example.com/prefix/v1.1/customer/get?format=json&id=1"),
        ("https://api.example.com/prefix/", "https://api.example.com/prefix/v1.1/customer/get?format=json&id=1"),
        ("http://localhost:8080", "http://localhost:8080/v1.1/customer/get?format=json&id=1"),
    ])
    func url(base: String, expected: String) throws {
        let url = try GetCustomers(ids: [1]).url(relativeTo: try #require(URL(string: base)))
        #expect(url.absoluteString == expected)
    }

    @Test func urlWithoutQuery() throws {
        let url = try Ping().url(relativeTo: try #require(URL(string: "https://h.example/api/")))
        #expect(url.absoluteString == "https://h.example/api/ping")
    }

    @Test func urlRejectsBaseWithQuery() throws {
        let base = try #require(URL(string: "https://h.example/api?key=1"))
        #expect(throws: RequestValidationError.self) { try Ping().url(relativeTo: base) }
    }

    @Test func urlPropagatesValidationErrors() throws {
        let base = try #require(URL(string: "https://h.example"))
        #expect(throws: RequestValidationError.self) { try GetCustomers(ids: []).url(relativeTo: base) }
    }

    @Test func headerFields() throws {
        #expect(try GetCustomers(ids: [1], language: "fr").makeHeaderFields() == [HeaderField(name: "language", value: "fr")])
        let error = #expect(throws: RequestValidationError.self) {
            try GetCustomers(ids: [1], language: "fr\r\nX: y").makeHeaderFields()
        }
        #expect(error?.description == "language: header value contains a line break")
        #expect(GetCustomers.method == "GET")
    }
}
