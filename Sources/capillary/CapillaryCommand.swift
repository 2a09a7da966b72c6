import ArgumentParser
import Foundation
import SpecGenClient

/// `capillary`: look up loyalty customers from a terminal, through the generated client.
@main
struct CapillaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capillary",
        abstract: "Query and update the Capillary Loyalty API.",
        discussion: """
            Credentials come from --username and --password (or --password-md5), or from the \
            environment: CAPILLARY_USERNAME, CAPILLARY_PASSWORD or CAPILLARY_PASSWORD_MD5. With \
            --auth oauth-token, an OAuth access token comes from CAPILLARY_OAUTH_TOKEN (never from the \
            command line) and goes in the X-CAP-API-OAUTH-TOKEN header, or the one --oauth-token-header names. \
            Write subcommands take the request body with --body FILE (or - for standard input), \
            check it against the spec before sending, and print the request instead of sending it \
            with --dry-run (as customer get does). Exit status: 0 when every customer asked for was \
            found or every element sent succeeded, 2 when some did, 1 otherwise.
            """,
        subcommands: [CustomerCommand.self, TransactionCommand.self, PointsCommand.self, CouponCommand.self])

    /// Usage errors exit with 1 like every other failure (ArgumentParser's own code is 64), so
    /// that scripts only need to tell 0, 1 and 2 apart.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // The message quotes the command line and the spec's names: printed line by line, escaped.
                let lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                let message = lines.map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(ExitCode.failure.rawValue)
            }
            exit(withError: error)
        }
    }
}

struct CustomerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer", abstract: "Loyalty customers.",
        subcommands: [CustomerGetCommand.self, CustomerAddCommand.self, CustomerUpdateCommand.self])
}

/// Writes a line to standard error. The message may quote a server or a spec (a status message, an
/// item's failure, a transport's error), so it is escaped for the terminal here, once for all.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("capillary: " + TerminalText.escaped(message) + "\n").utf8))
}
