import ArgumentParser
import SpecGenKit

@main
struct SpecGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen",
        abstract: "Generates Swift models, typed requests and Markdown docs from YAML endpoint specs.",
        subcommands: [Generate.self, Check.self, Lint.self, Sources.self],
        defaultSubcommand: Generate.self)
}

/// Options every subcommand shares.
struct Paths: ParsableArguments {
    @Option(name: .long, help: "The folder of spec files (one subfolder per API).")
    var spec = "Spec"

    @Option(name: .long, help: "The folder generated Swift and docs go to.")
    var output = "Generated"
}

/// Runs the pipeline, printing diagnostics in the compiler's format on failure.
func generateFiles(from paths: Paths) throws -> [OutputFile] {
    do {
        let sources = try SpecSource.discover(root: paths.spec)
        return try Generator().generate(sources)
    } catch let errors as SpecErrors {
        printDiagnostics(errors)
        throw ExitCode.failure
    } catch let error as SpecSourceError {
        printError(error.description)
        throw ExitCode.failure
    }
}

func printDiagnostics(_ errors: SpecErrors) {
    for diagnostic in errors.diagnostics {
        printError(diagnostic.description)
    }
    let count = errors.diagnostics.count
    printError("\(count) error\(count == 1 ? "" : "s"); nothing was written.")
}

func printError(_ text: String) {
    var standardError = StandardError()
    print(text, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleStream.writeToStandardError(string)
    }
}
