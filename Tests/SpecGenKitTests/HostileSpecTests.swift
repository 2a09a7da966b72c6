import Foundation
import Testing
@testable import SpecGenKit

/// A spec written to break the generator's output (`HostileSpec/hostile/`): descriptions with
/// `*/`, `/*`, `"""`, `\(`, `#"`, backslashes, carriage returns, direction overrides, zero-width
/// characters, `|`, backticks and HTML; names and values that are keywords, start with digits,
/// hold spaces, dashes and query syntax, or meet after case conversion. The generated Swift must
/// build without a warning and keep every string exactly; the generated Markdown must keep its
/// tables whole.
@Suite("Hostile spec")
struct HostileSpecTests {
    static let specRoot = Bundle.module.resourceURL!.appendingPathComponent("HostileSpec")

    static func generate() throws -> [OutputFile] {
        try Generator().generate(SpecSource.discover(root: specRoot.path))
    }

    /// The spec's own values, read back with the same YAML reader the generator uses.
    static func specValues() throws -> HostileValues {
        let sources = try SpecSource.discover(root: specRoot.path)
        return try HostileValues(Generator().validatedSpecs(sources)[0])
    }

    @Test func noInvisibleOrControlCharacterReachesAnOutputFile() throws {
        for file in try Self.generate() {
            let offending = file.contents.unicodeScalars.filter { $0 != "\n" && DocText.isInvisibleOrControl($0) }
            #expect(offending.isEmpty, "\(file.path) contains \(offending.map { String($0.value, radix: 16) })")
        }
    }

    @Test func markdownTablesKeepTheirColumnsAndShowNoHTML() throws {
        let pages = try Self.generate().filter { $0.path.hasSuffix(".md") }
        #expect(pages.count == 5)
        var tables = 0
        for page in pages {
            var expectedCells: Int?
            for line in page.contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                guard line.hasPrefix("|") else {
                    expectedCells = nil
                    continue
                }
                let cells = MarkdownTableRow.cells(line)
                if let expectedCells {
                    #expect(cells.count == expectedCells, "\(page.path): \(line)")
                } else {
                    expectedCells = cells.count
                    tables += 1
                }
            }
            // Outside code, the only tags are the generated-file marker and line breaks inside cells.
            for line in MarkdownTableRow.prose(of: page.contents).dropFirst() {
                #expect(!line.replacingOccurrences(of: "<br>", with: "").contains("<"), "\(page.path) lets HTML through: \(line)")
            }
        }
        #expect(tables >= 5)
    }

    @Test func namesThatMeetInSwiftAreAnErrorWithoutASwiftName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let api = folder.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: api, withIntermediateDirectories: true)
        for name in ["api.yaml", "get_thing.yaml"] {
            var text = try String(contentsOf: Self.specRoot.appendingPathComponent("hostile/\(name)"), encoding: .utf8)
            text = text.replacingOccurrences(of: "        swift_name: userIDCamel\n", with: "")
            try text.write(to: api.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let sources = try SpecSource.discover(root: folder.path)
        do {
            _ = try Generator().generate(sources)
            Issue.record("a Swift name collision generated output")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "\(api.path)/api.yaml:114:9: error: field 'userId' collides with 'user_id' (both are 'userID' in Swift); set 'swift_name' on one (first at 112:9)",
            ])
        }
    }

    /// Builds the generated module against SpecGenRuntime in a package of its own, with a small
    /// executable that uses it the way an app would, then compares what it prints with the spec.
    @Test func generatedSwiftBuildsWithoutWarningsAndKeepsEveryString() throws {
        let package = try CompiledConsumer(generated: Self.generate())
        let build = try package.build()
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        // Warnings of the generated module, or of the copies of the runtimes it is compiled with.
        let warnings = package.warnings(in: build.output, below: "")
        #expect(warnings.isEmpty, "generated code has warnings:\n\(warnings.joined(separator: "\n"))")
        guard build.status == 0 else { return }

        let values = try Self.specValues()
        let input = HostileConsumerInput(
            query: "*/ \"\"\" \\(x) #\" | & = + # % \u{e9} \u{202E}\r\n", eMail: "a&b=c@example.com",
            keyword: "x&y=z", trace: "it's \u{200B}", stateValues: values.stateValues, unionKey: values.unionKey,
            unionValues: values.unionValues)
        let report = try package.run(input)

        // Closed enums: every value of the spec, in its order.
        #expect(report.modeValues == values.modeValues)
        #expect(report.headerModeValues == values.headerModeValues)
        #expect(report.includeValues == values.switchNames)
        // Open enums: every value known and kept.
        #expect(report.stateValues.map(\.rawValue) == values.stateValues)
        #expect(report.stateValues.allSatisfy { $0.isKnown })
        #expect(report.inlineModeValues == ["on", "off", "*/"])

        // The query: exactly the parameters set, in the spec's order, every byte of every value kept.
        #expect(report.path == values.path)
        #expect(report.query == values.fixedQuery + [
            ["e-mail", input.eMail], ["query", input.query], ["class", input.keyword], ["mode", "*/"], ["strict", "true"],
            ["arguments", input.keyword], ["item", input.trace], ["tag&x=[]", input.query], ["tag&x=[]", input.eMail + ","],
            ["f]&x=[[k]=[]", input.query], ["f]&x=[[class]", input.keyword], ["in", input.keyword],
            ["default", values.switchValue], ["a&b", values.switchValue],
        ])
        #expect(report.headers == [["X-Trace-Id", input.trace], ["X-Mode", "b c"]])
        #expect(report.headerWithLineBreak == "rejected")
        // A parameter named `arguments` read from text by `init(arguments:)`, whose own parameter gives way.
        #expect(report.fromArguments == ["arguments": input.keyword, "item": input.trace, "query": input.query, "in": input.eMail])
        // The parameter rules, enforced by the compiled request: each broken one refused with the
        // parameters named, the request that keeps them accepted.
        #expect(report.ruleChecks == [
            "contact: set at least one of in, phone number",
            "phone number must be >= 1",
            "entity-code requires class to be set",
            "accepted",
            "repeat must not be after return",
            "accepted",
            "default-order=true",
            "give only one values, not 'sort&by' and 'default-order'",
            "give one contact: 'in', 'phone number'",
            "sortBy",
            "state must be one of the values the spec declares",
            "accepted",
            "known state",
            "invalid state",
        ])

        // Decoding keys with quotes, backslashes and spaces, and properties named like the decoder's locals.
        // The state arrives as an alias of `*/`, the entries' wrapper holds two declared fields beside
        // the list, a json value and an undeclared key come back as they were sent (the number with
        // its digits), and a field named like the generated static `wireKeys` is a field like any.
        #expect(report.decoded == [
            "quoteKey": "v1", "container": "v2", "decoder": "v3", "encoder": "v4", "encode": "v5", "class": "v6",
            "state": "*/", "mode": "*/", "entry": "v7", "entriesCount": "3", "entriesWrapper": "v8", "wireKeys": "v9",
            "declaredKeys": #"3ds | Nullable | Type | as | at"time */ | builder | class | container | decoder | default | encode | encoder | entries | for | init | mode | null | odd "*/ | odd kind | quote"key\ */ | raw "json" */ | self | series */ "k" | shape | state | userId | user_id | wireKeys"#,
            "raw": #"{"a":[1.5,null,"x\"y"]}"#,
            "unknownFields": #"{"extra \"key\"":[true]}"#,
            // Maps keep hostile keys exactly, nullable items and values keep their `null`s.
            "series": #"{"series":{"a|\"*/":[],"b":[1.5,null]},"null":null,"as":null,"Nullable":[null,{"d\"*/":"03/04/2020","e":null}]}"#,
            "null": "null", "as": "nil", "shape": "x */",
        ])
        // Each path value is exactly one segment and comes back byte for byte; the spec's own
        // literal text (`%2F` included) is sent as written.
        #expect(report.partSegments == [
            "", "v1", "~a-b_c.d!$&'()*+,;=:@/", input.query, "parts", "7", "a/b?c#d", "03.04.2020.json", input.keyword,
        ])
        #expect(report.partChecks == [
            "same from text",
            "self: a path segment cannot be '.' or '..', which name another resource",
            "class: a path segment cannot be '.' or '..', which name another resource",
            "arguments: a path segment cannot be empty",
            "arguments: a path segment cannot be '.' or '..', which name another resource",
            "path must be >= 1",
            "accepted",
        ])
        // The body: the hostile envelope keys and text sent exactly (as JSON, read back), keys in
        // the spec's order, `as_string` as a string; its rules named by their JSON paths.
        let sent = try #require(try JSONSerialization.jsonObject(with: Data(report.body.utf8)) as? [String: [String: [[String: Any]]]])
        let thing = try #require(sent["ro\"ot"]?["th\\ing"]?.first)
        #expect(thing["class"] as? String == input.query)
        #expect(thing["日本"] as? String == input.trace)
        #expect(thing["a-b c"] as? String == input.eMail)
        #expect(thing["self"] as? String == "3")
        #expect(thing["Self"] as? [String: String] == ["\\(x)": "ok"])
        #expect(report.body.hasPrefix(#"{"ro\"ot":{"th\\ing":[{"class":"#))
        #expect(report.body.contains(#""self":"3","init":true,"日本":"#))
        #expect(report.bodyChecks == [
            #"ro"ot.th\ing[1].class must have at most 40 characters"#,
            #"ro"ot.th\ing[1]: set at least one of class, self"#,
            #"ro"ot.th\ing[1].Self.\(x) must have at most 2 characters"#,
            #"ro"ot.th\ing[1].state must be one of the values the spec declares"#,
            #"ro"ot.th\ing[1].self must be >= 0"#,
            #"ro"ot.th\ing[1].key */ must have at most 2 elements"#,
            #"ro"ot.th\ing[1].key */.b|".y must be one of the values the spec declares"#,
            #"ro"ot.th\ing[1].entry must be >= 0"#,
            "accepted",
            "accepted",
        ])
        // Unions: every variant value (keywords, quotes, `*/`, the union's own member names, empty
        // text) decodes into its declared case and is written back; a value not declared is kept whole.
        #expect(report.unionValues == values.unionValues + ["not a variant"])
        #expect(report.unionKnown == values.unionValues.map { _ in true } + [false])
        #expect(report.unionRoundTrip)
        #expect(report.kindUnionBody == #"["class",1700000000,{"ty\"pe */":"self","value":"v"}]"#)
        #expect(report.reencodedKeys == ["Nullable", "as", "class", "container", "decoder", "encode", "encoder", "entries", "extra \"key\"",
                                         "mode", "null", "quote\"key\\ */", "raw \"json\" */", "series */ \"k\"", "shape", "state", "wireKeys"])
    }
}

/// Splits a GFM table row into cells: at every `|` not escaped with a backslash (GFM treats `\|` as
/// a literal pipe even inside code spans), without the outer pipes. Scalar by scalar, as a Markdown
/// parser reads it: a `|` followed by a combining mark is one `Character` in Swift but still a pipe.
enum MarkdownTableRow {
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for scalar in line.unicodeScalars {
            if escaped {
                current.unicodeScalars.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                current.unicodeScalars.append(scalar)
                escaped = true
            } else if scalar == "|" {
                cells.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        cells.append(current)
        // The text before the first pipe and after the last one are not cells.
        return Array(cells.dropFirst().dropLast())
    }

    /// The lines of a page without fenced code blocks and code spans: the text a renderer would
    /// read as Markdown and HTML.
    static func prose(of page: String) -> [String] {
        var lines: [String] = []
        var fence: String?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let ticks = String(line.prefix { $0 == "`" })
            if let open = fence {
                if ticks.count >= open.count, line.allSatisfy({ $0 == "`" }) { fence = nil }
                continue
            }
            if ticks.count >= 3 {
                fence = ticks
                continue
            }
            lines.append(withoutCodeSpans(line))
        }
        return lines
    }

    /// `line` with every code span (a backtick run up to the next run of the same length) removed.
    private static func withoutCodeSpans(_ line: String) -> String {
        let characters = Array(line)
        var result = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "`", index == 0 || characters[index - 1] != "\\" else {
                result.append(characters[index])
                index += 1
                continue
            }
            var length = 0
            while index + length < characters.count, characters[index + length] == "`" { length += 1 }
            var search = index + length
            var closing: Int?
            while search < characters.count {
                var run = 0
                while search + run < characters.count, characters[search + run] == "`" { run += 1 }
                if run == length { closing = search; break }
                search += max(run, 1)
            }
            guard let closing else {
                result += String(characters[index..<(index + length)])
                index += length
                continue
            }
            index = closing + length
        }
        return result
    }
}

/// What the hostile spec says, for comparing with what the compiled code prints.
struct HostileValues {
    var path: String
    var fixedQuery: [[String]]
    var modeValues: [String]
    var headerModeValues: [String]
    var switchNames: [String]
    var switchValue: String
    var stateValues: [String]
    var unionKey: String
    var unionValues: [String]

    init(_ api: APISpec) throws {
        let endpoint = try #require(api.endpoints.first { $0.name == "get_thing" })
        path = endpoint.path
        fixedQuery = (api.fixedQuery + endpoint.fixedQuery).map { [$0.name, $0.value] }
        func enumValues(_ parameter: ParameterSpec?) -> [String] {
            guard case .enumeration(let values)? = parameter?.type else { return [] }
            return values.map(\.value)
        }
        modeValues = enumValues(endpoint.allParameters.first { $0.name == "mode" })
        headerModeValues = enumValues(endpoint.headers.first { $0.name == "X-Mode" })
        switchNames = endpoint.switches?.switches.map(\.name) ?? []
        switchValue = endpoint.switches?.value ?? ""
        guard case .enumeration(let state)? = api.type(named: "State")?.body else { throw CocoaError(.coderValueNotFound) }
        stateValues = state.map(\.value)
        guard case .union(.tagged(let key, let variants))? = api.type(named: "Odd")?.body else { throw CocoaError(.coderValueNotFound) }
        unionKey = key
        unionValues = variants.map(\.value)
    }
}

struct HostileConsumerInput: Codable {
    var query: String
    var eMail: String
    var keyword: String
    var trace: String
    var stateValues: [String]
    var unionKey: String
    var unionValues: [String]
}

struct HostileConsumerReport: Codable {
    struct OpenValue: Codable {
        var rawValue: String
        var isKnown: Bool
    }

    var modeValues: [String]
    var headerModeValues: [String]
    var includeValues: [String]
    var stateValues: [OpenValue]
    var inlineModeValues: [String]
    var path: String
    var query: [[String]]
    var headers: [[String]]
    var headerWithLineBreak: String
    var fromArguments: [String: String]
    var ruleChecks: [String]
    var decoded: [String: String]
    var reencodedKeys: [String]
    /// The path of a request with path parameters named like keywords, the request's own members
    /// and non-ASCII text, split at `/` and each segment percent-decoded.
    var partSegments: [String]
    /// What the same request built from text arguments is, then what broken path values give.
    var partChecks: [String]
    var body: String
    var bodyChecks: [String]
    /// The discriminator value of each union value as written back, and whether it decoded into
    /// a declared case.
    var unionValues: [String]
    var unionKnown: [Bool]
    var unionRoundTrip: Bool
    var kindUnionBody: String
}

/// A package holding copies of SpecGenRuntime and SpecGenClient, the generated module, and an
/// executable that reads its input as JSON on standard input and prints a JSON report (for the
/// hostile spec, `HostileConsumerInput` and `HostileConsumerReport`). Besides the generated
/// client's swift-openapi-runtime and swift-openapi-urlsession it depends on nothing, so it builds
/// offline. It lives in `.build/<folder>` and files are only rewritten when they change, so after
/// the first run only the generated module is compiled again.
struct CompiledConsumer {
    let root: URL
    let product: String

    /// - Parameters:
    ///   - module: the generated module's name; `product`, the executable's.
    ///   - extraSources: more files of the executable, by name.
    init(
        generated: [OutputFile], folder: String = "hostile-consumer", module: String = "HostileAPI",
        product: String = "HostileCheck", main: String = CompiledConsumer.main, extraSources: [String: String] = [:]
    ) throws {
        root = TestSpec.repositoryRoot.appendingPathComponent(".build/\(folder)")
        self.product = product
        let fileManager = FileManager.default
        let sources = root.appendingPathComponent("Sources")
        var files: [String: String] = [
            "Package.swift": Self.manifest(module: module, product: product), "Sources/\(product)/main.swift": main,
        ]
        for (name, contents) in extraSources {
            files["Sources/\(product)/\(name)"] = contents
        }
        for target in ["SpecGenRuntime", "SpecGenClient"] {
            let folder = TestSpec.repositoryRoot.appendingPathComponent("Sources/\(target)")
            for name in try fileManager.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
                files["Sources/\(target)/\(name)"] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
        for file in generated where file.path.hasSuffix(".swift") {
            files["Sources/" + file.path] = file.contents
        }
        // Files of an earlier run that are no longer produced would be compiled too.
        if let enumerator = fileManager.enumerator(atPath: sources.path) {
            while let path = enumerator.nextObject() as? String {
                if path.hasSuffix(".swift"), files["Sources/" + path] == nil {
                    try fileManager.removeItem(at: sources.appendingPathComponent(path))
                }
            }
        }
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            if (try? String(contentsOf: url, encoding: .utf8)) == contents { continue }
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// The executable's loopback server, as `extraSources`, for a consumer that answers its
    /// client's requests itself.
    static func loopbackServer() throws -> [String: String] {
        let server = try String(
            contentsOf: TestSpec.repositoryRoot.appendingPathComponent("Tests/ConformanceTests/Server/LoopbackServer.swift"),
            encoding: .utf8)
        return ["LoopbackServer.swift": server]
    }

    /// The warnings `output` (of ``build()``) has about files below `Sources/<folder>`: the generated
    /// module's, or with "" those of the runtimes' copies too.
    func warnings(in output: String, below folder: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.contains("warning:") && $0.contains(root.path + "/Sources/" + folder) }
    }

    func build() throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", root.path, "--product", product]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    func run(_ input: HostileConsumerInput) throws -> HostileConsumerReport {
        try run(input, as: HostileConsumerReport.self)
    }

    func run<Input: Encodable, Report: Decodable>(_ input: Input, as _: Report.Type) throws -> Report {
        let process = Process()
        process.executableURL = root.appendingPathComponent(".build/debug/\(product)")
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(try JSONEncoder().encode(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode(Report.self, from: output)
    }

    static func manifest(module: String, product: String) -> String {
        """
        // swift-tools-version: 6.1
        import PackageDescription

        let package = Package(
            name: "\(product)",
            platforms: [.macOS(.v13)],
            dependencies: [
                .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
                .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
                .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
            ],
            targets: [
                .target(name: "SpecGenRuntime"),
                .target(
                    name: "SpecGenClient",
                    dependencies: [
                        "SpecGenRuntime",
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                        .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                    ]
                ),
                .target(
                    name: "\(module)",
                    dependencies: [
                        "SpecGenRuntime", "SpecGenClient", .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                    ]
                ),
                .executableTarget(
                    name: "\(product)",
                    dependencies: [
                        "\(module)", "SpecGenRuntime", "SpecGenClient",
                        .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                    ]
                ),
            ]
        )

        """
    }

    /// The consumer: written against the generated API as an app would, with the hostile strings
    /// arriving as data (JSON on standard input), so that no escaping of this test's is involved.
    static let main = #"""
        import Foundation
        import HostileAPI
        import SpecGenClient
        import SpecGenRuntime

        // The input and the report are plain JSON objects (`HostileConsumerInput` and
        // `HostileConsumerReport` in the test), read and written without types of their own here.
        let input = try JSONSerialization.jsonObject(with: FileHandle.standardInput.readDataToEndOfFile()) as! [String: Any]
        let text = { (key: String) in input[key] as! String }

        // Every scheme's factories, named after schemes called like keywords, `init`, `self` and the endpoint.
        let schemes = [
            HostileClient.basic(username: "u", password: "p"), HostileClient.self_("t"), HostileClient.self_("t", header: "X-Other"),
            HostileClient.self_(provider: { "t" }), HostileClient.`default`("k"), HostileClient.`default`(provider: { "k" }),
            HostileClient.init_("t"), HostileClient.getThing("t"), HostileClient.getThing(provider: { "t" }),
        ]
        precondition(schemes.map(\.schemeName) == ["basic", "self", "self", "self", "default", "default", "init", "get_thing", "get_thing"])

        var request = GetThingRequest(selector: .eMail(text("eMail")), query: text("query"))
        request.`class` = text("keyword")
        request.mode = .commentEnd
        request.strict = true
        request.include = [.ampersand, .`default`]
        request.xTraceID = text("trace")
        request.xMode = .bC
        request.arguments = text("keyword")
        request.item = text("trace")
        request.`in` = text("keyword")
        // Repeated keys: each value its own parameter, the separator (",") in a value harmless.
        request.tags = [text("query"), text("eMail") + ","]
        // Bracketed keys (literal brackets): neither the name nor a key can add one.
        request.filter = .init(key: text("query"), class: text("keyword"))
        let fromArguments = try GetThingRequest(arguments: ArgumentValues([
            "e-mail": text("eMail"), "query": text("query"), "arguments": text("keyword"), "item": text("trace"), "in": text("eMail"),
        ]))

        // The parameter rules: the description of what a changed request breaks, or "accepted".
        func outcome(of request: GetThingRequest, _ change: (inout GetThingRequest) -> Void) -> String {
            var changed = request
            change(&changed)
            do { try changed.validate(); return "accepted" } catch { return error.description }
        }
        func argumentsOutcome(_ values: [String: String]) -> String {
            do { _ = try GetThingRequest(arguments: ArgumentValues(values)); return "accepted" } catch { return error.description }
        }
        var sorted = request
        sorted.values = .defaultOrder(true)
        let sortedQuery = try sorted.pathAndQuery().split(separator: "&").map(String.init)
        let base = ["e-mail": "x", "query": "q", "in": "i"]
        let fromSortArgument = try GetThingRequest(arguments: ArgumentValues(base.merging(["sort&by": "name"]) { $1 }))
        var sortCase = "none"
        if case .sortBy("name")? = fromSortArgument.values { sortCase = "sortBy" }
        // A parameter of the API's open enum: declared values only, from code and from text.
        let firstState = State.knownValues[0]
        let stateFromText = try GetThingRequest(arguments: ArgumentValues(base.merging(["state": firstState.rawValue]) { $1 }))
        var undeclaredStateText = "accepted"
        do {
            _ = try GetThingRequest(arguments: ArgumentValues(base.merging(["state": "not a state"]) { $1 }))
        } catch {
            if case .invalid("state", _) = error { undeclaredStateText = "invalid state" } else { undeclaredStateText = error.description }
        }
        let ruleChecks = [
            outcome(of: request) { $0.`in` = nil },
            outcome(of: request) { $0.phoneNumber = 0 },
            outcome(of: request) { $0.`class` = nil; $0.entityCode = "c" },
            outcome(of: request) { $0.entityCode = "c" },
            outcome(of: request) { $0.`repeat` = 5; $0.`return` = 4 },
            outcome(of: request) { $0.`repeat` = 4; $0.`return` = 4 },
            sortedQuery.filter { $0.hasPrefix("sort") || $0.hasPrefix("default-order") }.joined(separator: "&"),
            argumentsOutcome(base.merging(["sort&by": "name", "default-order": "true"]) { $1 }),
            argumentsOutcome(["e-mail": "x", "query": "q"]),
            sortCase,
            outcome(of: request) { $0.state = .unknown("not a state") },
            outcome(of: request) { $0.state = firstState },
            stateFromText.state == firstState ? "known state" : "lost state",
            undeclaredStateText,
        ]
        let pathAndQuery = try request.pathAndQuery()
        let questionMark = pathAndQuery.firstIndex(of: "?")!
        let query = pathAndQuery[pathAndQuery.index(after: questionMark)...].split(separator: "&").map { pair in
            // The spec writes spaces as "+" (`query_encoding`); a "+" of a value is "%2B", decoded after.
            pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding!
            }
        }
        // Path parameters: every value one segment, whatever it holds; dot segments and empty ones refused.
        let day = try GetPartRequest.日本Format.read("03.04.2020", as: CalendarDate.self)
        let part = GetPartRequest(self_: text("query"), path: 7, class: .pathBreaker, 日本: day, arguments: text("keyword"))
        let partSegments = try part.makePath().split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).removingPercentEncoding!
        }
        let partFromArguments = try GetPartRequest(arguments: ArgumentValues([
            "self": text("query"), "path": "7", "class": "a/b?c#d", "日本": "03.04.2020", "arguments": text("keyword"),
        ]))
        func partOutcome(_ change: (inout GetPartRequest) -> Void) -> String {
            var changed = part
            change(&changed)
            do { _ = try changed.pathAndQuery(); return "accepted" } catch { return error.description }
        }
        let partChecks = [
            partFromArguments == part ? "same from text" : "different from text",
            partOutcome { $0.self_ = ".." },
            partOutcome { $0.`class` = .dotDot },
            partOutcome { $0.arguments = "" },
            partOutcome { $0.arguments = "." },
            partOutcome { $0.path = 0 },
            partOutcome { $0.self_ = "../.." },
        ]

        var broken = request
        broken.xTraceID = "a\r\nX-Injected: 1"
        var headerWithLineBreak = "accepted"
        do { _ = try broken.makeHeaderFields() } catch { headerWithLineBreak = "rejected" }

        let body = #"{"quote\"key\\ */": "v1", "container": "v2", "decoder": "v3", "encoder": "v4", "encode": "v5", "class": "v6", "state": "end */ \"alias\"", "mode": "*/", "entries": {"entry|\"x\"": [{"a b": "v7"}], "count \"*/": 3, "wrapper": "v8"}, "wireKeys": "v9", "raw \"json\" */": {"a": [1.50, null, "x\"y"]}, "extra \"key\"": [true], "series */ \"k\"": {"b": [1.5, null], "a|\"*/": []}, "null": null, "as": null, "shape": {"k|\"*/": {"key|\"*/": "x", "value": "*/"}}, "Nullable": [null, {"d\"*/": "03/04/2020", "e": null}]}"#
        let thing = try JSONDecoder().decode(Thing.self, from: Data(body.utf8))
        let reencoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(thing)) as! [String: Any]
        let again = try JSONDecoder().decode(Thing.self, from: JSONEncoder().encode(thing))
        precondition(again == thing)
        let sortedEncoder = JSONEncoder()
        sortedEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

        // A body whose keys and envelope are hostile, holding the hostile text.
        let newThing = NewThing(
            class: text("query"), self_: 3, init_: true, nihon: text("trace"), aBC: text("eMail"),
            checkBodyRules: text("keyword"), element: "e", value: "v", name: [text("query")], mode: .commentEnd, state: .commentEnd,
            selfObject: .init(interpolated: "ok"))
        let addThing = AddThingRequest(things: [newThing])
        let sentBytes: [UInt8] = try addThing.makeBody()?.bytes ?? []
        let sentBody = String(decoding: sentBytes, as: UTF8.self)
        func bodyOutcome(_ change: (inout NewThing) -> Void) -> String {
            var changed = newThing
            change(&changed)
            do { try AddThingRequest(things: [newThing, changed]).validate(); return "accepted" } catch { return String(describing: error) }
        }
        let bodyChecks = [
            bodyOutcome { $0.`class` = String(repeating: "x", count: 41) },
            bodyOutcome { $0.`class` = nil; $0.self_ = nil },
            bodyOutcome { $0.selfObject = .init(interpolated: "long") },
            bodyOutcome { $0.state = .unknown("not a state") },
            bodyOutcome { $0.self_ = -1 },
            bodyOutcome { $0.key = ["a": ["x": .commentEnd], "b": [:], "c": [:]] },
            bodyOutcome { $0.key = ["b|\"": ["y": .unknown("nope")]] },
            bodyOutcome { $0.entry = .value(-2) },
            bodyOutcome { $0.entry = .null; $0.key = ["a": ["x": .commentEnd]] },
            bodyOutcome { _ in },
        ]

        // Unions: an object for each variant value, and one the spec does not declare.
        let unionKey = text("unionKey")
        let oddObjects = (input["unionValues"] as! [String] + ["not a variant"]).map { [unionKey: $0, "value": "v"] }
        let odds = try JSONDecoder().decode([Odd].self, from: JSONSerialization.data(withJSONObject: oddObjects))
        let oddsWritten = try JSONSerialization.jsonObject(with: Data(JSONBodyWriter.bytes(of: odds))) as! [[String: String]]
        let oddKinds = try JSONDecoder().decode(
            [OddKind].self, from: JSONSerialization.data(withJSONObject: ["class", 1_700_000_000, [unionKey: "self", "value": "v"]]))

        let report: [String: Any] = [
            "modeValues": GetThingRequest.Mode.allCases.map(\.rawValue),
            "headerModeValues": GetThingRequest.HeaderMode.allCases.map(\.rawValue),
            "includeValues": GetThingRequest.Include.allCases.map(\.rawValue),
            "stateValues": (input["stateValues"] as! [String]).map { value -> [String: Any] in
                let state = State(rawValue: value)
                if case .unknown = state { return ["rawValue": state.rawValue, "isKnown": false] }
                return ["rawValue": state.rawValue, "isKnown": true]
            },
            "inlineModeValues": ["on", "off", "*/"].map { Thing.Mode(rawValue: $0).rawValue },
            "path": GetThingRequest.path,
            "query": query,
            "headers": try request.makeHeaderFields().map { [$0.name, $0.value] },
            "headerWithLineBreak": headerWithLineBreak,
            "fromArguments": [
                "arguments": fromArguments.arguments!, "item": fromArguments.item!, "query": fromArguments.query, "in": fromArguments.`in`!,
            ],
            "ruleChecks": ruleChecks,
            "decoded": [
                "quoteKey": thing.quoteKey ?? "", "container": thing.container ?? "", "decoder": thing.decoder ?? "",
                "encoder": thing.encoder ?? "", "encode": thing.encode ?? "", "class": thing.`class` ?? "",
                "state": thing.state.rawValue, "mode": thing.mode?.rawValue ?? "", "entry": thing.entries?.first?.aB ?? "",
                "entriesCount": String(thing.entriesCount ?? -1), "entriesWrapper": thing.entriesWrapper ?? "",
                "wireKeys": thing.wireKeys ?? "", "declaredKeys": Thing.wireKeys.sorted().joined(separator: " | "),
                "raw": String(decoding: try sortedEncoder.encode(thing.raw), as: UTF8.self),
                "unknownFields": String(decoding: try sortedEncoder.encode(thing.unknownFields), as: UTF8.self),
                "series": String(decoding: try JSONBodyWriter.bytes(of: MapsOfThing(thing)), as: UTF8.self),
                "null": thing.null == .null ? "null" : "not null", "as": thing.`as` == nil ? "nil" : "value",
                "shape": thing.shape?["k|\"*/"].map { ($0.key ?? "") + " " + ($0.value?.rawValue ?? "") } ?? "",
            ],
            "reencodedKeys": reencoded.keys.sorted(),
            "partSegments": partSegments,
            "partChecks": partChecks,
            "body": sentBody,
            "bodyChecks": bodyChecks,
            "unionValues": oddsWritten.map { $0[unionKey]! },
            "unionKnown": odds.map { odd -> Bool in
                if case .unknown = odd { return false }
                return true
            },
            "unionRoundTrip": (oddsWritten as NSArray).isEqual(to: oddObjects),
            "kindUnionBody": String(decoding: try JSONBodyWriter.bytes(of: oddKinds), as: UTF8.self),
        ]
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: report))

        /// Thing's map and nullable fields, written as a request body writes them: in field order,
        /// map keys in byte order, `null` where it came.
        struct MapsOfThing: Encodable {
            var thing: Thing
            init(_ thing: Thing) { self.thing = thing }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeValue(thing.series, forKey: "series", as: .map(.list(.nullable(.scalar(Double.self)))))
                try container.encodeNullable(thing.null, forKey: "null", as: .scalar(String.self))
                try container.encodeRequiredNullable(thing.`as`, forKey: "as", as: .scalar(Double.self))
                try container.encodeValue(
                    thing.nullable, forKey: "Nullable", as: .list(.nullable(.map(.nullable(.formatted(CalendarDate.self, format: Thing.nullableFormat))))))
            }
        }

        """#
}
