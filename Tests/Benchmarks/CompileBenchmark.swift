import Foundation

/// What every app pays for the generated code: compiling the generated module, in a debug and a
/// release configuration, against the `SpecGenRuntime` module of this build; and whether any
/// function or expression in it makes the type checker slow.
struct CompileBenchmark {
    var swiftc: String
    /// The folder holding `SpecGenRuntime.swiftmodule`.
    var modules: String
    var scratch: String

    struct Module {
        var label: String
        var name: String
        var folder: String
        var rounds: Int
    }

    /// The flags the issue names: report any function body or expression that takes more than
    /// 100 ms to type-check.
    static let slowTypeCheckFlags = [
        "-Xfrontend", "-warn-long-function-bodies=100",
        "-Xfrontend", "-warn-long-expression-type-checking=100",
    ]

    func run(_ modules: [Module], into report: inout Report) throws {
        var slowWarnings: [String] = []
        var otherWarnings: [String] = []
        for module in modules {
            let files = try swiftFiles(in: module.folder)
            let lines = try files.reduce(0) { $0 + (try String(contentsOfFile: $1, encoding: .utf8)).split(separator: "\n", omittingEmptySubsequences: false).count }

            // Warnings first: they need only the type checker, the quickest of the three.
            let typeCheck = try ChildProcess.check(swiftc, ["-typecheck"] + common(module) + Self.slowTypeCheckFlags + files)
            for line in typeCheck.output.split(separator: "\n") where line.contains("warning:") {
                if line.contains("to type-check") {
                    slowWarnings.append(String(line))
                } else {
                    otherWarnings.append(String(line))
                }
            }
            for optimized in [false, true] {
                var runs: [ProcessRun] = []
                for _ in 0..<module.rounds {
                    runs.append(try compile(module, files, optimized: optimized))
                }
                let label = optimized
                    ? "compile \(module.label), release (`-O -wmo`)"
                    : "compile \(module.label) (\(files.count) files, \(Format.count(lines)) lines), debug"
                report.add(label, "\(Format.duration(runs.medianSeconds)) wall (\(Format.duration(runs.medianCPUSeconds)) CPU)")
                // Shown as soon as known: a large module's release build can take many minutes.
                SpecGenBenchmarks.progress("\(label): \(report.rows.last!.result)")
            }
        }
        for warning in slowWarnings + otherWarnings { print(warning) }
        let labels = modules.map(\.label).joined(separator: " and ")
        report.add(
            "warnings compiling \(labels) with `-warn-long-function-bodies=100 -warn-long-expression-type-checking=100`",
            "\(slowWarnings.count) slow to type-check, \(otherWarnings.count) other",
            target: "0", verdict: slowWarnings.isEmpty && otherWarnings.isEmpty ? .met : .missed)
    }

    private func common(_ module: Module) -> [String] {
        ["-module-name", module.name, "-parse-as-library", "-swift-version", "6", "-I", modules]
    }

    /// Debug as SwiftPM builds it (batch mode, both cores); release as whole-module optimization.
    private func compile(_ module: Module, _ files: [String], optimized: Bool) throws -> ProcessRun {
        let output = scratch + "/compile-\(module.name)-\(optimized ? "release" : "debug")"
        try? FileManager.default.removeItem(atPath: output)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var map: [String: [String: String]] = [:]
        for (index, file) in files.enumerated() {
            map[file] = ["object": output + "/\(index).o"]
        }
        let mapPath = output + "/output-file-map.json"
        try JSONSerialization.data(withJSONObject: map).write(to: URL(fileURLWithPath: mapPath))
        let mode = optimized
            ? ["-O", "-whole-module-optimization", "-num-threads", "2"]
            : ["-Onone", "-g", "-enable-batch-mode", "-j", "2"]
        let arguments = common(module) + mode + [
            "-c", "-output-file-map", mapPath,
            "-emit-module", "-emit-module-path", output + "/\(module.name).swiftmodule",
        ] + files
        let run = try ChildProcess.run(swiftc, arguments, captureOutput: true)
        guard run.exitCode == 0 else {
            throw ChildProcess.Failure(description: "compiling \(module.label) failed:\n\(run.output)")
        }
        try FileManager.default.removeItem(atPath: output)
        return run
    }

    private func swiftFiles(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw ChildProcess.Failure(description: "no folder \(folder)")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".swift") { files.append(folder + "/" + relative) }
        }
        return files.sorted()
    }
}
