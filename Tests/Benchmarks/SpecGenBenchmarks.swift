import Foundation

/// Runs every benchmark and prints one Markdown table. Numbers only: nothing here is a test, and
/// no test asserts a timing. Run from the repository root after a release build:
///
///     swift build -c release --static-swift-stdlib && .build/release/SpecGenBenchmarks
///
/// `--only generator,compile,decode,maps,unions,request,encode,import` runs some of them; `--write-synthetic-spec N DIR`
/// only writes the synthetic spec of N endpoints into DIR (as `DIR/synthetic/`), for measuring by hand.
@main
struct SpecGenBenchmarks {
    static func main() {
        do {
            try run(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
    }

    static let all = ["generator", "compile", "decode", "maps", "unions", "request", "encode", "import"]

    static func run(_ arguments: [String]) throws {
        if arguments.first == "--write-synthetic-spec" {
            guard arguments.count == 3, let count = Int(arguments[1]), count > 0 else {
                throw ChildProcess.Failure(description: "usage: SpecGenBenchmarks --write-synthetic-spec N DIR")
            }
            try SyntheticSpec(endpointCount: count).write(to: arguments[2])
            return
        }
        #if DEBUG
        throw ChildProcess.Failure(description: "a debug build measures the wrong thing: build with `swift build -c release`")
        #else
        var selected = all
        if arguments.count == 2, arguments[0] == "--only" {
            selected = arguments[1].split(separator: ",").map(String.init)
        } else if !arguments.isEmpty {
            throw ChildProcess.Failure(description: "usage: SpecGenBenchmarks [--only \(all.joined(separator: ","))] | --write-synthetic-spec N DIR")
        }
        let repository = FileManager.default.currentDirectoryPath
        guard FileManager.default.fileExists(atPath: repository + "/Package.swift"),
              FileManager.default.fileExists(atPath: repository + "/Spec")
        else {
            throw ChildProcess.Failure(description: "run this from the repository root")
        }
        let binaries = (ChildProcess.currentExecutable() as NSString).deletingLastPathComponent
        let specgen = binaries + "/specgen"
        guard FileManager.default.isExecutableFile(atPath: specgen) else {
            throw ChildProcess.Failure(description: "no \(specgen): build everything with `swift build -c release` first")
        }
        let swiftc = try ChildProcess.find("swiftc")
        let machine = try Machine.current(swiftc: swiftc)
        let scratch = scratchFolderParent() + "specgen-benchmarks-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let staticallyLinked = try !linksSwiftRuntimeDynamically(specgen)
        let generator = GeneratorBenchmark(
            specgen: specgen, swiftc: swiftc, repository: repository, scratch: scratch,
            staticallyLinked: staticallyLinked)
        var report = Report()
        if selected.contains("generator") {
            progress("generator: hello world, Spec/capillary, synthetic specs of 10, 100 and 1,000 endpoints")
            try generator.run(into: &report)
        }
        if selected.contains("compile") {
            progress("compile: the generated modules")
            var modules = [CompileBenchmark.Module(
                label: "CapillaryAPI", name: "CapillaryAPI", folder: repository + "/Generated/CapillaryAPI", rounds: 3)]
            let synthetic = generator.syntheticModule(endpoints: 100)
            if !FileManager.default.fileExists(atPath: synthetic) {
                let spec = scratch + "/synthetic-100"
                try SyntheticSpec(endpointCount: 100).write(to: spec)
                try ChildProcess.check(specgen, ["generate", "--spec", spec, "--output", scratch + "/synthetic-100-out-0", "--quiet"])
            }
            modules.append(.init(label: "100 synthetic endpoints", name: "SyntheticAPI", folder: synthetic, rounds: 1))
            let modulesFolder = FileManager.default.fileExists(atPath: binaries + "/Modules") ? binaries + "/Modules" : binaries
            try CompileBenchmark(swiftc: swiftc, modules: modulesFolder, scratch: scratch).run(modules, into: &report)
        }
        if selected.contains("decode") {
            progress("decode: 1,000 customers")
            try DecodeBenchmark(fixtures: repository + "/Tests/ConformanceTests/Fixtures").run(into: &report)
        }
        if selected.contains("maps") {
            progress("maps: maps of 1,000 objects and of 1,000 series with nulls")
            try MapDecodeBenchmark().run(into: &report)
        }
        if selected.contains("unions") {
            progress("unions: lists of 1,000 tagged-union and 1,000 union-by-kind elements")
            try UnionDecodeBenchmark().run(into: &report)
        }
        if selected.contains("request") {
            progress("request: GetCustomerRequest → URL")
            try RequestBenchmark().run(into: &report)
        }
        if selected.contains("encode") {
            progress("encode: a 100-customer customer/add body")
            try BodyEncodeBenchmark().run(into: &report)
        }
        if selected.contains("import") {
            progress("import: specgen-openapi import of the real OpenAPI documents and a 10 MB one")
            let tool = binaries + "/specgen-openapi"
            guard FileManager.default.isExecutableFile(atPath: tool) else {
                throw ChildProcess.Failure(description: "no \(tool): build everything with `swift build -c release` first")
            }
            try ImportBenchmark(tool: tool, repository: repository, scratch: scratch).run(into: &report)
        }
        let linkage = staticallyLinked ? "static Swift runtime (`--static-swift-stdlib`)" : "dynamic Swift runtime"
        print("Release build, \(linkage); files written to \(scratch.hasPrefix("/dev/shm/") ? "tmpfs" : NSTemporaryDirectory()). Machine: \(machine.summary).\n")
        print(report.markdown)
        #endif
    }

    /// Where the benchmark writes specs and generated files: a RAM-backed tmpfs where there is one,
    /// so that the generator rows measure the generator and not the disk's file system. On ext4,
    /// creating thousands of files within minutes of deleting thousands (as repeated runs do) makes
    /// the kernel scan past every recently deleted inode: measured here, that turned 0.5 s of kernel
    /// time into 7.5 s for a 1,000-endpoint run, varying with what ran before.
    static func scratchFolderParent() -> String {
        let shared = "/dev/shm/"
        var info = stat()
        if stat(shared, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, access(shared, W_OK) == 0 {
            return shared
        }
        return NSTemporaryDirectory()
    }

    static func progress(_ text: String) {
        FileHandle.standardError.write(Data("… \(text)\n".utf8))
    }

    /// Whether `binary` loads libswiftCore.so, i.e. was not linked with `-static-stdlib`.
    static func linksSwiftRuntimeDynamically(_ binary: String) throws -> Bool {
        let data = try Data(contentsOf: URL(fileURLWithPath: binary), options: .alwaysMapped)
        return data.range(of: Data("libswiftCore.so".utf8)) != nil
    }
}
