import CapillaryAPI
import Foundation
import Testing

/// The `capillary` executable, run as a process against a loopback server replaying the recordings.
@Suite("capillary command-line tool")
struct CommandLineToolTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The tool built next to the test bundle.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("capillary")

    /// The fixtures' credentials, from the environment as a support engineer would set them.
    static let environment = ["CAPILLARY_USERNAME": "demo.till", "CAPILLARY_PASSWORD": "demo-password"]

    func run(_ arguments: [String], environment: [String: String] = environment) async throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { mine, _ in mine }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes to their end before waiting, so a full pipe cannot block the tool.
        async let out = stdout.fileHandleForReading.readToEnd()
        async let err = stderr.fileHandleForReading.readToEnd()
        let (outData, errData) = try await (out, err)
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData ?? Data(), as: UTF8.self),
            stderr: String(decoding: errData ?? Data(), as: UTF8.self))
    }

    /// Runs the tool against a server replaying `name`, checking the request it sent.
    func run(_ name: String, answer: FixtureReplay.Answer = .recorded, _ arguments: [String]) async throws -> Run {
        let replay = try FixtureReplay(name, answer: answer)
        let server = try replay.start()
        defer { server.stop() }
        // One request per run, whatever the answer: retries are the client's, tested on their own.
        let result = try await run(
            ["customer", "get", "--base-url", server.baseURL.absoluteString, "--country-code", "1", "--retries", "0"] + arguments)
        #expect(server.received.count == 1, "stderr: \(result.stderr)")
        for request in server.received {
            #expect(replay.mismatches(request).isEmpty, "\(replay.mismatches(request))")
        }
        return result
    }

    @Test func bulkLookupAllFoundIsATableAndExitZero() async throws {
        let result = try await run("reference-bulk-email", [
            "--email", "sai.ishina9@gmail.com,sai.ishina95@gmail.com", "--email", "9478341389@pixar.com",
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("IDENTIFIER") == true)
        #expect(lines[1].hasPrefix("sai.ishina9@gmail.com"))
        #expect(lines[1].contains("found"))
        #expect(lines[1].contains("Silver Tier"))
        #expect(lines[3].hasPrefix("9478341389@pixar.com"))
        #expect(lines.last == "200 \"Success\" (all found): 3 of 3 found")
        #expect(result.stderr.isEmpty)
    }

    @Test func issueExampleOptionsBuildTheRecordedQuery() async throws {
        // --include takes switches and boolean parameters alike; --mlp is a flag.
        let result = try await run("older-style", [
            "--card-number", "7700120045501", "--include", "next-slab,points-summary", "--mlp", "--gap-to-upgrade-for", "30",
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Stravinsky-Hale"))
    }

    @Test func includeAcceptsBooleanParameters() async throws {
        let result = try await run("user-id-slab-history-program-summary", [
            "--external-id", "MBR/2019/0417", "--include", "slab-history,user-id", "--program-summary",
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
    }

    @Test func partialExitsTwoAndNamesTheFailure() async throws {
        let result = try await run("bulk-partial-201", [
            "--email", "rosalind.okonkwo@example.org,no.such.member@example.com,ana+loyalty@example.com",
        ])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("no.such.member@example.com"))
        #expect(lines[2].contains("not_found"))
        #expect(lines[2].contains("1012"))
        #expect(result.stderr.contains("no.such.member@example.com: not_found (1012)"))
        #expect(result.stderr.contains("2 of 3 found"))
    }

    @Test func allFailedExitsOneWithPIIDeletion() async throws {
        let result = try await run("pii-deleted-500", ["--id", "518340271,518340299"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("518340271: pii_deleted (8109): Customer is deleted after PII delete request"))
        #expect(result.stdout.contains("pii_deleted"))
    }

    // MARK: Server text on the terminal

    /// A customer name, an item's failure message and the envelope's message that try to clear the
    /// screen, retitle the window, ring, overwrite the line with a forged "OK" and reverse the text.
    static let hostileBody: String = {
        let recorded = String(decoding: (try? RecordedExchange.named("bulk-partial-201").body()) ?? Data(), as: UTF8.self)
        return recorded
            .replacingOccurrences(of: "\"Rosalind\"", with: #""Ros\u001b[2J\u001b]0;pwned\u0007alind\rOK \#u{202E}dnuof""#)
            .replacingOccurrences(of: "\"Customer not found\"", with: #""not \u001b[31mfound\#u{9B}2J\#u{7F}\#u{2066}""#)
            .replacingOccurrences(
                of: "\"Some requests have failed due to errors\"", with: #""\rOK: all found\u001b[K\#u{2028}""#)
    }()

    /// Scalars a terminal acts on, other than the line breaks the tool writes itself.
    static func terminalControls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            scalar != "\n" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value))
        }
    }

    @Test func serverTextIsEscapedInTablesAndErrors() async throws {
        #expect(Self.hostileBody.contains("\\u001b[2J"), "the fixture changed: the hostile name was not put in")
        let result = try await run("bulk-partial-201", answer: .body(Self.hostileBody), [
            "--email", "rosalind.okonkwo@example.org,no.such.member@example.com,ana+loyalty@example.com",
        ])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(Self.terminalControls(in: result.stdout).isEmpty, "\(Self.terminalControls(in: result.stdout))")
        #expect(Self.terminalControls(in: result.stderr).isEmpty, "\(Self.terminalControls(in: result.stderr))")
        #expect(result.stdout.contains(#"Ros\u{1b}[2J\u{1b}]0;pwned\u{7}alind\rOK \u{202e}dnuof Okonkwo"#))
        #expect(result.stdout.contains(#"\rOK: all found\u{1b}[K\u{2028}"#))
        #expect(result.stderr.contains(#"not \u{1b}[31mfound\u{9b}2J\u{7f}\u{2066}"#))
        // Each row is still one line: the table has its header, three rows, a blank line and the summary.
        #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 7)
    }

    @Test func jsonOutputStaysValidJSONWithTheSameText() async throws {
        let result = try await run("bulk-partial-201", answer: .body(Self.hostileBody), [
            "--json", "--email", "rosalind.okonkwo@example.org,no.such.member@example.com,ana+loyalty@example.com",
        ])
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(Self.terminalControls(in: result.stdout).isEmpty, "\(Self.terminalControls(in: result.stdout))")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let customers = (((object["response"] as? [String: Any])?["customers"] as? [String: Any])?["customer"]) as? [[String: Any]]
        #expect(customers?.first?["firstname"] as? String == "Ros\u{1B}[2J\u{1B}]0;pwned\u{07}alind\rOK \u{202E}dnuof")
        let failed = customers?[1]["item_status"] as? [String: Any]
        #expect(failed?["message"] as? String == "not \u{1B}[31mfound\u{9B}2J\u{7F}\u{2066}")
    }

    #if AsyncHTTPClient
    @Test func asyncHTTPClientTransport() async throws {
        let result = try await run("reference-bulk-id", ["--transport", "async-http-client", "--id", "387020208,3879773"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("387020208"))
    }
    #endif

    @Test func jsonIsTheDecodedModelWithSortedKeys() async throws {
        let result = try await run("single-customer", ["--mobile", "447700900123", "--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let decoded = try JSONDecoder().decode(GetCustomerResponse.self, from: Data(result.stdout.utf8))
        #expect(decoded == (try decodeFixture("single-customer")))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        #expect(result.stdout == String(decoding: try encoder.encode(decoded), as: UTF8.self) + "\n")
    }

    @Test func passwordDigestFromTheEnvironment() async throws {
        let replay = try FixtureReplay("unknown-customer")
        let server = try replay.start()
        defer { server.stop() }
        let result = try await run(
            ["customer", "get", "--base-url", server.baseURL.absoluteString, "--country-code", "1", "--id", "900000417"],
            environment: ["CAPILLARY_USERNAME": "demo.till", "CAPILLARY_PASSWORD_MD5": "4b4d9529148d8d9440d7e20c78287f69"])
        #expect(result.status == 1)
        #expect(server.received.count == 1)
        #expect(server.received.allSatisfy { replay.mismatches($0).isEmpty })
        #expect(result.stderr.contains("900000417: not_found (1012)"))
    }

    /// The OAuth token comes from the environment only, goes in the header the spec names (or the
    /// one given), and shows in no output, even when a proxy's error page echoes it.
    @Test func oauthTokenFromTheEnvironment() async throws {
        let token = "eyJhbGciOiJIUzI1NiJ9.cli-oauth-token-value"
        let server = try LoopbackServer { request in
            LoopbackServer.Reply(
                status: 502, reason: "Bad Gateway", headers: [("Content-Type", "text/plain")],
                body: Data("upstream refused \(request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "; "))".utf8))
        }
        defer { server.stop() }
        let environment = ["CAPILLARY_OAUTH_TOKEN": token]
        let base = ["customer", "get", "--base-url", server.baseURL.absoluteString, "--id", "1", "--retries", "0", "--auth", "oauth-token"]
        let result = try await run(base, environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("HTTP 502"), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("cli-oauth-token"))
        let otherHeader = try await run(base + ["--oauth-token-header", "CAP-API-ACCESS-TOKEN"], environment: environment)
        #expect(otherHeader.status == 1)
        #expect(server.received.map { $0.header("X-CAP-API-OAUTH-TOKEN") } == [token, nil])
        #expect(server.received.map { $0.header("CAP-API-ACCESS-TOKEN") } == [nil, token])
        #expect(server.received.allSatisfy { $0.header("Authorization") == nil })

        let noToken = try await run(base, environment: [:])
        #expect(noToken.status == 1)
        #expect(noToken.stderr.contains("no OAuth token: set CAPILLARY_OAUTH_TOKEN"))
        let mixed = try await run(base + ["--username", "demo.till"], environment: environment)
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("--username, --password and --password-md5 are for --auth basic"))
        #expect(server.received.count == 2)
    }

    @Test func unauthorizedIsAClearFailure() async throws {
        let result = try await run(
            "single-customer", answer: .status(401, reason: "Unauthorized", contentType: "text/plain", body: "Unauthorized"),
            ["--mobile", "447700900123"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("HTTP 401 Unauthorized: the service rejected the credentials"))
        #expect(result.stdout.isEmpty)
    }

    @Test func htmlErrorPageAndTruncatedBody() async throws {
        let html = try await run(
            "single-customer", answer: .status(500, reason: "Internal Server Error", contentType: "text/html", body: "<html>oops</html>"),
            ["--mobile", "447700900123"])
        #expect(html.status == 1)
        #expect(html.stderr.contains("HTTP 500"))
        #expect(html.stderr.contains("the body starts: <html>oops</html>"))

        let truncated = try await run("single-customer", answer: .bodyCutAt(300), ["--mobile", "447700900123"])
        #expect(truncated.status == 1)
        #expect(truncated.stderr.contains("the response body is not what the API documents, at $"))
    }

    @Test func connectionRefusedIsAFailure() async throws {
        let refusing = try RefusingPort()
        let result = try await run(["customer", "get", "--base-url", refusing.baseURL.absoluteString, "--id", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("capillary: the request failed: "))
    }

    @Test func usageErrorsExitOneWithoutSending() async throws {
        let unknown = try await run(["customer", "get", "--base-url", "http://127.0.0.1:9", "--email", "a@x.com", "--emial", "b"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown option '--emial'"))

        let noIdentifier = try await run(["customer", "get", "--base-url", "http://127.0.0.1:9", "--mlp"])
        #expect(noIdentifier.status == 1)
        #expect(noIdentifier.stderr.contains("give one identifier"))

        let gapWithoutMLP = try await run(["customer", "get", "--base-url", "http://127.0.0.1:9", "--id", "1", "--gap-to-upgrade-for", "30"])
        #expect(gapWithoutMLP.status == 1)
        #expect(gapWithoutMLP.stderr.contains("gap_to_upgrade_for requires mlp=true"))

        let remoteHTTP = try await run(["customer", "get", "--base-url", "http://eu.api.capillarytech.com", "--id", "1"])
        #expect(remoteHTTP.status == 1)
        #expect(remoteHTTP.stderr.contains("plain http:// is only allowed to a loopback address"))

        let noPassword = try await run(
            ["customer", "get", "--host", "eu", "--id", "1"], environment: ["CAPILLARY_USERNAME": "demo.till"])
        #expect(noPassword.status == 1)
        #expect(noPassword.stderr.contains("no password"))
    }

    @Test func helpListsEveryParameterOfTheSpec() async throws {
        let help = try await run(["customer", "get", "--help"])
        #expect(help.status == 0)
        for argument in GetCustomerRequest.arguments {
            #expect(help.stdout.contains("--" + argument.swiftName.kebabCased), "missing \(argument.name)")
        }
    }
}

extension String {
    /// `gapToUpgradeFor` → `gap-to-upgrade-for`, as the tool spells options.
    var kebabCased: String {
        var result = ""
        var previous: Character?
        for character in self {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { result.append("-") }
            result.append(Character(character.lowercased()))
            previous = character
        }
        return result
    }
}
