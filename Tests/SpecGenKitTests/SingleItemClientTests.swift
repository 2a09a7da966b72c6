import Foundation
import Testing
@testable import SpecGenKit

/// End to end: a generated client of an endpoint that answers with one item object, whose request
/// status sits three keys below the envelope (`responses.coupon.response.status`), whose item says
/// success under `status` (`"status": "true"`) and whose codes are its own, built in a package of
/// its own and run against a loopback HTTP server with bodies as such a service sends them (numbers
/// and booleans as strings), now and then without the `response` key above the status and the item
/// (`may_be_inlined`). Beside it, `ping` reads the API's outcome, and an API header named
/// `outcomes` meets the method's local of that name and the client's static rules.
@Suite("Single-item client over a loopback server")
struct SingleItemClientTests {
    static let files = [
        "api.yaml": """
            specgen: 1
            api:
              name: Vouchers
              module: VouchersAPI
              title: Vouchers API
              auth:
                scheme: none
              headers:
                - name: outcomes
                  type: string
              leniency: [string_encoded_numbers, string_encoded_booleans]
              outcome:
                status: response.status
                all_succeeded: [200]
                partial: [201]
                all_failed: [500]
                item_status: item_status
                # Success codes of the API's items; 700 is not one, so a coupon succeeds only by its flag.
                item_success: [1000]
                item_failures:
                  - name: not_found
                    codes: [1011]
            types:
              RequestStatus:
                kind: object
                fields:
                  - name: success
                    type: boolean
                  - name: code
                    type: integer
                  - name: message
                    type: string

            """,
        "get_coupon.yaml": """
            specgen: 1
            endpoint:
              name: get_coupon
              method: GET
              path: /coupon/get
              summary: Gets one coupon.
              parameters:
                - name: code
                  type: string
                  required: true
              response:
                type: CouponAnswer
                item: responses.coupon.response.coupon
              outcome:
                status: responses.coupon.response.status
                all_succeeded: [200]
                partial: []
                all_failed: [500]
                item_status_fields:
                  success: status
                item_failures:
                  - name: expired
                    codes: [702]
                    description: The coupon has expired.
            types:
              CouponAnswer:
                kind: object
                fields:
                  - name: responses
                    type: object
                    required: true
                    fields:
                      - name: coupon
                        type: object
                        type_name: CouponEnvelope
                        required: true
                        fields:
                          # Named like the decoder the inlined `response` is read from.
                          - name: decoder
                            type: string
                          - name: response
                            type: object
                            required: true
                            # Now and then the service leaves this key out.
                            may_be_inlined: true
                            fields:
                              - name: status
                                type: RequestStatus
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

            """,
        "ping.yaml": """
            specgen: 1
            endpoint:
              name: ping
              method: GET
              path: /ping
              summary: Checks the service.
              response:
                type: Pong
            types:
              Pong:
                kind: object
                fields:
                  - name: response
                    type: object
                    required: true
                    fields:
                      - name: status
                        type: RequestStatus
                        required: true

            """,
    ]

    /// Bodies by the coupon code asked for.
    static let bodies = [
        // Found: the flag says so, though 700 is not an item success code.
        "FOUND": #"{"responses": {"coupon": {"response": {"status": {"success": "true", "code": "200", "message": "Success"}, "coupon": {"code": "FOUND", "item_status": {"status": "true", "code": "700", "message": "Coupon found"}}}}}}"#,
        "OLD": #"{"responses": {"coupon": {"response": {"status": {"success": "false", "code": "500", "message": "All failed"}, "coupon": {"code": "OLD", "item_status": {"status": "false", "code": "702", "message": "Coupon expired"}}}}}}"#,
        // 1011 is the API's not_found, not this endpoint's: kept as an unknown code.
        "ODD": #"{"responses": {"coupon": {"response": {"status": {"code": 200}, "coupon": {"code": "ODD", "item_status": {"status": "false", "code": 1011}}}}}}"#,
        "NONE": #"{"responses": {"coupon": {"response": {"status": {"success": false, "code": 500, "message": "No coupon"}}}}}"#,
        // 201 means "partial" API-wide, but not for this endpoint: the request is refused.
        "PARTIAL": #"{"responses": {"coupon": {"response": {"status": {"code": 201, "message": "Some failed"}}}}}"#,
        // Without the `response` key (may_be_inlined): its status and item directly in `coupon`.
        "INLINED": #"{"responses": {"coupon": {"decoder": "d", "status": {"success": "true", "code": "200", "message": "Inlined"}, "coupon": {"code": "INLINED", "item_status": {"status": "true", "code": "700"}}}}}"#,
        "INLINED-FAILED": #"{"responses": {"coupon": {"status": {"code": 500, "message": "All failed"}, "coupon": {"code": "INLINED-FAILED", "item_status": {"status": "false", "code": 702, "message": "Coupon expired"}}}}}"#,
        // Neither `response` nor one of its keys: the required response is missing, never invented.
        "NEITHER": #"{"responses": {"coupon": {"message": "nothing here"}}}"#,
        // The API's status path, not this endpoint's: the body does not decode.
        "FLAT": #"{"response": {"status": {"code": 200}}}"#,
    ]

    static let main = #"""
        import Foundation
        import OpenAPIURLSession
        import SpecGenClient
        import VouchersAPI

        // Input: {"bodies": {code: body}, "codes": [code]}. Output: one JSON object per code asked for.
        let input = try JSONSerialization.jsonObject(with: FileHandle.standardInput.readDataToEndOfFile()) as! [String: Any]
        let bodies = input["bodies"] as! [String: String]
        let server = try LoopbackServer { request in
            if request.target.hasPrefix("/ping") {
                // The status message says which `outcomes` header arrived.
                let header = request.header("outcomes") ?? "none"
                return LoopbackServer.Reply(
                    status: 200, reason: "OK", headers: [("Content-Type", "application/json")],
                    body: Data(("{\"response\": {\"status\": {\"code\": \"200\", \"message\": \"" + header + "\"}}}").utf8))
            }
            let query = URLComponents(string: request.target)?.queryItems ?? []
            let code = query.first { $0.name == "code" }?.value ?? ""
            return LoopbackServer.Reply(
                status: 200, reason: "OK", headers: [("Content-Type", "application/json")], body: Data((bodies[code] ?? "").utf8))
        }
        var client = try VouchersClient(baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, transport: URLSessionTransport())
        client.outcomes = "sent"
        var answers: [[String: String]] = []
        let pong = try await client.ping(PingRequest())
        answers.append(["ping": pong.response.status.message ?? "?"])
        for code in input["codes"] as! [String] {
            do {
                let result: GetCouponResult = try await client.getCoupon(GetCouponRequest(code: code))
                var answer = ["status": result.status.rawValue, "report": result.report.description]
                switch result.outcome {
                case .success(let coupon): answer["item"] = coupon.code ?? "?"
                case .failure(let failure): answer["failure"] = failure.description
                case .unanswered: answer["unanswered"] = "true"
                }
                let reason: GetCouponFailureReason? = result.failure?.reason
                if let reason { answer["reason"] = reason.description }
                answers.append(answer)
            } catch {
                answers.append(["error": String(describing: error)])
            }
        }
        server.stop()
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: answers))

        """#

    struct Input: Encodable {
        var bodies: [String: String]
        var codes: [String]
    }

    @Test func theClientReadsTheNestedStatusTheStatusFlagAndTheEndpointsCodes() throws {
        let generated = try Generator().generate([TestSpec.source(Self.files, folder: "vouchers")])
        let package = try CompiledConsumer(
            generated: generated, folder: "single-item-consumer", module: "VouchersAPI", product: "VoucherCheck",
            main: Self.main, extraSources: CompiledConsumer.loopbackServer())
        let build = try package.build()
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        let warnings = package.warnings(in: build.output, below: "VouchersAPI")
        #expect(warnings.isEmpty, "generated code has warnings:\n\(warnings.joined(separator: "\n"))")
        guard build.status == 0 else { return }

        let codes = ["FOUND", "OLD", "ODD", "NONE", "PARTIAL", "INLINED", "INLINED-FAILED", "NEITHER", "FLAT"]
        let answers = try package.run(Input(bodies: Self.bodies, codes: codes), as: [[String: String]].self)
        #expect(answers.dropLast(2) == [
            ["ping": "sent"],
            ["status": "allSucceeded", "report": "200 \"Success\"", "item": "FOUND"],
            ["status": "allFailed", "report": "500 \"All failed\"", "failure": "expired (702): Coupon expired", "reason": "expired"],
            ["status": "allSucceeded", "report": "200", "failure": "unknown (1011)", "reason": "unknown"],
            ["status": "allFailed", "report": "500 \"No coupon\"", "unanswered": "true"],
            ["error": "the service refused the request: 201 \"Some failed\""],
            ["status": "allSucceeded", "report": "200 \"Inlined\"", "item": "INLINED"],
            ["status": "allFailed", "report": "500 \"All failed\"", "failure": "expired (702): Coupon expired", "reason": "expired"],
        ])
        let neither = try #require(answers.dropLast().last?["error"])
        #expect(neither.hasPrefix("the response body is not what the API documents, at $.responses.coupon"), "\(neither)")
        #expect(neither.contains("response"), "\(neither)")
        let flat = try #require(answers.last?["error"])
        #expect(flat.hasPrefix("the response body is not what the API documents, at $"), "\(flat)")
        #expect(flat.contains("responses"), "\(flat)")
    }

    /// The build-tool plugin's layout puts the endpoint's own reason type in the endpoint's file,
    /// which must then compile as the per-type layout does.
    @Test func thePerSpecFileLayoutCompiles() throws {
        let output = try Generator().generate(
            [TestSpec.source(Self.files, folder: "vouchers")], layout: .perSpecFile, includeDocs: false)
        let swift = Dictionary(uniqueKeysWithValues: output.map { ($0.path, $0.contents) })
        let coupon = try #require(swift.first { $0.key.hasSuffix("get_coupon.swift") }?.value)
        #expect(coupon.contains("public enum GetCouponFailureReason: ItemFailureReason {"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-single-item-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SwiftCompiler().compile(module: "VouchersAPI", files: swift, in: folder)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")
        // The object file is there: the compiler ran every stage, not only the type checker.
        let object = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("VouchersAPI.o").path)
        #expect((object[.size] as? Int ?? 0) > 10_000)
    }
}
