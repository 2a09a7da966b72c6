import Foundation
import Testing
@testable import SpecGenKit

/// `Spec/specgen.schema.json` is what editors validate with; the loader's key tables are what
/// specgen accepts. They must describe the same format.
@Suite("JSON Schema and loader agree")
struct SchemaSyncTests {
    private func definitions() throws -> [String: [String: Any]] {
        let url = TestSpec.repositoryRoot.appendingPathComponent("Spec/specgen.schema.json")
        let schema = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try #require(schema["definitions"] as? [String: [String: Any]])
    }

    @Test(arguments: SpecVocabulary.all.map(\.name))
    func keysAndRequiredKeysMatch(name: String) throws {
        let vocabulary = try #require(SpecVocabulary.all.first { $0.name == name })
        let definition = try #require(try definitions()[name], "schema has no definition '\(name)'")
        let properties = try #require(definition["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(vocabulary.keys))
        #expect(Set(definition["required"] as? [String] ?? []) == Set(vocabulary.required))
        #expect(definition["additionalProperties"] as? Bool == false)
    }

    @Test func everyObjectDefinitionHasALoaderTable() throws {
        let objectDefinitions = try definitions().filter { ($0.value["type"] as? String) == "object" }.map(\.key)
        #expect(Set(objectDefinitions) == Set(SpecVocabulary.all.map(\.name)))
    }

    @Test func listSeparatorsMatch() throws {
        let parameter = try #require(try definitions()["parameter"]?["properties"] as? [String: Any])
        let list = try #require(parameter["list"] as? [String: Any])
        #expect(list["enum"] as? [String] == SpecLoader.listSeparators)
    }

    @Test func leniencyNamesMatch() throws {
        let leniency = try #require(try definitions()["leniency"])
        let text = String(describing: leniency)
        for option in LeniencySpec.Option.allCases {
            #expect(text.contains(option.rawValue), "schema lacks leniency '\(option.rawValue)'")
        }
    }
}
