import Foundation
import PackagePlugin

/// Generates Swift from the spec YAML files of the target it is applied to, at build time.
///
/// It declares every input (the spec files) and every output (one `<name>.swift` per spec file,
/// the per-spec-file layout of `specgen sources`), so SwiftPM runs the generator only when a spec
/// changed and never on a build with nothing to do. The generator itself rewrites an output only
/// when its content changed, so an edit that changes nothing in the Swift recompiles nothing.
@main
struct SpecGenBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let specs = target.sourceFiles
            .filter { ["yaml", "yml"].contains($0.url.pathExtension) }
            .map(\.url)
            .sorted { $0.path < $1.path }
        guard !specs.isEmpty else { return [] }

        let outputFolder = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        let outputs = specs.map { outputFolder.appendingPathComponent(outputName(of: $0)) }
        return [
            .buildCommand(
                displayName: "Generating Swift for \(target.name) from \(specs.count) spec file\(specs.count == 1 ? "" : "s")",
                executable: try context.tool(named: "specgen").url,
                arguments: ["sources", "--output", outputFolder.path, "--name", target.name] + specs.map(\.path),
                inputFiles: specs,
                outputFiles: outputs),
        ]
    }

    /// Must match `SwiftLayout.perSpecFileName` in SpecGenKit: `items.yaml` → `items.swift`.
    private func outputName(of spec: URL) -> String {
        spec.deletingPathExtension().lastPathComponent + ".swift"
    }
}
