import Foundation
import Testing
@testable import SpecGenKit

/// Request bodies end to end on `BodyFixture`: the generated Swift (compiled without warnings,
/// with the docs' examples), what it sends and refuses when run, the docs, and the validator.
@Suite("Request bodies")
struct RequestBodyTests {
    static func generated() throws -> [OutputFile] {
        try Generator().generate([TestSpec.source(BodyFixture.files, folder: "loyal")])
    }

    static func swift(_ path: String) throws -> String {
        try #require(try generated().first { $0.path == "LoyalAPI/" + path }?.contents)
    }

    @Test func theModuleAndItsDocExamplesCompileWithoutWarnings() throws {
        var files: [String: String] = [:]
        var snippets: [String] = []
        for file in try Self.generated() {
            if file.path.hasSuffix(".swift") { files[file.path] = file.contents }
            if file.path.hasSuffix(".md") { snippets += GeneratedNamesCompileTests.swiftBlocks(in: file.contents) }
        }
        #expect(snippets.count == 4)
        // An app's file that builds requests imports the runtime, whose types (dates) bodies hold.
        files["DocExamples.swift"] = "import SpecGenRuntime\n\n" + snippets.enumerated().map { index, snippet in
            "func example\(index)(client: LoyalClient) async throws {\n\(snippet)\n_ = result\n}\n"
        }.joined(separator: "\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-bodies-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SwiftCompiler().compile(module: "LoyalAPI", files: files, in: folder)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")
    }

    @Test func theRequestHoldsTheBodyWithoutAnEnvelopeType() throws {
        let request = try Self.swift("Requests/AddMembersRequest.swift")
        #expect(request.contains("    public var members: [NewMember]\n"))
        #expect(request.contains("    public init(members: [NewMember]) {\n"))
        #expect(request.contains("""
                public func makeBody() throws(RequestValidationError) -> RequestBody? {
                    try BodyRules.checkCount(members, field: "root.member", maxItems: 3)
                    try BodyRules.checkEach(members, field: "root.member")
                    return try RequestBody.json(members, envelope: ["root", "member"])
                }
            """))
        let update = try Self.swift("Requests/UpdateMemberRequest.swift")
        #expect(update.contains("    public var newMember: NewMember?\n"))
        #expect(update.contains("""
                    guard let value = newMember else { return nil }
                    try BodyRules.check(value, field: "")
                    return try RequestBody.json(value)
            """))
        let token = try Self.swift("Requests/IssueTokenRequest.swift")
        #expect(token.contains("return try RequestBody.form(form, listSeparators: [\"audiences\": \",\"])"))
        #expect(token.contains("public struct Form: Codable, Sendable, Equatable, WireObject, BodyValue {"))
        let redeem = try Self.swift("Requests/RedeemRequest.swift")
        #expect(redeem.contains("public init(redeem: Redeem) {"))
        let arguments = try Self.swift("Requests/AddMembersRequest+Arguments.swift")
        #expect(arguments.contains("let members = try arguments.requiredBody([NewMember].self, envelope: [\"root\", \"member\"])"))
    }

    @Test func bodyTypesCheckTheirRules() throws {
        let model = try Self.swift("Models/NewMember.swift")
        #expect(model.contains("public struct NewMember: Codable, Sendable, Equatable, WireObject, BodyValue {"))
        #expect(model.contains("""
                public static func checkBodyRules(_ value: Self) throws(RequestValidationError) {
                    try BodyRules.check(value.mobile, field: "mobile", maxLength: 12)
                    try BodyRules.check(value.externalID, field: "external_id", minimum: 1)
                    try BodyRules.check(value.name, field: "name", minLength: 1)
                    try BodyRules.check(value.points, field: "points", minimum: 0)
                    try BodyRules.checkDeclared(value.tier, field: "tier")
                    try BodyRules.checkCount(value.tags, field: "tags", maxItems: 2)
                    try BodyRules.checkEach(value.tags, field: "tags") { element, name throws(RequestValidationError) in try BodyRules.check(element, field: name, maxLength: 3) }
                    try BodyRules.checkEach(value.fields, field: "fields")
                    try BodyRules.checkAtLeastOne([value.mobile != nil, value.email != nil], fields: ["mobile", "email"])
                }
            """))
        // `as_string`: written as a string, read from one.
        #expect(model.contains("try container.encodeAsString(points, forKey: \"points\")"))
        #expect(model.contains("points = try container.decodeScalar(Double.self, forKey: \"points\", leniency: [.stringEncodedNumbers, .stringEncodedBooleans])"))
        // Response-only types are not body types.
        #expect(try !Self.swift("Models/MemberResult.swift").contains("BodyValue"))
    }

    @Test func theClientMatchesItemsWithTheElementsSent() throws {
        let client = try Self.swift("LoyalClient.swift")
        #expect(client.contains("public typealias AddMembersResult = BatchResult<AddResponse, MemberResult, LoyalFailureReason>"))
        #expect(client.contains("""
                    let items = body.response.members ?? []
                    let values: [[String?]] = request.members.map { (element: NewMember) -> [String?] in [element.mobile, element.email, element.externalID?.queryText] }
                    let echo: (MemberResult) -> [String?] = { [$0.mobile, $0.email, $0.externalID?.queryText] }
                    return try Self.outcomes.result(of: body, status: report, elements: values, items: items, echo: echo, itemStatus: Self.itemStatus)
            """))
    }

    /// Without `match` the items answer the elements in order, and the echo closure reads nothing
    /// of an item: it still takes one (`{ [] }` was a closure of no arguments, which did not
    /// compile; found by the generative specs).
    @Test func withoutMatchTheEchoClosureStillTakesTheItem() throws {
        var files = BodyFixture.files
        files["add_members.yaml"] = files["add_members.yaml"]!.replacingOccurrences(of: "    match: [mobile, email, external_id]\n", with: "")
        var swift: [String: String] = [:]
        for file in try Generator().generate([TestSpec.source(files, folder: "loyal")]) where file.path.hasSuffix(".swift") {
            swift[file.path] = file.contents
        }
        let client = try #require(swift["LoyalAPI/LoyalClient.swift"])
        #expect(client.contains("""
                    let values: [[String?]] = request.members.map { (element: NewMember) -> [String?] in [] }
                    let echo: (MemberResult) -> [String?] = { _ in [] }
            """))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-bodies-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SwiftCompiler().compile(module: "LoyalAPI", files: swift, in: folder)
        #expect(result.status == 0 && !result.output.contains("warning:"), "\(result.output)")
    }

    /// The generated code, run: the bytes it sends and the errors it throws.
    @Test func theGeneratedCodeSendsAndRefusesAsTheSpecSays() throws {
        var files: [String: String] = [:]
        for file in try Self.generated() where file.path.hasSuffix(".swift") && !file.path.hasSuffix("LoyalClient.swift")
            && !file.path.hasSuffix("FailureReason.swift") {
            files[file.path] = file.contents
        }
        files["main.swift"] = Self.program
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-body-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (built, output) = try SwiftProgram().run(files: files, in: folder)
        #expect(built, "\(output)")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == Self.expectedOutput, "\(output)")
    }

    static let program = #"""
        import Foundation
        import SpecGenRuntime

        func body(_ request: some EndpointRequest) -> String {
            do {
                guard let body = try request.makeBody() else { return "no body" }
                return body.contentType + " " + String(decoding: body.bytes, as: UTF8.self)
            } catch {
                return "refused: \(error)"
            }
        }

        let ann = NewMember(
            mobile: "9199", name: "Ann \"A\"", points: 12.5, tier: .gold,
            joinedOn: try NewMember.joinedOnFormat.read("31-08-2016", as: CalendarDate.self), tags: ["a", "b"],
            fields: [.init(key: "k", value: "v/\u{1}")])
        let bob = NewMember(email: "b@x", externalID: 7, name: "Bob", points: 0.00001)
        let request = AddMembersRequest(members: [ann, bob])
        print(body(request))
        // Determinism: the same value, the same bytes.
        print(try request.makeBody() == request.makeBody())
        // Round trip: the body read back (from inside its envelope) is the value sent.
        let bytes = try request.makeBody()!.bytes
        let readBack = try AddMembersRequest(arguments: ArgumentValues([:], body: bytes))
        print(readBack == request)

        var broken = bob
        broken.mobile = "1234567890123"
        print(body(AddMembersRequest(members: [ann, ann, broken])))
        print(body(AddMembersRequest(members: [ann, ann, ann, ann])))
        print(body(AddMembersRequest(members: [NewMember(name: "Nobody")])))
        var badField = ann
        badField.fields = [.init(key: "ok"), .init(key: "toolong")]
        print(body(AddMembersRequest(members: [bob, badField])))
        var badTag = ann
        badTag.tags = ["abcd"]
        print(body(AddMembersRequest(members: [badTag])))
        var undeclared = ann
        undeclared.tier = .unknown("PLATINUM")
        print(body(AddMembersRequest(members: [undeclared])))
        var negative = ann
        negative.points = -1
        print(body(AddMembersRequest(members: [negative])))
        var notFinite = ann
        notFinite.points = .infinity
        print(body(AddMembersRequest(members: [notFinite])))
        var secret = ann
        secret.name = ""
        print(body(AddMembersRequest(members: [secret])))
        // validate() checks the body too.
        do { try AddMembersRequest(members: [broken]).validate(); print("valid") } catch { print("validate: \(error)") }

        print(body(RedeemRequest(redeem: .init(points: 10, note: "n"))))
        print(body(RedeemRequest(redeem: .init(points: 0))))
        print(body(RedeemRequest(redeem: .init(points: 5, lines: ["a"], linesCount: 1))))
        print(body(RedeemRequest(redeem: .init(points: 5, lines: ["a"], linesCount: 0))))
        var update = UpdateMemberRequest()
        print(body(update))
        update.newMember = NewMember(mobile: "1", name: "x")
        print(body(update))
        update.newMember = NewMember(name: "x")
        print(body(update))
        var token = IssueTokenRequest(form: .init(grantType: .clientCredentials, scope: "a b&c", ttl: 60))
        print(body(token))
        token.form.audiences = ["web", "pos,till"]
        print(body(token))
        token.form.audiences = ["web", "pos"]
        print(body(token))
        token.form.grantType = .unknown("password")
        print(body(token))
        do { _ = try AddMembersRequest(arguments: ArgumentValues([:])) } catch { print(error) }
        do {
            _ = try AddMembersRequest(arguments: ArgumentValues([:], body: Array(#"{"root":{"member":[{"name":1}]}}"#.utf8)))
        } catch {
            print(error)
        }
        """#

    static let expectedOutput = [
        #"application/json {"root":{"member":[{"mobile":"9199","name":"Ann \"A\"","points":"12.5","tier":"GOLD","joined_on":"31-08-2016","tags":["a","b"],"fields":[{"key":"k","value":"v/\u0001"}]},{"email":"b@x","external_id":7,"name":"Bob","points":"0.00001"}]}}"#,
        "true",
        "true",
        "refused: root.member[2].mobile must have at most 12 characters",
        "refused: root.member must have at most 3 elements",
        "refused: root.member[0]: set at least one of mobile, email",
        "refused: root.member[1].fields[1].key must have at most 5 characters",
        "refused: root.member[0].tags[0] must have at most 3 characters",
        "refused: root.member[0].tier must be one of the values the spec declares",
        "refused: root.member[0].points must be >= 0",
        "refused: root.member[0].points must be a finite number",
        "refused: root.member[0].name must have at least 1 character",
        "validate: root.member[0].mobile must have at most 12 characters",
        #"application/json {"root":{"redeem":{"points":10,"note":"n"}}}"#,
        "refused: root.redeem.points must be >= 1",
        #"application/json {"root":{"redeem":{"points":5,"lines":{"line":["a"],"count":1}}}}"#,
        "refused: root.redeem.lines.count must be >= 1",
        "no body",
        #"application/json {"mobile":"1","name":"x"}"#,
        "refused: body: set at least one of mobile, email",
        "application/x-www-form-urlencoded grant_type=client_credentials&scope=a%20b%26c&ttl=60",
        #"refused: audiences: a value contains ",", the list separator; it would be split into two values"#,
        "application/x-www-form-urlencoded grant_type=client_credentials&scope=a%20b%26c&ttl=60&audiences=web%2Cpos",
        "refused: grant_type must be one of the values the spec declares",
        "the request needs a body",
        "the body: root.member[0].name has the wrong type",
        "",
    ]

    @Test func theDocsShowTheBodyAsSent() throws {
        let page = try #require(try Self.generated().first { $0.path == "Docs/Loyal/add_members.md" }?.contents)
        #expect(page.contains("## Request body\n\nSent as `application/json`, inside `{\"root\": {\"member\": …}}`; required. "
            + "Swift: the request's `members` property, a `[NewMember]`."))
        #expect(page.contains("| `root.member[].mobile` | string | no | at most 12 characters |   |"))
        #expect(page.contains("| `root.member[].tags[]` | list of string | no | each at most 3 characters; at most 2 elements |   |"))
        #expect(page.contains("| `root.member[].fields[].key` | string | yes | at most 5 characters |   |"))
        #expect(page.contains("| `root.member[]` | object |   | at least one of mobile, email is set |   |"))
        #expect(page.contains(#"  --data '{"root":{"member":[{"mobile":"9199","name":"Ann \"A\" / B","points":"12.5","tier":"GOLD","joined_on":"31-08-2016"},{"email":"b@example.com","external_id":7,"name":"Bob"}]}}'"#))
        #expect(page.contains("let request = AddMembersRequest(members: [NewMember(mobile: \"9199\", name: \"Ann \\\"A\\\" / B\", points: 12.5, tier: .gold, "
            + "joinedOn: try NewMember.joinedOnFormat.read(\"31-08-2016\", as: CalendarDate.self)), NewMember(email: \"b@example.com\", externalID: 7, name: \"Bob\")])"))
        #expect(page.contains("answer the elements of the request body one by one: an item that echoes an element's `mobile`, `email`, `external_id`"))
    }

    @Test func formAndOptionalBodiesInTheDocs() throws {
        let pages = try Self.generated()
        let token = try #require(pages.first { $0.path == "Docs/Loyal/issue_token.md" }?.contents)
        #expect(token.contains("  --header 'Content-Type: application/x-www-form-urlencoded' \\\n  --data 'grant_type=client_credentials&scope=read%20write%26more&ttl=3600&audiences=web%2Cpos'"))
        #expect(token.contains("let request = IssueTokenRequest(form: IssueTokenRequest.Form(grantType: .clientCredentials, scope: \"read write&more\", ttl: 3600, audiences: [\"web\", \"pos\"]))"))
        #expect(token.contains("| `audiences[]` | list of string | no | in a form, sent as one value joined by \",\" |   |"))
        let update = try #require(pages.first { $0.path == "Docs/Loyal/update_member.md" }?.contents)
        #expect(update.contains(#"  --data '{"email":"new@example.com","name":"Ann","fields":[{"key":"k","value":"v"}]}'"#))
        #expect(update.contains("var request = UpdateMemberRequest()\nrequest.newMember = NewMember(email: \"new@example.com\", name: \"Ann\", "
            + "fields: [NewMember.Fields(key: \"k\", value: \"v\")])"))
        #expect(update.contains("Sent as `application/json`; optional (no body is sent without it)."))
        let redeem = try #require(pages.first { $0.path == "Docs/Loyal/redeem.md" }?.contents)
        #expect(redeem.contains("| `root.redeem.lines.line[]` | list of string | no |   |   |\n| `root.redeem.lines.count` | integer | no | &gt;= 1 |   |"))
    }

    /// An endpoint answered with one item object takes a list body of one element.
    @Test func aSingleItemEndpointTakesOneElement() {
        var files = ["api.yaml": BodyFixture.files["api.yaml"]!]
        files["one.yaml"] = """
            specgen: 1
            endpoint:
              name: add_one
              method: POST
              path: /v1/member/add_one
              summary: Adds one member.
              body:
                type: list
                items: NewMember
              response:
                type: AddResponse
                item: response.member

            """
        #expect(TestSpec.diagnostics(files, folder: "loyal") == [
            "Spec/loyal/one.yaml:12:11: error: response 'item' answers one element, so a list body needs 'max_items: 1'",
        ])
        files["one.yaml"] = files["one.yaml"]!.replacingOccurrences(of: "items: NewMember\n", with: "items: NewMember\n    max_items: 1\n")
        #expect(TestSpec.diagnostics(files, folder: "loyal") == [])
    }

    /// Example bodies are checked like the requests the generated code would send.
    @Test func exampleBodiesAreChecked() {
        var files = BodyFixture.files
        files["add_members.yaml"] = files["add_members.yaml"]!
            .replacingOccurrences(of: "points: 12.5", with: "points: -2\n          colour: red")
            .replacingOccurrences(of: "tier: GOLD", with: "tier: BRONZE")
            .replacingOccurrences(of: "joined_on: 31-08-2016", with: "joined_on: 2016-08-31")
            .replacingOccurrences(of: "name: Bob", with: "nick: Bob")
        files["redeem.yaml"] = files["redeem.yaml"]!.replacingOccurrences(of: "body:\n        points: 10", with: "arguments: {}")
        #expect(TestSpec.diagnostics(files, folder: "loyal") == [
            "Spec/loyal/add_members.yaml:24:19: error: example body: root.member[0].points must be >= 0",
            "Spec/loyal/add_members.yaml:25:11: error: example body: root.member[0] has no field 'colour'",
            "Spec/loyal/add_members.yaml:26:22: error: example body: root.member[0].joined_on: '2016-08-31' is not a date written DD-MM-YYYY",
            "Spec/loyal/add_members.yaml:27:17: error: example body: root.member[0].tier: 'BRONZE' is not one of the allowed values 'GOLD', 'SILVER'",
            "Spec/loyal/add_members.yaml:28:11: error: example body: root.member[1] needs the required field 'name'",
            "Spec/loyal/add_members.yaml:29:11: error: example body: root.member[1] has no field 'nick'",
            "Spec/loyal/redeem.yaml:28:7: error: example needs a 'body': the endpoint's body is required",
        ])
    }

    /// A unix time in an example body is the count, sent as a JSON number (not quoted as dates are).
    @Test func exampleBodiesSendAUnixTimeAsANumber() throws {
        var files = BodyFixture.files
        for (name, text) in files {
            files[name] = text
                .replacingOccurrences(of: "type: date\n", with: "type: datetime\n")
                .replacingOccurrences(of: "format: DD-MM-YYYY", with: "format: unix_seconds")
                .replacingOccurrences(of: "joined_on: 31-08-2016", with: "joined_on: 1700000000")
        }
        let generated = try Generator().generate([TestSpec.source(files, folder: "loyal")])
        let page = try #require(generated.first { $0.path == "Docs/Loyal/add_members.md" }?.contents)
        #expect(page.contains(#""tier":"GOLD","joined_on":1700000000}"#), "\(page)")
        #expect(page.contains(#"joinedOn: try NewMember.joinedOnFormat.read("1700000000", as: DateTime.self)"#), "\(page)")
        files["add_members.yaml"] = files["add_members.yaml"]!.replacingOccurrences(of: "joined_on: 1700000000", with: "joined_on: 2023-11-14")
        #expect(TestSpec.diagnostics(files, folder: "loyal") == [
            "Spec/loyal/add_members.yaml:25:22: error: example body: root.member[0].joined_on: '2023-11-14' is not a date and time written unix_seconds",
        ])
    }

    /// A value of the wrong JSON kind names the kind with its article: "an integer", not "a integer".
    @Test func exampleBodyKindMismatchReadsAsEnglish() {
        var files = BodyFixture.files
        files["add_members.yaml"] = files["add_members.yaml"]!.replacingOccurrences(of: "external_id: 7", with: "external_id: [7]")
        #expect(TestSpec.diagnostics(files, folder: "loyal") == [
            "Spec/loyal/add_members.yaml:29:24: error: example body: root.member[1].external_id must be an integer, found a list",
        ])
    }

    /// `answers: body` names a parameter group called `body` when the endpoint has no body: a spec
    /// that linted before bodies existed still does (found by the generative specs).
    @Test func aGroupNamedBodyIsStillWhatAnswersNames() {
        var files = ["api.yaml": BodyFixture.files["api.yaml"]!]
        files["find.yaml"] = """
            specgen: 1
            endpoint:
              name: find_members
              method: GET
              path: /v1/member/get
              summary: Finds members.
              response:
                type: AddResponse
                items: response.members
                answers: body
              parameters:
                - group: body
                  require: exactly_one
                  parameters:
                    - name: mobile
                      type: string
                      list: ","
                    - name: email
                      type: string
                      list: ","

            """
        #expect(TestSpec.diagnostics(files, folder: "loyal") == [])
        files["find.yaml"] = files["find.yaml"]!.replacingOccurrences(of: "answers: body\n", with: "answers: body\n    match: [mobile]\n")
        #expect(TestSpec.diagnostics(files, folder: "loyal") == [
            "Spec/loyal/find.yaml:11:12: error: 'match' applies only with 'answers: body' naming the request body; here 'body' is a parameter",
        ])
    }
}
