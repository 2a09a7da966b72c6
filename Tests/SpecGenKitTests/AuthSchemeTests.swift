import Foundation
import Testing
@testable import SpecGenKit

/// `api.auth` as a list of schemes, an endpoint's `auth` and `idempotent`: what the client, the
/// request types and the docs say about them.
@Suite("Auth schemes")
struct AuthSchemeTests {
    static let api = TestSpec.apiFile.replacingOccurrences(of: "  auth:\n    scheme: basic\n", with: """
          auth:
            - scheme: bearer
              name: session
              description: A session token.
            - scheme: api_key
              query: api_key
            - scheme: header_token
              name: partner_token
              header: X-Partner-Token

        """)

    static func generated(api: String = api, endpoint: String) throws -> [String: String] {
        let files = try Generator().generate([TestSpec.source(["api.yaml": api, "get_item.yaml": endpoint])])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    @Test func clientHasFactoriesPerSchemeAndTakesAnAuthentication() throws {
        let files = try Self.generated(endpoint: TestSpec.endpoint(""))
        let client = try #require(files["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
                public static func session(_ token: String) -> Authentication {
                    .bearer(token, schemeName: "session")
                }
            """))
        #expect(client.contains("""
                public static func session(provider: @escaping @Sendable () async throws -> String) -> Authentication {
                    .bearer(schemeName: "session", provider: provider)
                }
            """))
        #expect(client.contains("""
                public static func apiKey(_ key: String) -> Authentication {
                    .apiKey(key, in: .query("api_key"), schemeName: "api_key")
                }
            """))
        #expect(client.contains("""
                public static func partnerToken(_ token: String, header: String = "X-Partner-Token") -> Authentication {
                    .headerToken(token, header: header, schemeName: "partner_token")
                }
            """))
        #expect(client.contains("        authentication: Authentication,\n"))
        #expect(client.contains("/// Authentication (`session`): A session token."))
        #expect(!client.contains("BasicCredentials"))
        // A GET with nothing said keeps the runtime's defaults: nothing generated for it.
        let request = try #require(files["ShopAPI/Requests/GetItemRequest.swift"])
        #expect(!request.contains("isIdempotent"))
        #expect(!request.contains("usesAuthentication"))
        #expect(!request.contains("requiredAuthentication"))

        let docs = try #require(files["Docs/Shop/get_item.md"])
        #expect(docs.contains("- `session` (Swift: `session(...)`): a bearer token (`Authorization: Bearer <token>`)"))
        #expect(docs.contains("- `api_key` (Swift: `apiKey(...)`): an API key, sent as it is in the `api_key` query parameter."))
        #expect(docs.contains("| `X-Partner-Token` | string | with this scheme | Credentials of the 'partner\\_token' scheme, see Authentication. |"))
        #expect(docs.contains("--header 'Authorization: Bearer <token>'") || !docs.contains("## Examples"))
    }

    @Test func endpointWithoutAuthenticationAndItsRetries() throws {
        let endpoint = TestSpec.endpoint("  auth: none\n  idempotent: false\n")
        let files = try Self.generated(endpoint: endpoint)
        let request = try #require(files["ShopAPI/Requests/GetItemRequest.swift"])
        #expect(request.contains("""
                /// Sent without the client's credentials.
                public static let usesAuthentication = false
            """))
        #expect(request.contains("""
                /// Sending it twice may do it twice, so the client never repeats it after a failure.
                public static let isIdempotent = false
            """))
        let docs = try #require(files["Docs/Shop/get_item.md"])
        #expect(docs.contains("None: this endpoint is called without the client's credentials."))
        #expect(docs.contains("Not idempotent: the client repeats this request only after HTTP 429"))
        #expect(!docs.contains("Authorization"))
    }

    @Test func endpointOfOneSchemeAndAnIdempotentWrite() throws {
        let endpoint = TestSpec.endpoint("  auth: partner_token\n  idempotent: true\n")
            .replacingOccurrences(of: "method: GET", with: "method: PUT")
        let files = try Self.generated(endpoint: endpoint)
        let request = try #require(files["ShopAPI/Requests/GetItemRequest.swift"])
        #expect(request.contains("""
                /// A client created with another authentication scheme refuses to send it.
                public static let requiredAuthentication: String? = "partner_token"
            """))
        #expect(request.contains("public static let isIdempotent = true"))
        let docs = try #require(files["Docs/Shop/get_item.md"])
        #expect(docs.contains("Only this scheme; a client created with another one refuses the call before sending it."))
        #expect(!docs.contains("`session`"))
        #expect(docs.contains("| `X-Partner-Token` | string | yes | Credentials of the 'partner\\_token' scheme, see Authentication. |"))
    }

    /// Today's single-mapping form is one scheme called after itself.
    @Test func singleMappingFormIsOneScheme() throws {
        let files = try Self.generated(api: TestSpec.apiFile, endpoint: TestSpec.endpoint(""))
        let client = try #require(files["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
                public static func basic(username: String, password: String) -> Authentication {
                    .basic(BasicCredentials(username: username, password: password), schemeName: "basic")
                }
            """))
    }

    @Test func credentialHeadersAndQueryParametersAreTheClients() {
        let endpoint = TestSpec.endpoint("""
              headers:
                - name: x-partner-token
                  type: string
              parameters:
                - name: api_key
                  type: string
            """)
        #expect(TestSpec.diagnostics(["api.yaml": Self.api, "get_item.yaml": endpoint]) == [
            "Spec/shop/get_item.yaml:10:7: error: duplicate header 'x-partner-token': names ignore case, so it is 'X-Partner-Token' again (first at Spec/shop/api.yaml:15:7)",
            "Spec/shop/get_item.yaml:13:7: error: duplicate query parameter 'api_key' (first at Spec/shop/api.yaml:13:7)",
        ])
    }
}
