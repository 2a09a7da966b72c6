import Foundation
import HTTPTypes
import SpecGenRuntime
import Testing
@testable import capillary

/// The tool's own pieces, below the process: what `--dry-run` prints and which body keys the spec
/// does not declare.
@Suite("capillary internals")
struct CommandLineInternalsTests {
    private func captured(path: String, fields: HTTPFields, body: String = "") -> DryRunTransport.Captured {
        DryRunTransport.Captured(
            request: HTTPRequest(method: .post, scheme: nil, authority: nil, path: path, headerFields: fields),
            body: Array(body.utf8), baseURL: URL(string: "https://eu.api.capillarytech.com")!)
    }

    /// The generated catalogue names an object parameter's fields `filter[max price]` (Swift
    /// `filter.maxPrice`): each is an option in either spelling; a repeated list's values come
    /// comma-separated or as the option repeated, as any list's do.
    @Test func objectFieldsAndRepeatedListsAreOptions() throws {
        let options = EndpointOptions(arguments: [
            ArgumentInfo(name: "id", swiftName: "id", kind: .integer, separator: ",", summary: ""),
            ArgumentInfo(name: "filter[name]", swiftName: "filter.name", kind: .string, summary: ""),
            ArgumentInfo(name: "filter[max price]", swiftName: "filter.maxPrice", kind: .number, summary: ""),
        ])
        let values = try options.parse(["--id", "1,2", "--id", "3", "--filter.max-price", "10.5", "--filter[name]=a b"])
        #expect(values.names == ["id", "filter[name]", "filter[max price]"])
        #expect(try values.list("id", separator: ",") == [1, 2, 3])
        #expect(try values.value("filter[max price]") == 10.5)
        #expect(try values.value("filter[name]") == "a b")
        let quoted = try options.parse(["--filter[max price]", "2"])
        #expect(try quoted.value("filter[max price]") == 2.0)
    }

    @Test func dryRunRedactsWhatTheClientAddsAndKeepsTheRequestsOwn() {
        var fields = HTTPFields()
        fields[.accept] = "application/json"
        fields.append(HTTPField(name: HTTPField.Name("X-CAP-CLIENT-COUNTRYCODE")!, value: "1"))
        fields[.contentType] = "application/json"
        var secret = HTTPField(name: HTTPField.Name("X-CAP-CLIENT-COUNTRYCODE")!, value: "token-like")
        secret.indexingStrategy = .disallow
        fields.append(secret)
        fields.append(HTTPField(name: HTTPField.Name("X-CAP-API-OAUTH-TOKEN")!, value: "eyJhbGciOi.secret"))
        fields[.authorization] = "Basic ZGVtbzpzZWNyZXQ="
        let report = DryRunReport(
            captured: captured(path: "/v1.1/coupon/redeem?format=json&api_key=k-123", fields: fields, body: #"{"root":{}}"#),
            ownPathAndQuery: "/v1.1/coupon/redeem?format=json", ownHeaderNames: ["x-cap-client-countrycode"])
        #expect(report.text == """
            POST https://eu.api.capillarytech.com/v1.1/coupon/redeem?format=json&api_key=<redacted>
            Accept: application/json
            X-CAP-CLIENT-COUNTRYCODE: 1
            Content-Type: application/json
            X-CAP-CLIENT-COUNTRYCODE: <redacted>
            X-CAP-API-OAUTH-TOKEN: <redacted>
            Authorization: <redacted>

            {"root":{}}

            """)
    }

    @Test func dryRunEscapesWhatItPrints() {
        var fields = HTTPFields()
        fields.append(HTTPField(name: HTTPField.Name("X-Note")!, value: "a\u{1B}[31mred"))
        let report = DryRunReport(
            captured: captured(path: "/p", fields: fields, body: "{\"a\":\"\u{202E}x\"}"), ownPathAndQuery: "/p",
            ownHeaderNames: ["x-note"])
        #expect(!report.text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    private func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func undeclaredKeysAreFoundAtTheirWirePath() throws {
        let sent = try json(#"{"root":{"customer":[{"mobile":"1","custom_fields":{"field":[{"name":"a","value":"b"}]}},{"email":"e"}]}}"#)
        #expect(UndeclaredKeys.paths(given: sent, sent: sent) == [])
        let given = try json(#"""
            {"root": {"customer": [
              {"mobile": "1", "nickname": "x", "custom_fields": {"field": {"name": "a", "value": "b", "colour": "red"}}},
              {"email": "e", "updated_on": "", "extra": null, "tags": [], "meta": {}}
            ], "batch": 2}}
            """#)
        #expect(UndeclaredKeys.paths(given: given, sent: sent) == [
            "root.batch", "root.customer[0].custom_fields.field[0].colour", "root.customer[0].nickname",
        ])
        // A wrapped list given bare is compared with the list inside the wrapper.
        let bare = try json(#"{"root":{"customer":[{"mobile":"1","custom_fields":[{"name":"a","value":"b","x":1}]},{"email":"e"}]}}"#)
        #expect(UndeclaredKeys.paths(given: bare, sent: sent) == ["root.customer[0].custom_fields[0].x"])
    }
}
