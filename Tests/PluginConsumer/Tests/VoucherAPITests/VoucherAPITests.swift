import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import VoucherAPI

/// The outcome rules a spec declares, in a client the build-tool plugin generated: one item
/// object answers the request, its success flag is under `status`, the request status sits three
/// keys below the envelope, and this endpoint's codes are its own.
@Suite("Outcomes in a client generated at build time")
struct VoucherClientTests {
    static func answer(_ status: String, voucher: String?) -> String {
        #"{"responses": {"voucher": {"response": {"status": \#(status)"# + (voucher.map { #", "voucher": \#($0)"# } ?? "") + "}}}}"
    }

    func result(for body: String) async throws -> GetVoucherResult {
        let client = try VoucherClient(baseURL: URL(string: "http://127.0.0.1:9")!, transport: CannedTransport(body: body))
        return try await client.getVoucher(GetVoucherRequest(code: "ABC"))
    }

    @Test func aVoucherFoundByItsStatusFlag() async throws {
        let body = Self.answer(
            #"{"success": "true", "code": "200", "message": "Success"}"#,
            voucher: #"{"code": "ABC", "item_status": {"status": "true", "code": "700", "message": "Found"}}"#)
        let result = try await result(for: body)
        #expect(result.status == .allSucceeded)
        guard case .success(let voucher) = result.outcome else {
            Issue.record("expected the voucher, got \(result.outcome)")
            return
        }
        #expect(voucher.code == "ABC")
    }

    @Test func anExpiredVoucherIsThisEndpointsOwnReason() async throws {
        let body = Self.answer(
            #"{"success": "false", "code": 500, "message": "All failed"}"#,
            voucher: #"{"code": "ABC", "item_status": {"status": "false", "code": 702, "message": "Expired"}}"#)
        let result = try await result(for: body)
        #expect(result.status == .allFailed)
        #expect(result.failure?.reason == .expired)
        #expect(result.failure?.code == 702)
    }

    @Test func noVoucherIsUnanswered() async throws {
        let result = try await result(for: Self.answer(#"{"success": false, "code": 500}"#, voucher: nil))
        guard case .unanswered = result.outcome else {
            Issue.record("expected unanswered, got \(result.outcome)")
            return
        }
    }

    /// 201 is "partial" for the API, but this endpoint declares no partial code.
    @Test func aCodeThisEndpointDoesNotKnowRefusesTheRequest() async {
        await #expect(throws: APIError.self) {
            try await result(for: Self.answer(#"{"code": 201}"#, voucher: nil))
        }
    }
}

/// Answers every request with one body, as the service would.
private struct CannedTransport: ClientTransport {
    let body: String

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        return (HTTPResponse(status: .ok, headerFields: fields), HTTPBody(self.body))
    }
}
