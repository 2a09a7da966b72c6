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

    /// A method's comment ends in DocC's callouts: its parameter, what it returns and what it throws.
    @Test func methodsDocumentParameterReturnsAndThrows() throws {
        let client = try #require(try generated()["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
                /// - Parameter request: The request; its rules are checked before anything is sent.
                /// - Returns: The request-level status the body reports, whatever the HTTP status, and one
                /// result per value of `sku`, in the order asked for: the item, or why it failed.
                /// - Throws: `APIError` when the request breaks a rule of the spec (nothing is sent), cannot be
                /// sent, or its answer is not a body the API documents. Also `APIError.rejected` when the
                /// body's own status refuses the request as a whole.
                public func getItem(_ request: GetItemRequest) async throws(APIError) -> GetItemResult {
            """), "\(client)")
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
        #expect(client.contains("public static func basic(username: String, passwordDigest: String) -> Authentication {"))
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
        #expect(client.contains("core = ClientCore(baseURL: host.baseURL, authentication: nil, transport: transport, middlewares: middlewares, redirectPolicy: redirectPolicy, retryPolicy: retryPolicy, timeout: timeout)"))
        #expect(!client.contains("authentication: Authentication"))
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

    // MARK: Single items, status keys and per-endpoint outcomes

    /// An endpoint answering with one item object, whose request status sits three keys below the
    /// envelope, whose item status says success under `status`, and whose codes are its own.
    static let singleItemEndpoint = """
        specgen: 1
        endpoint:
          name: get_coupon
          method: GET
          path: /coupon
          summary: Gets a coupon.
          parameters:
            - name: code
              type: string
              required: true
          response:
            type: CouponPage
            item: envelope.coupon
          outcome:
            status: envelope.result.outcome.status
            all_succeeded: [200]
            partial: []
            all_failed: [500]
            item_status: item_status
            item_status_fields:
              success: status
            item_failures:
              - name: expired
                codes: [701]
                description: The coupon has expired.
        types:
          CouponPage:
            kind: object
            fields:
              - name: envelope
                type: object
                required: true
                fields:
                  - name: result
                    type: object
                    required: true
                    fields:
                      - name: outcome
                        type: object
                        required: true
                        fields:
                          - name: status
                            type: Status
                            required: true
                  - name: coupon
                    type: object
                    type_name: Coupon
                    fields:
                      - name: code
                        type: string
                      - name: item_status
                        type: object
                        type_name: CouponStatus
                        fields:
                          - name: status
                            type: boolean
                          - name: code
                            type: integer
                          - name: message
                            type: string

        """

    private func diagnostics(coupon: String, api: String = outcomeAPI) -> [String] {
        TestSpec.diagnostics(["api.yaml": api, "get_item.yaml": Self.bulkEndpoint, "get_coupon.yaml": coupon])
    }

    private func generated(coupon: String) throws -> [String: String] {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": Self.outcomeAPI, "get_item.yaml": Self.bulkEndpoint, "get_coupon.yaml": coupon,
        ])])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    @Test func aSingleItemEndpointWithItsOwnOutcomeIsValid() {
        #expect(diagnostics(coupon: Self.singleItemEndpoint) == [])
    }

    @Test func singleItemMethodWithANestedStatusAndItsOwnCodesAndKeys() throws {
        let files = try generated(coupon: Self.singleItemEndpoint)
        let client = try #require(files["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
            public typealias GetCouponResult = SingleItemResult<CouponPage, CouponPage.Envelope.Coupon, GetCouponFailureReason>
            """))
        #expect(client.contains("""
                public func getCoupon(_ request: GetCouponRequest) async throws(APIError) -> GetCouponResult {
                    let body = try await core.send(request, operationID: "get_coupon")
                    let status = body.envelope.result.outcome.status
                    let report = StatusReport(code: status.code, message: status.message)
                    let outcomes = OutcomeRules<GetCouponFailureReason>(allSucceeded: [200], partial: [], allFailed: [500], itemSuccess: [1])
                    return try outcomes.result(of: body, status: report, item: body.envelope.coupon, itemStatus: { $0.itemStatus.map { StatusReport(code: $0.code, success: $0.status, message: $0.message) } })
                }
            """))
        // The bulk endpoint keeps the API's rules and item status function.
        #expect(client.contains("return try Self.outcomes.result(of: body, status: report, values: values, items: items, echo: echo, itemStatus: Self.itemStatus)"))
        #expect(client.contains("private static let outcomes = OutcomeRules<ShopFailureReason>(allSucceeded: [200], partial: [207], allFailed: [500], itemSuccess: [1])"))
        let reasons = try #require(files["ShopAPI/GetCouponFailureReason.swift"])
        #expect(reasons.contains("public enum GetCouponFailureReason: ItemFailureReason {"))
        #expect(reasons.contains("""
                    switch code {
                    case 701:
                        self = .expired
                    default:
                        self = .unknown(code)
                    }
            """))
        let page = try #require(files.first { $0.key.hasSuffix("get_coupon.md") }?.value)
        #expect(page.contains("This endpoint reports its outcome in `envelope.result.outcome.status`"))
        #expect(page.contains("Codes `200` mean every item succeeded; `500` mean every item failed; any other refuses the request."))
        #expect(page.contains("Items report theirs in `item_status` (code `code`, success `status`, message `message`)"))
        let index = try #require(files["Docs/Shop/README.md"])
        #expect(index.contains("Every body reports what happened in `envelope.status` (unless its endpoint's page says otherwise), whatever the HTTP status."))
        #expect(index.contains("In bulk and single-item responses each item reports its own outcome in `status`"))
        #expect(page.contains("| `expired` | `701` | The coupon has expired. |"))
        #expect(page.contains("The item in `envelope.coupon` reports its own outcome. Swift: `ShopClient.getCoupon(_:)` returns a `GetCouponResult`"))
    }

    @Test func anEndpointMovingOnlyItsStatusKeepsTheAPIsRulesAndItemStatusFunction() throws {
        let outcomeStart = Self.singleItemEndpoint.range(of: "  outcome:\n")!
        let typesStart = Self.singleItemEndpoint.range(of: "types:\n")!
        var endpoint = Self.singleItemEndpoint
        endpoint.replaceSubrange(
            outcomeStart.lowerBound..<typesStart.lowerBound,
            with: "  outcome:\n    status: envelope.result.outcome.status\n")
        // The coupon's status is the API's: a field `status` of the shared type.
        endpoint = String(endpoint[..<endpoint.range(of: "              - name: item_status\n")!.lowerBound])
            + "              - name: status\n                type: Status\n"
        #expect(diagnostics(coupon: endpoint) == [])
        let files = try generated(coupon: endpoint)
        let client = try #require(files["ShopAPI/ShopClient.swift"])
        #expect(client.contains("""
            public typealias GetCouponResult = SingleItemResult<CouponPage, CouponPage.Envelope.Coupon, ShopFailureReason>
            """))
        #expect(client.contains("""
                    let status = body.envelope.result.outcome.status
                    let report = StatusReport(code: status.code, message: status.message)
                    return try Self.outcomes.result(of: body, status: report, item: body.envelope.coupon, itemStatus: Self.itemStatus)
                }
            """))
        #expect(client.contains("""
                private static func itemStatus(of coupon: CouponPage.Envelope.Coupon) -> StatusReport? {
                    coupon.status.map { StatusReport(code: $0.code, message: $0.message) }
                }
            """))
        #expect(!client.contains("        let outcomes = "))
        #expect(files["ShopAPI/GetCouponFailureReason.swift"] == nil)
    }

    @Test func apiWideStatusKeysReachEveryStatusReport() throws {
        // Renamed API-wide, the keys are read by the shared item status function and the request status.
        let api = Self.outcomeAPI.replacingOccurrences(of: "    item_status: status\n", with: """
                item_status: status
                status_fields:
                  message: text
                item_status_fields:
                  code: number

            """)
        let endpoint = Self.bulkEndpoint.replacingOccurrences(
            of: "      - name: message\n        type: string\n",
            with: "      - name: number\n        type: integer\n      - name: text\n        type: string\n")
        let files = try generated(api: api, endpoint: endpoint)
        let client = try #require(files["ShopAPI/ShopClient.swift"])
        #expect(client.contains("let report = StatusReport(code: status.code, message: status.text)"))
        #expect(client.contains("item.status.map { StatusReport(code: $0.number) }"))
        let index = try #require(files.first { $0.key.hasSuffix("README.md") || $0.key.hasSuffix("index.md") }?.value)
        #expect(index.contains("Every body reports what happened in `envelope.status` (code `code`, success `success`, message `text`), whatever the HTTP status."))
        #expect(index.contains("In bulk responses each item reports its own outcome in `status` (code `number`, success `success`, message `message`)"))
    }

    @Test func outcomeOverridesAndSingleItemsAreChecked() {
        // A status path through a field that does not exist, one through a list, and a renamed key
        // the status object does not have.
        let unknownPath = Self.singleItemEndpoint.replacingOccurrences(
            of: "status: envelope.result.outcome.status", with: "status: envelope.result.outcom.status")
        #expect(diagnostics(coupon: unknownPath) == [
            "Spec/shop/get_coupon.yaml:15:5: error: outcome 'status' in the response of 'get_coupon': 'result' has no field 'outcom'; did you mean 'outcome'?",
        ])
        let wrongKey = Self.singleItemEndpoint.replacingOccurrences(of: "success: status", with: "success: state")
        #expect(diagnostics(coupon: wrongKey) == [
            "Spec/shop/get_coupon.yaml:21:7: error: item status 'item_status': 'item_status' has no 'state' field (its 'success' in the outcome's status fields); did you mean 'status'?",
        ])
        let stringFlag = Self.singleItemEndpoint.replacingOccurrences(
            of: "- name: status\n                    type: boolean", with: "- name: status\n                    type: string")
        #expect(diagnostics(coupon: stringFlag) == [
            "Spec/shop/get_coupon.yaml:55:21: error: item status 'item_status': 'status' must be of type boolean",
        ])
        // A single item that is a list, and one without the item status field.
        let onAList = Self.singleItemEndpoint.replacingOccurrences(
            of: "    - name: coupon\n            type: object\n            type_name: Coupon\n            fields:",
            with: "    - name: coupon\n            type: list\n            items:\n              type: object\n              type_name: Coupon\n              fields:")
        #expect(diagnostics(coupon: onAList) == [
            "Spec/shop/get_coupon.yaml:13:11: error: response 'item': 'coupon' is a list; name a bulk endpoint's list in 'items', with 'answers'",
        ])
        let noItemStatus = Self.singleItemEndpoint.replacingOccurrences(of: "item_status: item_status", with: "item_status: state")
        #expect(diagnostics(coupon: noItemStatus) == [
            "Spec/shop/get_coupon.yaml:13:11: error: response 'item': the item has no field 'state' (the outcome's 'item_status')",
        ])
        // Bulk and single together, and an endpoint outcome without the API's.
        let both = Self.singleItemEndpoint.replacingOccurrences(
            of: "    item: envelope.coupon\n", with: "    item: envelope.coupon\n    items: envelope.coupon\n    answers: code\n")
        #expect(diagnostics(coupon: both) == [
            "Spec/shop/get_coupon.yaml:13:11: error: response 'item' (one item object) and 'items' / 'answers' (a bulk list) exclude each other",
            "Spec/shop/get_coupon.yaml:14:12: error: response 'items': 'coupon' must be a list of objects",
            "Spec/shop/get_coupon.yaml:14:12: error: response 'answers' must name an exactly_one parameter group or a required list parameter of 'get_coupon'; did you mean 'code'?",
        ])
        let duplicate = Self.singleItemEndpoint.replacingOccurrences(of: "all_failed: [500]", with: "all_failed: [200]")
            .replacingOccurrences(of: "codes: [701]", with: "codes: [1]")
        #expect(diagnostics(coupon: duplicate) == [
            "Spec/shop/get_coupon.yaml:15:5: error: duplicate request status code '200' (first at 15:5)",
            "Spec/shop/get_coupon.yaml:23:9: error: duplicate item code '1' (first at 15:5)",
        ])
    }

    @Test func anEndpointsOwnReasonTypeNameIsReserved() {
        let clash = Self.singleItemEndpoint + """
              GetCouponFailureReason:
                kind: enum
                values: [a]

            """
        #expect(diagnostics(coupon: clash) == [
            "Spec/shop/get_coupon.yaml:61:3: error: type 'GetCouponFailureReason' has the name of a type the generator adds; rename it",
        ])
    }

    @Test func anEndpointOutcomeNeedsTheAPIs() {
        let withoutOutcome = String(Self.outcomeAPI[..<Self.outcomeAPI.range(of: "  outcome:")!.lowerBound])
        #expect(diagnostics(coupon: Self.singleItemEndpoint, api: withoutOutcome) == [
            "Spec/shop/get_coupon.yaml:15:5: error: endpoint 'outcome' overrides the API's 'outcome', which is missing",
            "Spec/shop/get_item.yaml:14:12: error: response 'items' needs the API's 'outcome' with 'item_status', the field that holds each item's status",
        ])
    }
}

