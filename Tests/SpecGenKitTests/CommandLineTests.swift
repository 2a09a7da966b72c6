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
            #expect(subcommands == ["generate", "check", "lint", "sources", "See"])
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
        for arguments in [["lint", "--spec=\(spec)"], ["lint", "--spec", spec]] {
            let run = try SpecgenCommand.run(arguments, in: directory)
            #expect(run.status == 0)
            #expect(run.standardOutput == ["2 spec files, 1 APIs: no problems."])
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
        #expect(check.standardOutput == ["\(output.path) is up to date (13 files)."])
    }
}
