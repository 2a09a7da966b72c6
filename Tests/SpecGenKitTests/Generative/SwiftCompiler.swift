import Foundation

/// Compiles generated modules with `swiftc` as a user's Swift 6 build would, warnings as errors,
/// against the SpecGenRuntime and SpecGenClient modules this package has already built (the same
/// build the tests run from), so no package resolution or dependency build is involved.
struct SwiftCompiler {
    /// The build folder's module directory: where `swift build` put `SpecGenRuntime.swiftmodule`.
    let modules: URL

    /// Finds the modules next to this test bundle (`.build/<triple>/debug/Modules`).
    init() throws {
        var folder = Bundle.module.bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("Modules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("SpecGenClient.swiftmodule").path) {
                modules = candidate
                return
            }
            folder.deleteLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "SpecGenClient.swiftmodule near \(Bundle.module.bundleURL.path)"])
    }

    static let flags = ["-swift-version", "6", "-strict-concurrency=complete", "-warnings-as-errors"]

    /// Compiles `files` (path → Swift text) as module `name` into an object file, whole-module, so
    /// that the diagnostics of every stage run (an unused `var` is reported after type checking).
    func compile(module name: String, files: [String: String], in folder: URL) throws -> (status: Int32, output: String) {
        let sources = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        var paths: [String] = []
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            let url = sources.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc"] + Self.flags + [
            "-parse-as-library", "-module-name", name, "-I", modules.path, "-c", "-wmo",
            "-o", folder.appendingPathComponent("\(name).o").path,
        ] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
