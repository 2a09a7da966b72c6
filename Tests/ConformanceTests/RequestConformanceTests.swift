import CapillaryAPI
import Foundation
import SpecGenRuntime
import Testing

/// The typed request values that should produce each recorded request, byte for byte.
enum RecordedRequests {
    static let all: [String: GetCustomerRequest] = {
        var requests: [String: GetCustomerRequest] = [:]
        func add(_ name: String, _ request: GetCustomerRequest, configure: (inout GetCustomerRequest) -> Void = { _ in }) {
            var request = request
            request.countryCode = "1"
            configure(&request)
            requests[name] = request
        }
        add("reference-bulk-email", GetCustomerRequest(identifier: .email(
            ["sai.ishina9@gmail.com", "sai.ishina95@gmail.com", "9478341389@pixar.com"])))
        add("reference-bulk-id", GetCustomerRequest(identifier: .id([387020208, 3879773])))
        add("single-customer", GetCustomerRequest(identifier: .mobile(["447700900123"])))
        add("user-id-slab-history-program-summary", GetCustomerRequest(identifier: .externalID(["MBR/2019/0417"]))) {
            $0.userID = true
            $0.slabHistory = true
            $0.programSummary = true
        }
        add("pii-deleted-500", GetCustomerRequest(identifier: .id([518340271, 518340299])))
        add("unknown-customer", GetCustomerRequest(identifier: .id([900000417])))
        add("bulk-partial-201", GetCustomerRequest(identifier: .email(
            ["rosalind.okonkwo@example.org", "no.such.member@example.com", "ana+loyalty@example.com"])))
        add("older-style", GetCustomerRequest(identifier: .cardNumber(["7700120045501"]))) {
            $0.mlp = true
            $0.gapToUpgradeFor = 30
            $0.include = [.pointsSummary, .nextSlab]
        }
        add("unknown-enum-and-extra-keys", GetCustomerRequest(identifier: .id([423300017])))
        return requests
    }()

    /// The fixtures' invented credentials: the password is sent already hashed (md5), as the
    /// service's older docs describe.
    static let credentials = BasicCredentials(username: "demo.till", password: "4b4d9529148d8d9440d7e20c78287f69")
}

@Suite("Requests reproduce the recordings")
struct RequestConformanceTests {
    @Test func everyFixtureHasATypedRequest() {
        #expect(Set(RecordedExchange.allNames) == Set(RecordedRequests.all.keys))
        #expect(RecordedExchange.allNames.count >= 9)
    }

    @Test(arguments: RecordedExchange.allNames)
    func urlMethodAndHeaders(name: String) throws {
        let exchange = try RecordedExchange.named(name)
        let request = try #require(RecordedRequests.all[name])
        #expect(exchange.request.method == GetCustomerRequest.method)
        let url = try request.url(relativeTo: CapillaryHost.eu.baseURL)
        #expect(url.absoluteString == exchange.request.url)

        var headers = Dictionary(uniqueKeysWithValues: try request.makeHeaderFields().map { ($0.name, $0.value) })
        headers["Authorization"] = RecordedRequests.credentials.authorizationValue
        #expect(headers == exchange.request.headers)
    }

    @Test func referenceCurlQueriesByteForByte() throws {
        let byID = GetCustomerRequest(identifier: .id([387020208, 3879773]))
        #expect(try byID.makeQuery().encoded == "format=json&id=387020208%2C3879773")
        let byEmail = GetCustomerRequest(identifier: .email(["sai.ishina9@gmail.com", "sai.ishina95@gmail.com", "9478341389@pixar.com"]))
        #expect(try byEmail.makeQuery().encoded
            == "format=json&email=sai.ishina9%40gmail.com%2Csai.ishina95%40gmail.com%2C9478341389%40pixar.com")
    }
}

@Suite("Request validation")
struct RequestValidationTests {
    private func request(_ configure: (inout GetCustomerRequest) -> Void) -> GetCustomerRequest {
        var request = GetCustomerRequest(identifier: .id([1]))
        configure(&request)
        return request
    }

    @Test func negativeGapIsRejected() {
        let negative = request { $0.mlp = true; $0.gapToRenewFor = -1 }
        #expect(throws: RequestValidationError(parameter: "gap_to_renew_for", problem: .belowMinimum(0))) {
            try negative.makeQuery()
        }
    }

    @Test func gapWithoutMLPIsRejected() {
        let withoutMLP = request { $0.gapToUpgradeFor = 30 }
        #expect(throws: RequestValidationError(parameter: "gap_to_upgrade_for", problem: .requires(parameter: "mlp", value: "true"))) {
            try withoutMLP.makeQuery()
        }
        let mlpFalse = request { $0.gapToUpgradeFor = 30; $0.mlp = false }
        #expect(throws: RequestValidationError.self) { try mlpFalse.validate() }
    }

    @Test func commaInsideABulkValueIsRejectedNotSplit() {
        let request = GetCustomerRequest(identifier: .email(["a@x.com,b@y.com"]))
        #expect(throws: RequestValidationError(parameter: "email", problem: .separatorInValue(","))) {
            try request.makeQuery()
        }
    }

    @Test func emptyBulkListIsRejected() {
        #expect(throws: RequestValidationError(parameter: "id", problem: .emptyList)) {
            try GetCustomerRequest(identifier: .id([])).makeQuery()
        }
    }

    @Test func negativeCountsAreRejected() {
        #expect(throws: RequestValidationError(parameter: "coupon_limit", problem: .belowMinimum(0))) {
            try request { $0.couponLimit = -5 }.validate()
        }
    }

    @Test func typedValuesAreWrittenInSpecOrder() throws {
        let full = request {
            $0.date = CalendarDate(year: 2024, month: 2, day: 9)
            $0.type = .notInterestedReturn
            $0.couponSortOrder = .asc
            $0.couponOrderBy = .validTill
            $0.couponLimit = 5
            $0.mlp = true
            $0.gapToRenewFor = 0
            $0.include = [.basic, .nextSlab]
            $0.language = "zh"
        }
        #expect(try full.makeQuery().encoded == "format=json&id=1&date=2024-02-09&type=NOT_INTERESTED_RETURN"
            + "&coupon_limit=5&coupon_order_by=valid_till&coupon_sort_order=asc&mlp=true&gap_to_renew_for=0"
            + "&next_slab=true&basic=true")
        #expect(try full.makeHeaderFields() == [HeaderField(name: "language", value: "zh")])
    }

    @Test func headerValuesWithLineBreaksAreRejected() {
        let injected = request { $0.language = "en\r\nX-Evil: 1" }
        #expect(throws: RequestValidationError(parameter: "language", problem: .invalidHeaderValue)) {
            try injected.makeHeaderFields()
        }
    }
}
