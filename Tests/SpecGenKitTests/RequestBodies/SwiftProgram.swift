import Foundation

/// Builds generated models and requests with a `main.swift` into an executable, linked with the
/// SpecGenRuntime this package has already built, and runs it: the generated code's behaviour is
/// tested by running it, not by reading it.
struct SwiftProgram {
    let compiler: SwiftCompiler

    init() throws {
        compiler = try SwiftCompiler()
    }

    /// Compiles `files` (path → Swift text, `main.swift` among them) and returns what the program
    /// prints, or the compiler's output when it does not build.
    func run(files: [String: String], in folder: URL) throws -> (built: Bool, output: String) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let runtimeObjects = compiler.modules.deletingLastPathComponent().appendingPathComponent("SpecGenRuntime.build")
        // A removed source file's object stays in the build folder, and would define its symbols twice.
        let sources = Set(try FileManager.default.contentsOfDirectory(
            atPath: TestSpec.repositoryRoot.appendingPathComponent("Sources/SpecGenRuntime").path))
        let objects = try FileManager.default.contentsOfDirectory(atPath: runtimeObjects.path)
            .filter { $0.hasSuffix(".o") && (!$0.hasSuffix(".swift.o") || sources.contains(String($0.dropLast(2)))) }
            .sorted().map { runtimeObjects.appendingPathComponent($0).path }
        let executable = folder.appendingPathComponent("program")
        let build = try Self.execute(
            "/usr/bin/env",
            ["swiftc"] + SwiftCompiler.flags + ["-module-name", "BodyProgram", "-I", compiler.modules.path, "-o", executable.path]
                + paths + objects)
        guard build.status == 0 else { return (false, build.output) }
        let run = try Self.execute(executable.path, [])
        return (run.status == 0, run.output)
    }

    private static func execute(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
