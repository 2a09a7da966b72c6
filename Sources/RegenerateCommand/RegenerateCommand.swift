import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory regenerate`: rewrites `Generated/` (Swift,
/// docs and OpenAPI documents) from `Spec/`, removes stale generated files, and prints what changed. Extra arguments
/// are passed to `specgen generate` (e.g. `--spec`, `--output`, `--quiet`).
@main
struct RegenerateCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "specgen")
        let package = context.package.directoryURL
        var specgenArguments = ["generate"]
        if !arguments.contains("--spec") {
            specgenArguments += ["--spec", package.appendingPathComponent("Spec").path]
        }
        if !arguments.contains("--output") {
            specgenArguments += ["--output", package.appendingPathComponent("Generated").path]
        }
        specgenArguments += arguments

        let process = Process()
        process.executableURL = tool.url
        process.arguments = specgenArguments
        process.currentDirectoryURL = package
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("specgen generate failed (exit status \(process.terminationStatus)); see the errors above")
            throw RegenerateError.generatorFailed
        }
    }
}

enum RegenerateError: Error {
    case generatorFailed
}
