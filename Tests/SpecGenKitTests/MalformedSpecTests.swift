import Foundation
import SpecGenKit
import Testing

/// The malformed-spec corpus (`MalformedSpecs/`, format in its README) and the hostile inputs too
/// big to commit, which are made here at run time. Each goes through the real pipeline and must
/// give exactly its expected diagnostics; each also goes through the real `specgen generate`,
/// which must print them, exit non-zero and leave the output folder as it was.
///
/// Time and memory are bounded by the reader's limits (`YAMLLimits`: 8 MiB per file, 256 levels,
/// 1,000,000 nodes), each of which has a case here; nothing is timed.
@Suite("Malformed specs")
struct MalformedSpecTests {
    @Test func corpusHasAtLeastFortyCases() {
        #expect(MalformedCase.committed.count >= 40)
        #expect(MalformedCase.committed.allSatisfy { !$0.expected.isEmpty })
    }

    @Test(arguments: MalformedCase.all)
    func pipelineReportsExactlyTheExpectedDiagnostics(_ malformed: MalformedCase) throws {
        let workspace = try Workspace(malformed)
        defer { workspace.remove() }
        let sources = try SpecSource.discover(root: workspace.specRoot.path)
        do {
            _ = try Generator().generate(sources)
            Issue.record("\(malformed.name) generated output")
        } catch {
            #expect(workspace.relative(error.diagnostics.map(\.description)) == malformed.expected)
        }
    }

    @Test(arguments: MalformedCase.all)
    func specgenPrintsThemExitsNonZeroAndWritesNothing(_ malformed: MalformedCase) throws {
        let workspace = try Workspace(malformed)
        defer { workspace.remove() }
        let before = try workspace.outputSnapshot()
        let run = try SpecgenCommand.run(["generate", "--spec", "Spec", "--output", "Generated"], in: workspace.root)
        #expect(run.status == 1)
        let count = malformed.expected.count
        #expect(workspace.relative(run.standardError) == malformed.expected + ["\(count) error\(count == 1 ? "" : "s"); nothing was written."])
        #expect(run.standardOutput.isEmpty)
        #expect(try workspace.outputSnapshot() == before)
    }
}

/// One malformed spec: an API folder and the diagnostics it must produce.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// File name → contents. A case without its own `api.yaml` is run beside the corpus's shared one.
    var files: [String: [UInt8]]
    /// `file:line:col: error: message`, the file relative to the case's folder.
    var expected: [String]

    var testDescription: String { name }

    static let corpus = Bundle.module.resourceURL!.appendingPathComponent("MalformedSpecs")

    static let all = committed + generated

    /// The folders of `MalformedSpecs/`.
    static let committed: [MalformedCase] = {
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.sorted().compactMap { name -> MalformedCase? in
            let folder = corpus.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            var files: [String: [UInt8]] = [:]
            for file in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
                files[file] = [UInt8](fileManager.contents(atPath: folder.appendingPathComponent(file).path) ?? Data())
            }
            let expected = (try? String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
            return MalformedCase(name: name, files: files, expected: expected.split(separator: "\n").map(String.init))
        }
    }()

    /// Inputs made at run time: too big to commit, or bombs that are better built than stored.
    static let generated: [MalformedCase] = [
        // 20 MB: refused from its first 8 MiB + 1 bytes, never read whole.
        MalformedCase(
            name: "generated-20-mb-file",
            files: ["endpoint.yaml": Array(("specgen: 1\nendpoint:\n  description: "
                + String(repeating: "twenty megabytes of prose ", count: 20_000_000 / 26) + "\n").utf8)],
            expected: ["endpoint.yaml:1:1: error: file is larger than 8388608 bytes"]),
        // 10,000 nested flow lists: stops at the 257th, on a fixed-size stack.
        MalformedCase(
            name: "generated-10000-deep-nesting",
            files: ["endpoint.yaml": Array(("specgen: 1\nendpoint:\n  description: "
                + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n").utf8)],
            // Level 257: the file's mapping, `endpoint`'s value, then 255 lists.
            expected: ["endpoint.yaml:3:270: error: nesting deeper than 256 levels"]),
        // 1,000 nested block mappings, each one space deeper (10,000 would pass 8 MiB on indentation
        // alone): level 257 is the mapping on line 257.
        MalformedCase(
            name: "generated-1000-deep-block-nesting",
            files: ["endpoint.yaml": Array((0..<1_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined().utf8)],
            expected: ["endpoint.yaml:257:257: error: nesting deeper than 256 levels"]),
        // Billion laughs: ten anchors, each ten aliases of the one before (10^10 nodes once expanded).
        MalformedCase(
            name: "generated-billion-laughs",
            files: ["endpoint.yaml": Array(billionLaughs.utf8)],
            // Each *a4 is 111,111 nodes: the 8th on the line of &a5 passes the limit.
            expected: ["endpoint.yaml:13:49: error: document expands to more than 1000000 nodes (alias bomb?)"]),
    ]

    private static let billionLaughs: String = {
        var text = "specgen: 1\nendpoint:\n  name: lol\ntypes:\n  Lol:\n    kind: enum\n"
        text += "    description: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        text += "    values:\n"
        for level in 1...9 {
            text += "      - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }()
}

/// A temporary folder holding `Spec/<case>/` (the case's files, plus the shared API file when the
/// case has none) and an output folder `Generated/` with a stale generated file and a hand-written
/// one, which a successful `generate` would remove and keep.
struct Workspace {
    let root: URL
    let name: String

    var specRoot: URL { root.appendingPathComponent("Spec") }
    var outputRoot: URL { root.appendingPathComponent("Generated") }

    init(_ malformed: MalformedCase) throws {
        let fileManager = FileManager.default
        root = fileManager.temporaryDirectory.appendingPathComponent("specgen-malformed-\(UUID().uuidString)")
        name = malformed.name
        let folder = specRoot.appendingPathComponent(name)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        var files = malformed.files
        if files["api.yaml"] == nil {
            files["api.yaml"] = [UInt8](try Data(contentsOf: MalformedCase.corpus.appendingPathComponent("api.yaml")))
        }
        for (file, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent(file))
        }
        let models = outputRoot.appendingPathComponent("ShopAPI/Models")
        try fileManager.createDirectory(at: models, withIntermediateDirectories: true)
        try "// Generated by specgen from shop/api.yaml. Do not edit: change the spec and run `specgen generate`.\n"
            .write(to: models.appendingPathComponent("Stale.swift"), atomically: true, encoding: .utf8)
        try "Notes kept by hand.\n".write(to: outputRoot.appendingPathComponent("NOTES.md"), atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Diagnostic lines with the case folder's path (absolute, or `Spec/<case>/` as the command was
    /// given it) removed, so they read like `expected.txt`.
    func relative(_ lines: [String]) -> [String] {
        lines.map {
            $0.replacingOccurrences(of: specRoot.path + "/" + name + "/", with: "")
                .replacingOccurrences(of: "Spec/" + name + "/", with: "")
        }
    }

    /// Every file under the output folder with its contents.
    func outputSnapshot() throws -> [String: Data] {
        var snapshot: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: outputRoot.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = outputRoot.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                snapshot[path] = try Data(contentsOf: url)
            }
        }
        return snapshot
    }
}

/// Runs the `specgen` executable that `swift test` built next to this test bundle.
enum SpecgenCommand {
    struct Result {
        var status: Int32
        var standardOutput: [String]
        var standardError: [String]
    }

    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("specgen")
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot stall the command.
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        func lines(_ data: Data) -> [String] {
            String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        return Result(status: process.terminationStatus, standardOutput: lines(outputData), standardError: lines(errorData))
    }
}
