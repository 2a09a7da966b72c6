import Testing
@testable import SpecGenKit

/// `outcome`, response `items` / `answers` and `password_digest`: what the loader and validator
/// accept, and the client the translators emit for them.
@Suite("Client spec")
struct ClientSpecTests {
    static let outcomeAPI = TestSpec.apiFile.replacingOccurrences(of: "    scheme: basic\n", with: """
            scheme: basic
            password_digest: md5
          outcome:
            status: envelope.status
            all_succeeded: [200]
            partial: [207]
            all_failed: [500]
            item_status: status
            item_success: [1]
            item_failures:
              - name: missing
                codes: [404, 410]
                description: No such item.

        """)

    static let bulkEndpoint = """
        specgen: 1
        endpoint:
          name: get_item
          method: GET
          path: /items
          summary: Gets items.
          parameters:
            - name: sku
              type: string
              list: ","
              required: true
          response:
            type: ItemPage
            items: envelope.items
            answers: sku
        types:
          ItemPage:
            kind: object
            fields:
              - name: envelope
                type: object
                required: true
                fields:
                  - name: status
                    type: Status
                    required: true
                  - name: items
                    type: list
                    items:
                      type: object
                      type_name: Item
                      fields:
                        - name: sku
                          type: string
                        - name: status
                          type: Status
          Status:
            kind: object
            fields:
              - name: code
                type: integer
              - name: message
                type: string

        """

    private func diagnostics(api: String = outcomeAPI, endpoint: String = bulkEndpoint) -> [String] {
        TestSpec.diagnostics(["api.yaml": api, "get_item.yaml": endpoint])
    }

    @Test func aCompleteBulkSpecIsValid() {
        #expect(diagnostics() == [])
    }

    @Test func statusPathMustResolveThroughRequiredFields() {
        let optionalEnvelope = Self.bulkEndpoint.replacingOccurrences(
            of: "type: object\n        required: true\n", with: "type: object\n")
        #expect(diagnostics(endpoint: optionalEnvelope) == [
            "Spec/shop/get_item.yaml:20:9: error: outcome 'status' in the response of 'get_item': field 'envelope' must be 'required: true', so that a body without a status is not taken for one",
        ])
        let misspelt = Self.outcomeAPI.replacingOccurrences(of: "envelope.status", with: "envelope.stat")
        #expect(diagnostics(api: misspelt) == [
            "Spec/shop/api.yaml:13:5: error: outcome 'status' in the response of 'get_item': 'envelope' has no field 'stat'; did you mean 'status'?",
        ])
    }

    @Test func statusObjectsNeedAnIntegerCode() {
        let noCode = Self.bulkEndpoint.replacingOccurrences(of: "      - name: code\n        type: integer\n", with: "")
        #expect(diagnostics(endpoint: noCode) == [
            "Spec/shop/get_item.yaml:24:13: error: outcome 'status' in the response of 'get_item': 'status' has no 'code' field",
            "Spec/shop/get_item.yaml:35:19: error: item status 'status': 'status' has no 'code' field",
        ])
    }

    @Test func itemsAndAnswersAreChecked() {
        let wrong = Self.bulkEndpoint
            .replacingOccurrences(of: "items: envelope.items", with: "items: envelope.status")
            .replacingOccurrences(of: "answers: sku", with: "answers: skus")
        #expect(diagnostics(endpoint: wrong) == [
            "Spec/shop/get_item.yaml:14:12: error: response 'items': 'status' must be a list of objects",
            "Spec/shop/get_item.yaml:14:12: error: response 'answers' must name an exactly_one parameter group or a required list parameter of 'get_item'; did you mean 'sku'?",
        ])
        // Items answer the one member an exactly_one group names; other groups may name several or none.
        let atLeastOne = Self.bulkEndpoint.replacingOccurrences(of: """
                - name: sku
                  type: string
                  list: ","
                  required: true
            """, with: """
                - group: sku
                  require: at_least_one
                  parameters:
                    - name: code
                      type: string
                      list: ","
                    - name: ean
                      type: string
                      list: ","
            """)
        #expect(diagnostics(endpoint: atLeastOne) == [
            "Spec/shop/get_item.yaml:19:12: error: response 'answers' must name an exactly_one parameter group or a required list parameter of 'get_item'; did you mean 'sku'?",
        ])
        #expect(diagnostics(endpoint: atLeastOne.replacingOccurrences(of: "at_least_one", with: "exactly_one")) == [])
        let alone = Self.bulkEndpoint.replacingOccurrences(of: "    answers: sku\n", with: "")
        #expect(diagnostics(endpoint: alone) == [
            "Spec/shop/get_item.yaml:13:5: error: response 'items' and 'answers' go together; 'answers' is missing",
        ])
    }

    @Test func itemsNeedTheOutcomesItemStatus() {
        let noItemStatus = Self.outcomeAPI.replacingOccurrences(of: "    item_status: status\n", with: "")
        #expect(diagnostics(api: noItemStatus) == [
            "Spec/shop/get_item.yaml:14:12: error: response 'items' needs the API's 'outcome' with 'item_status', the field that holds each item's status",
        ])
    }

    @Test func codesAndDigestsAreChecked() {
        let twice = Self.outcomeAPI.replacingOccurrences(of: "codes: [404, 410]", with: "codes: [404, 1]")
            .replacingOccurrences(of: "password_digest: md5", with: "password_digest: sha1")
        #expect(diagnostics(api: twice) == [
            "Spec/shop/api.yaml:11:22: error: 'sha1' is not a valid password_digest; expected one of 'md5'",
            "Spec/shop/api.yaml:20:9: error: duplicate item code '1' (first at 13:5)",
        ])
        let noAuth = Self.outcomeAPI.replacingOccurrences(of: "scheme: basic", with: "scheme: none")
        #expect(diagnostics(api: noAuth) == [
            "Spec/shop/api.yaml:11:22: error: 'password_digest' applies only to the 'basic' scheme",
        ])
    }

    @Test func generatedNamesAreReserved() {
        let clash = Self.bulkEndpoint + """
              ShopClient:
                kind: enum
                values: [a]

            """
        #expect(diagnostics(endpoint: clash) == [
            "Spec/shop/get_item.yaml:44:3: error: type 'ShopClient' has the name of a type the generator adds; rename it",
        ])
    }

    private func generated(api: String = outcomeAPI, endpoint: String = bulkEndpoint) throws -> [String: String] {
        let files = try Generator().generate([TestSpec.source(["api.yaml": api, "get_item.yaml": endpoint])])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    @Test func bulkMethodOverAListParameterAndAnInlineItem() throws {
        let client = try #require(try generated()["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
            public typealias GetItemResult = BatchResult<ItemPage, ItemPage.Envelope.Item, ShopFailureReason>
            """))
        #expect(client.contains("""
                public func getItem(_ request: GetItemRequest) async throws(APIError) -> GetItemResult {
                    let body = try await core.send(request, operationID: "get_item")
                    let status = body.envelope.status
                    let report = StatusReport(code: status.code, message: status.message)
                    let items = body.envelope.items ?? []
                    let values: [String]
                    let echo: (ItemPage.Envelope.Item) -> String?
                    values = request.sku
                    echo = { $0.sku }
                    return try Self.outcomes.result(of: body, status: report, values: values, items: items, echo: echo, itemStatus: Self.itemStatus)
                }
            """))
        #expect(client.contains("""
                private static func itemStatus(of item: ItemPage.Envelope.Item) -> StatusReport? {
                    item.status.map { StatusReport(code: $0.code, message: $0.message) }
                }
            """))
        #expect(client.contains("allSucceeded: [200], partial: [207], allFailed: [500], itemSuccess: [1]"))
        #expect(client.contains("public static func credentials(username: String, passwordDigest: String) -> BasicCredentials {"))
        let reasons = try #require(try generated()["ShopAPI/ShopFailureReason.swift"])
        #expect(reasons.contains("""
                    switch code {
                    case 404, 410:
                        self = .missing
                    default:
                        self = .unknown(code)
                    }
            """))
    }

    @Test func withoutOutcomeOrAuthTheMethodReturnsTheBody() throws {
        let plainAPI = TestSpec.apiFile.replacingOccurrences(of: "  auth:\n    scheme: basic\n", with: "")
        let files = try generated(api: plainAPI, endpoint: TestSpec.endpoint(""))
        let client = try #require(files["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
                public func getItem(_ request: GetItemRequest) async throws(APIError) -> ItemList {
                    try await core.send(request, operationID: "get_item")
                }
            """))
        #expect(client.contains("core = ClientCore(baseURL: host.baseURL, credentials: nil, transport: transport, middlewares: middlewares, redirectPolicy: redirectPolicy)"))
        #expect(!client.contains("credentials:  BasicCredentials"))
        #expect(!client.contains("static func credentials"))
        #expect(files["ShopAPI/ShopFailureReason.swift"] == nil)
    }

    @Test func argumentCatalogueAndInitializer() throws {
        let arguments = try #require(try generated()["ShopAPI/Requests/GetItemRequest+Arguments.swift"])
        #expect(arguments.contains(#"ArgumentInfo(name: "sku", swiftName: "sku", kind: .string, separator: ",", isRequired: true, summary: ""),"#))
        #expect(arguments.contains("""
                    try arguments.rejectUnknown(Self.arguments)
                    let sku: [String] = try arguments.requiredList("sku", separator: ",")
                    self.init(sku: sku)
            """))
    }
}
