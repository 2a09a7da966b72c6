import Foundation
import Testing

/// The `specgen` executable's command line: help printed from the same definitions the parser
/// reads, usage errors on standard error with exit status 64, and the accepted option forms.
@Suite("specgen command line")
struct CommandLineTests {
    let directory = FileManager.default.temporaryDirectory

    @Test func overviewListsTheSubcommandsWithTheDefaultFirst() throws {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let run = try SpecgenCommand.run(arguments, in: directory)
            #expect(run.status == 0)
            #expect(run.standardError.isEmpty)
            #expect(run.standardOutput.first == "OVERVIEW: Generates Swift models, typed requests and Markdown docs from YAML")
            let subcommands = run.standardOutput.drop { $0 != "SUBCOMMANDS:" }.dropFirst()
                .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
                .map { $0.split(separator: " ").first.map(String.init) ?? "" }
            #expect(subcommands == ["generate", "check", "lint", "sources", "export-openapi", "See"])
            #expect(run.standardOutput.contains { $0.hasPrefix("  generate (default)") })
        }
    }

    @Test func subcommandHelpShowsUsageOptionsAndDefaults() throws {
        let viaFlag = try SpecgenCommand.run(["sources", "--help"], in: directory)
        let viaHelp = try SpecgenCommand.run(["help", "sources"], in: directory)
        #expect(viaFlag.status == 0 && viaHelp.status == 0)
        #expect(viaFlag.standardOutput == viaHelp.standardOutput)
        let help = viaFlag.standardOutput
        #expect(help.contains("USAGE: specgen sources --output <output> [--name <name>] <files> ..."))
        #expect(help.contains("  <files>               The spec files of one API."))
        #expect(help.contains("  --output <output>     The folder the Swift files go to."))
        #expect(help.contains("  --name <name>         A name for the API in generated-file headers (e.g. the"))
        #expect(help.contains("                        target's name). (default: Specs)"))
        #expect(help.allSatisfy { $0.count <= 80 })

        let generate = try SpecgenCommand.run(["generate", "-h"], in: directory).standardOutput
        #expect(generate.contains("USAGE: specgen generate [--spec <spec>] [--output <output>] [--quiet]"))
        #expect(generate.contains("  -q, --quiet           Print nothing when successful."))
    }

    @Test(arguments: [
        (["--bogus"], "error: unknown option '--bogus'", "generate"),
        (["check", "-x"], "error: unknown option '-x'", "check"),
        (["generate", "--spec"], "error: missing value for '--spec <spec>'", "generate"),
        (["lint", "--spec", "A", "--spec", "B"], "error: '--spec' given more than once", "lint"),
        (["generate", "--quiet=yes"], "error: '--quiet' takes no value", "generate"),
        (["generate", "extra"], "error: unexpected argument 'extra'", "generate"),
        (["sources", "--output", "Out"], "error: missing <files>", "sources"),
        (["sources", "a.yaml"], "error: missing '--output <output>'", "sources"),
    ])
    func usageErrorsExitWith64AndSayWhatIsWrong(arguments: [String], message: String, command: String) throws {
        let run = try SpecgenCommand.run(arguments, in: directory)
        #expect(run.status == 64)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.first == message)
        #expect(run.standardError.dropFirst().first?.hasPrefix("Usage: specgen \(command) ") == true)
        #expect(run.standardError.last == "  See 'specgen \(command) --help' for more information.")
    }

    @Test func unknownSubcommandIsAUsageError() throws {
        for arguments in [["frobnicate"], ["help", "frobnicate"]] {
            let run = try SpecgenCommand.run(arguments, in: directory)
            #expect(run.status == 64)
            #expect(run.standardError.first == "error: unknown subcommand 'frobnicate'")
        }
    }

    @Test func optionsTakeTheirValueAfterAnEqualsSignOrAsTheNextArgument() throws {
        let spec = TestSpec.repositoryRoot.appendingPathComponent("Spec").path
        // The repository's own specs: one API, however many endpoint files it has.
        let specFiles = try Self.files(under: spec).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.count
        #expect(specFiles > 1)
        for arguments in [["lint", "--spec=\(spec)"], ["lint", "--spec", spec]] {
            let run = try SpecgenCommand.run(arguments, in: directory)
            #expect(run.status == 0)
            #expect(run.standardOutput == ["\(specFiles) spec files, 1 API: no problems."])
        }
    }

    @Test func generateIsTheDefaultSubcommand() throws {
        let output = directory.appendingPathComponent("specgen-default-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let spec = TestSpec.repositoryRoot.appendingPathComponent("Spec").path
        let run = try SpecgenCommand.run(["--spec", spec, "--output", output.path, "-q"], in: directory)
        #expect(run.status == 0)
        #expect(run.standardOutput.isEmpty)
        let check = try SpecgenCommand.run(["check", "--spec", spec, "--output", output.path], in: directory)
        #expect(check.status == 0)
        let written = try Self.files(under: output.path).count
        #expect(written > 1)
        #expect(check.standardOutput == ["\(output.path) is up to date (\(written) files)."])
    }

    /// The paths of the regular files under `folder`, at any depth.
    private static func files(under folder: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    /// The build plugin declares `<stem>.swift` for every spec file it passes, so `specgen sources`
    /// writes one for each, even for a spec file that defines no types or endpoints (the build
    /// failed with "error opening input file" on the missing one).
    @Test func sourcesWritesAFileForEverySpecFileEvenOneThatDefinesNothing() throws {
        let folder = directory.appendingPathComponent("specgen-sources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let api = "specgen: 1\napi:\n  name: Bare\n  module: BareAPI\n  title: Bare API\n"
        try api.write(to: folder.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Out")
        let run = try SpecgenCommand.run(
            ["sources", "--output", output.path, "--name", "Bare", folder.appendingPathComponent("api.yaml").path], in: folder)
        #expect(run.status == 0)
        #expect(run.standardError.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["api.swift"])
        #expect(try String(contentsOf: output.appendingPathComponent("api.swift"), encoding: .utf8) == """
            // Generated by specgen from Bare/api.yaml at build time. Do not edit: change the spec.
            // The spec file defines no types or endpoints. The file is written all the same because the
            // build plugin declares one output per spec file.

            """)
    }

    /// `items.yaml` and `items.yml` would both write `items.swift`: a located error naming both,
    /// and nothing written (one file's types vanished before).
    @Test func sourcesRefusesTwoSpecFilesWithTheSameStem() throws {
        let folder = directory.appendingPathComponent("specgen-stems-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let api = "specgen: 1\napi:\n  name: Bare\n  module: BareAPI\n  title: Bare API\n"
        let types = "  ItemList:\n    kind: object\n    fields:\n      - name: count\n        type: integer\n"
        try api.write(to: folder.appendingPathComponent("items.yaml"), atomically: true, encoding: .utf8)
        try TestSpec.endpoint("", types: types).write(to: folder.appendingPathComponent("items.yml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Out")
        let run = try SpecgenCommand.run(["sources", "--output", output.path, "items.yaml", "items.yml"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError == [
            "items.yml:1:1: error: spec file 'items.yml' writes 'items.swift' in the per-spec-file layout (`specgen sources`, "
                + "the build plugin), as spec file 'items.yaml' does; rename one (first at items.yaml:1:1)",
            "1 error; nothing was written.",
        ])
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
