import Foundation
import Testing
@testable import SpecGenKit

/// Generating from the repository's `Spec/` reproduces the committed `Generated/` byte for byte,
/// and nothing generated is left over.
@Suite("Golden files")
struct GoldenTests {
    @Test func generatedFolderMatchesSpecs() throws {
        let root = TestSpec.repositoryRoot
        let sources = try SpecSource.discover(root: root.appendingPathComponent("Spec").path)
        let output = try Generator().output(sources)
        let files = output.files
        #expect(files.count >= 10)
        for file in files {
            let url = root.appendingPathComponent("Generated").appendingPathComponent(file.path)
            let committed = try String(contentsOf: url, encoding: .utf8)
            #expect(committed == file.contents, "\(file.path) differs from what Spec/ produces; run `specgen generate`")
        }
        let plan = try OutputPlan.make(files: files, root: root.appendingPathComponent("Generated").path, folders: output.folders)
        #expect(plan.isUpToDate)
        #expect(plan.removals.isEmpty)
    }

    @Test func generationIsDeterministic() throws {
        let root = TestSpec.repositoryRoot
        let sources = try SpecSource.discover(root: root.appendingPathComponent("Spec").path)
        let first = try Generator().generate(sources)
        let second = try Generator().generate(sources)
        #expect(first == second)
    }
}
