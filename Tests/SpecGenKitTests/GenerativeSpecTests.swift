import Foundation
import Testing
@testable import SpecGenKit

/// Random specs named from ``HostileNames`` (seeded: each spec's seed is in every failure), each
/// linted and generated; every one that lints clean is compiled with Swift 6, complete concurrency
/// checking and warnings as errors. A spec either fails to lint with located errors or compiles
/// without a warning: any JSON key, query name or header a service may use works or is refused.
///
/// A handful of specs per run keeps CI fast; `SPECGEN_GENERATIVE_SPECS=200` runs more, and
/// `SPECGEN_GENERATIVE_SEED` starts from another seed.
@Suite("Generative specs")
struct GenerativeSpecTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["SPECGEN_GENERATIVE_SPECS"].flatMap(Int.init) ?? 16
    static let firstSeed = environment["SPECGEN_GENERATIVE_SEED"].flatMap(UInt64.init) ?? 1

    /// `file:line:col: error: message`, the location within the spec folder.
    static func isLocatedError(_ line: String) -> Bool {
        line.wholeMatch(of: #/Spec/generative\d+/[a-z0-9]+\.yaml:[1-9]\d*:[1-9]\d*: error: .+/#) != nil
    }

    @Test func everySpecLintsWithLocatedErrorsOrCompilesWithoutWarnings() throws {
        let compiler = try SwiftCompiler()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-generative-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }

        var clean: [(spec: RandomSpec, files: [String: String])] = []
        var refused = 0
        for seed in Self.firstSeed..<(Self.firstSeed + UInt64(Self.count)) {
            let spec = RandomSpec(seed: seed)
            do {
                let output = try Generator().generate([spec.source])
                var swift: [String: String] = [:]
                for file in output where file.path.hasSuffix(".swift") {
                    swift[file.path] = file.contents
                }
                #expect(!swift.isEmpty, "seed \(seed): no Swift generated")
                clean.append((spec, swift))
            } catch {
                refused += 1
                let lines = error.diagnostics.map(\.description)
                #expect(!lines.isEmpty, "seed \(seed): refused without a diagnostic")
                for line in lines {
                    #expect(Self.isLocatedError(line), "seed \(seed): not a located error: \(line)")
                }
            }
        }
        // One compiler per core, the specs being independent modules.
        let jobs = clean
        let results = Parallel.map(jobs.count, minimumCount: 2) { index in
            Result { try compiler.compile(module: jobs[index].spec.module, files: jobs[index].files, in: folder) }
        }
        for (entry, outcome) in zip(clean, results) {
            let result = try outcome.get()
            let problems = result.output.split(separator: "\n").filter { $0.contains("error:") || $0.contains("warning:") || $0.contains("note:") }
            #expect(result.status == 0 && problems.isEmpty,
                    "seed \(entry.spec.seed) (rerun with SPECGEN_GENERATIVE_SEED=\(entry.spec.seed) SPECGEN_GENERATIVE_SPECS=1) lints clean but does not compile cleanly:\n\(problems.prefix(20).joined(separator: "\n"))\n\(Self.describe(entry.spec))")
        }
        let singleItem = clean.filter { $0.files.values.contains { $0.contains("SingleItemResult<") } }.count
        let ownOutcome = clean.filter { $0.files.values.contains { $0.contains("let outcomes = OutcomeRules<") } }.count
        let pathParameters = clean.filter { $0.files.values.contains { $0.contains("func makePath()") } }.count
        let withBody = clean.filter { $0.files.values.contains { $0.contains("func makeBody()") } }.count
        let withUnion = clean.filter { $0.files.values.contains { $0.contains("JSONKind(of: decoder") || $0.contains("UnionDecoding.discriminator") } }.count
        print("generative specs: \(Self.count) from seed \(Self.firstSeed): \(clean.count) compiled, \(refused) refused with located errors; "
            + "\(singleItem) with a single-item endpoint, \(ownOutcome) with an endpoint's own outcome, \(pathParameters) with path parameters, "
            + "\(withBody) with a request body, \(withUnion) with a union")
        // A run where every spec is refused would test nothing about the generated Swift.
        #expect(clean.count * 4 >= Self.count, "only \(clean.count) of \(Self.count) specs lint clean")
    }

    /// The spec files, for a failure message.
    static func describe(_ spec: RandomSpec) -> String {
        spec.files.sorted { $0.key < $1.key }.map { "--- \($0.key)\n\($0.value)" }.joined(separator: "\n")
    }
}
