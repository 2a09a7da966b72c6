import CapillaryAPI
import Foundation
import Testing

/// The `capillary` write subcommands, run as a process against a loopback server replaying the
/// recordings in `Fixtures/writes` (which checks the body byte for byte), and `--dry-run`.
@Suite("capillary write subcommands")
struct WriteCommandLineToolTests {
    typealias Run = CommandLineToolTests.Run

    /// The tool with `arguments`, `input` on its standard input.
    func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = CommandLineToolTests.environment
    ) async throws -> Run {
        let process = Process()
        process.executableURL = CommandLineToolTests.executable
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
        async let out = stdout.fileHandleForReading.readToEnd()
        async let err = stderr.fileHandleForReading.readToEnd()
        let (outData, errData) = try await (out, err)
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData ?? Data(), as: UTF8.self),
            stderr: String(decoding: errData ?? Data(), as: UTF8.self))
    }

    /// Runs `command` against a server replaying `writes/name`, checking the one request it sent.
    func run(_ name: String, _ command: [String], _ arguments: [String], input: Data = Data()) async throws -> Run {
        let replay = try FixtureReplay("writes/\(name)")
        let server = try replay.start()
        defer { server.stop() }
        let result = try await run(
            command + ["--base-url", server.baseURL.absoluteString, "--country-code", "1"] + arguments, input: input)
        #expect(server.received.count == 1, "stderr: \(result.stderr)")
        for request in server.received {
            #expect(replay.mismatches(request).isEmpty, "\(replay.mismatches(request))")
        }
        return result
    }

    /// The path of a recorded request body, to hand to `--body`.
    static func recordedBody(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/writes/\(name).request.json", withExtension: nil)).path
    }

    /// `text` in a file of its own, for `--body`.
    static func bodyFile(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("capillary-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("body.json")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test func customerAddAllRegisteredExitsZero() async throws {
        let result = try await run(
            "customer-add-two", ["customer", "add"], ["--body", try Self.recordedBody("customer-add-two")])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ITEM") == true)
        #expect(lines[1].hasPrefix("447700900101"))
        #expect(lines[1].contains("ok"))
        #expect(lines[1].contains("user 610022481"))
        #expect(lines[2].hasPrefix("447700900102"))
        #expect(lines.last == "200 \"Success\" (all succeeded): 2 of 2 succeeded")
        #expect(result.stderr.isEmpty)
    }

    /// A body written by a person: indented, keys in another order, numbers where the spec has
    /// text. The tool sends it as the spec writes it, which is the recorded body.
    @Test func aHandWrittenBodyIsSentAsTheSpecWritesIt() async throws {
        let body = try Self.bodyFile("""
            {
              "root": {
                "transaction": [
                  {
                    "number": "TILL4-000871",
                    "type": "regular",
                    "gross_amount": 1200.5,
                    "amount": "1150.5",
                    "discount": 50,
                    "currency_code": "GBP",
                    "billing_time": "2024-03-05 18:40:00",
                    "customer": {"mobile": "447700900101"},
                    "payment_details": {"payment": {"mode": "CASH", "value": 1150.5}},
                    "line_items": {
                      "line_item": [
                        {"serial": "1", "item_code": "SKU-1001", "description": "Kettle", "qty": 1, "rate": 800.5, "value": 800.5, "amount": 800.5},
                        {"amount": 350, "serial": "2", "item_code": "SKU-2002", "description": "Mugs", "qty": 4, "rate": 100, "value": 400, "discount": 50}
                      ]
                    }
                  }
                ]
              }
            }
            """)
        let result = try await run("transaction-add", ["transaction", "add"], ["--body", body])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("bill 48120077"))
    }

    @Test func partialAddExitsTwoAndNamesTheRejectedCustomer() async throws {
        let result = try await run(
            "customer-add-partial-201", ["customer", "add"],
            ["--body", try Self.recordedBody("customer-add-partial-201"), "--user-context-entity-source", "API"])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("447700900111"))
        #expect(lines[2].contains("identifier_taken"))
        #expect(lines[2].contains("1033 External id is already assigned to another customer"))
        #expect(lines.last == "201 \"Some requests have failed due to errors\" (partial): 2 of 3 succeeded")
        #expect(result.stderr.contains("capillary: 447700900111: "))
        #expect(result.stderr.contains("2 of 3 succeeded"))
    }

    @Test func customerUpdateFromStandardInput() async throws {
        let body = try Data(contentsOf: URL(fileURLWithPath: try Self.recordedBody("customer-update")))
        let result = try await run("customer-update", ["customer", "update"], ["--body", "-"], input: body)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Customer successfully updated"))
    }

    @Test func pointsRedeemedAndNotFound() async throws {
        let redeemed = try await run(
            "points-redeem", ["points", "redeem"], ["--body", try Self.recordedBody("points-redeem"), "--program-id", "2207"])
        #expect(redeemed.status == 0, "stderr: \(redeemed.stderr)")
        #expect(redeemed.stdout.contains("redemption Xq4wLm"))
        #expect(redeemed.stdout.contains("balance 115"))

        let unknown = try await run(
            "points-redeem-not-found-816", ["points", "redeem"],
            ["--body", try Self.recordedBody("points-redeem-not-found-816"), "--skip-validation"])
        #expect(unknown.status == 1)
        #expect(unknown.stdout.contains("not_found"))
        #expect(unknown.stderr.contains("816"))
    }

    @Test func couponRedeemedAndAtItsLimit() async throws {
        let redeemed = try await run("coupon-redeem", ["coupon", "redeem"], ["--body", try Self.recordedBody("coupon-redeem")])
        #expect(redeemed.status == 0, "stderr: \(redeemed.stderr)")
        #expect(redeemed.stdout.contains("QW7ERT42"))
        #expect(redeemed.stdout.contains("redemption 9120334"))

        let limit = try await run(
            "coupon-redeem-limit-696", ["coupon", "redeem"], ["--body", try Self.recordedBody("coupon-redeem-limit-696"), "--json"])
        #expect(limit.status == 1)
        let decoded = try JSONDecoder().decode(RedeemCouponResponse.self, from: Data(limit.stdout.utf8))
        #expect(decoded.response.coupons?.coupon?.itemStatus?.code == 696)
        #expect(limit.stderr.contains("per_code_limit_reached"))
    }

    // MARK: Checked before sending

    /// Runs `arguments` against a server that records requests and answers none; nothing may reach it.
    func runWithoutSending(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = CommandLineToolTests.environment
    ) async throws -> Run {
        let server = try LoopbackServer { _ in .init(status: 500, reason: "Unexpected", body: Data()) }
        defer { server.stop() }
        let result = try await run(arguments + ["--base-url", server.baseURL.absoluteString], input: input, environment: environment)
        #expect(server.received.isEmpty, "the tool sent a request")
        return result
    }

    @Test func aKeyTheSpecDoesNotDeclareIsAnError() async throws {
        let body = try Self.bodyFile("""
            {"root": {"customer": [{"mobile": "447700900101"}, {"mobil": "447700900102", "email": "x@example.org", "note": ""}]}}
            """)
        let result = try await runWithoutSending(["customer", "add", "--body", body])
        #expect(result.status == 1)
        #expect(result.stderr.contains("root.customer[1].mobil is not a field the spec declares"), "\(result.stderr)")
        #expect(!result.stderr.contains("note"), "an empty value sends nothing either way")

        let outside = try Self.bodyFile(#"{"root": {"coupon": [{"code": "A1", "customer": {"mobile": "1"}}], "extra": 1}}"#)
        let envelope = try await runWithoutSending(["coupon", "redeem", "--body", outside])
        #expect(envelope.status == 1)
        #expect(envelope.stderr.contains("root.extra is not a field"), "\(envelope.stderr)")

        let nested = try Self.bodyFile(#"{"root": {"redeem": [{"points_redeemed": 5, "customer": {"mobile": "1", "phone": "2"}}]}}"#)
        let inside = try await runWithoutSending(["points", "redeem", "--body", nested])
        #expect(inside.status == 1)
        #expect(inside.stderr.contains("root.redeem[0].customer.phone is not a field"), "\(inside.stderr)")
    }

    @Test func brokenRulesAndBadValuesAreNamedByTheirPath() async throws {
        let long = String(repeating: "a", count: 101)
        let tooLong = try await runWithoutSending(
            ["customer", "add", "--body", try Self.bodyFile(#"{"root":{"customer":[{"mobile":"1"},{"email":"b@x.org","lastname":"\#(long)"}]}}"#)])
        #expect(tooLong.status == 1)
        #expect(tooLong.stderr.contains("root.customer[1].lastname"), "\(tooLong.stderr)")
        #expect(!tooLong.stderr.contains(long), "values are never quoted")

        let twoRedemptions = try await runWithoutSending([
            "points", "redeem", "--body",
            try Self.bodyFile(#"{"root":{"redeem":[{"points_redeemed":5,"customer":{"mobile":"1"}},{"points_redeemed":6,"customer":{"mobile":"1"}}]}}"#),
        ])
        #expect(twoRedemptions.status == 1)
        #expect(twoRedemptions.stderr.contains("root.redeem"), "\(twoRedemptions.stderr)")

        let notANumber = try await runWithoutSending([
            "points", "redeem", "--body", try Self.bodyFile(#"{"root":{"redeem":[{"points_redeemed":"lots","customer":{"mobile":"1"}}]}}"#),
        ])
        #expect(notANumber.status == 1)
        #expect(notANumber.stderr.contains("root.redeem[0].points_redeemed"), "\(notANumber.stderr)")
        #expect(!notANumber.stderr.contains("lots"))

        let noIdentifier = try await runWithoutSending(
            ["customer", "update", "--body", try Self.bodyFile(#"{"root":{"customer":[{"firstname":"Zed"}]}}"#)])
        #expect(noIdentifier.status == 1)
        #expect(noIdentifier.stderr.contains("root.customer[0]"), "\(noIdentifier.stderr)")

        let notJSON = try await runWithoutSending(["coupon", "redeem", "--body", try Self.bodyFile("code=A1")])
        #expect(notJSON.status == 1)
        #expect(notJSON.stderr.contains("the body: it is not JSON"), "\(notJSON.stderr)")

        let missing = try await runWithoutSending(["coupon", "redeem", "--body", "/nonexistent/capillary/body.json"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read"))
    }

    // MARK: Dry run

    @Test func dryRunPrintsTheRequestWithCredentialsRedactedAndSendsNothing() async throws {
        let result = try await runWithoutSending([
            "customer", "add", "--body", try Self.recordedBody("customer-add-two"), "--country-code", "1",
            "--attribution-entity-code", "till-7", "--dry-run",
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let sections = result.stdout.components(separatedBy: "\n\n")
        let head = sections[0].split(separator: "\n").map(String.init)
        #expect(head[0].hasPrefix("POST http://127.0.0.1:"))
        #expect(head[0].hasSuffix("/v1.1/customer/add?format=json&user_id=true"))
        #expect(head.contains("Authorization: <redacted>"))
        #expect(head.contains("X-CAP-CLIENT-COUNTRYCODE: 1"))
        #expect(head.contains("X-CAP-API-ATTRIBUTION-ENTITY-CODE: till-7"))
        #expect(head.contains("Content-Type: application/json"))
        let recorded = try String(contentsOfFile: try Self.recordedBody("customer-add-two"), encoding: .utf8)
        #expect(sections.count == 2 && sections[1] == recorded + "\n")
        for secret in ["demo-password", "4b4d9529148d8d9440d7e20c78287f69", "ZGVtby50aWxs"] {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
    }

    /// With the OAuth token scheme, the token's header is the client's own addition: redacted too.
    @Test func dryRunRedactsTheOAuthToken() async throws {
        let token = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.sig"
        let result = try await runWithoutSending(
            ["points", "redeem", "--auth", "oauth-token", "--body", try Self.recordedBody("points-redeem"), "--dry-run"],
            environment: ["CAPILLARY_OAUTH_TOKEN": token])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("X-CAP-API-OAUTH-TOKEN: <redacted>"), "\(result.stdout)")
        #expect(!result.stdout.contains("Authorization"))
        for part in token.split(separator: ".") {
            #expect(!result.stdout.contains(part) && !result.stderr.contains(part))
        }
    }

    @Test func customerGetDryRunHasNoBody() async throws {
        let result = try await runWithoutSending(["customer", "get", "--id", "387020208,3879773", "--mlp", "--dry-run"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasSuffix("/v1.1/customer/get?format=json&id=387020208%2C3879773&mlp=true"))
        #expect(lines[0].hasPrefix("GET http://127.0.0.1:"))
        #expect(lines.contains("Authorization: <redacted>"))
        #expect(!result.stdout.contains("ZGVtby50aWxs"))
        #expect(lines.last == "" && lines.dropLast().last?.contains(":") == true, "headers, then nothing")
    }

    @Test func helpListsEveryOptionOfEachWriteSpec() async throws {
        let commands: [([String], [String])] = [
            (["customer", "add"], AddCustomersRequest.arguments.map(\.swiftName)),
            (["customer", "update"], UpdateCustomerRequest.arguments.map(\.swiftName)),
            (["transaction", "add"], AddTransactionsRequest.arguments.map(\.swiftName)),
            (["points", "redeem"], RedeemPointsRequest.arguments.map(\.swiftName)),
            (["coupon", "redeem"], RedeemCouponRequest.arguments.map(\.swiftName)),
        ]
        for (command, options) in commands {
            let help = try await run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("--body"))
            #expect(help.stdout.contains("--dry-run"))
            for option in options {
                #expect(help.stdout.contains("--" + option.kebabCased), "\(command): missing \(option)")
            }
        }
    }
}
