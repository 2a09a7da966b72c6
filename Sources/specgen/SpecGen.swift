#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@main
enum SpecGen {
    /// The first is the default, run when no subcommand is named.
    static let subcommands = [
        Subcommand(definition: Generate.definition, run: Generate.run),
        Subcommand(definition: Check.definition, run: Check.run),
        Subcommand(definition: Lint.definition, run: Lint.run),
        Subcommand(definition: Sources.definition, run: Sources.run),
        Subcommand(definition: ExportOpenAPI.definition, run: ExportOpenAPI.run),
    ]

    static func main() {
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    static func run(_ arguments: [String]) -> Int32 {
        let definitions = subcommands.map(\.definition)
        var arguments = arguments[...]
        if arguments.first == "help" {
            arguments.removeFirst()
            guard let name = arguments.first else {
                print(HelpText.overview(of: definitions), terminator: "")
                return 0
            }
            guard let command = subcommands.first(where: { $0.definition.name == name }) else {
                printError("error: unknown subcommand '\(name)'")
                return exitUsage
            }
            print(HelpText.help(for: command.definition), terminator: "")
            return 0
        }
        if arguments == ["-h"] || arguments == ["--help"] {
            print(HelpText.overview(of: definitions), terminator: "")
            return 0
        }
        var command = subcommands[0]
        if let name = arguments.first, !name.hasPrefix("-") {
            guard let named = subcommands.first(where: { $0.definition.name == name }) else {
                printError("error: unknown subcommand '\(name)'\n\(HelpText.overview(of: definitions))")
                return exitUsage
            }
            command = named
            arguments.removeFirst()
        }
        do {
            let parsed = try ParsedArguments.parse(Array(arguments), for: command.definition)
            if parsed.wantsHelp {
                print(HelpText.help(for: command.definition), terminator: "")
                return 0
            }
            return try command.run(parsed)
        } catch let error as UsageError {
            printError(HelpText.usageError(error, command: command.definition), terminator: "")
            return exitUsage
        } catch {
            printError("error: \(error)")
            return 1
        }
    }

    /// `EX_USAGE` from sysexits.h, as swift-argument-parser and most Unix tools use.
    static let exitUsage: Int32 = 64
}

func printError(_ text: String, terminator: String = "\n") {
    var standardError = StandardError()
    print(text, terminator: terminator, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        writeAll(string, to: STDERR_FILENO)
    }
}

/// Writes all of `text` to a file descriptor with POSIX calls: `FileHandle` would need the full
/// Foundation library, whose loading would cost this short-lived process more than its work.
private func writeAll(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        bytes = bytes.dropFirst(written)
    }
}
