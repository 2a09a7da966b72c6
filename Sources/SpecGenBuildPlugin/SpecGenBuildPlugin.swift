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
        // Two specs with one output name (`items.yaml`, `items.yml`) would make SwiftPM stop at
        // "multiple producers" before the generator runs; each name is declared once (ignoring
        // case, as macOS does), so the generator runs and reports the clash, naming both spec files.
        var declared: Set<String> = []
        let outputs = specs.map { outputName(of: $0) }
            .filter { declared.insert($0.uppercased().lowercased()).inserted }
            .map { outputFolder.appendingPathComponent($0) }
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
