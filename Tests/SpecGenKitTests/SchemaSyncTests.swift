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

    /// The loader takes an API `name` and `module` that are their own PascalCase form; the schema's
    /// patterns must take the same names, or an editor flags the project's own `CapillaryAPI`.
    @Test(arguments: ["name", "module"])
    func apiNamePatternsTakeWhatTheLoaderTakes(key: String) throws {
        let api = try #require(try definitions()["api"]?["properties"] as? [String: Any])
        let pattern = try #require((api[key] as? [String: Any])?["pattern"] as? String)
        let regex = try NSRegularExpression(pattern: pattern)
        for candidate in ["CapillaryAPI", "ShopClient", "Notebook", "V2", "capillaryAPI", "Shop_Client", "_Shop", "Shop API", "3D"] {
            let matches = regex.firstMatch(in: candidate, range: NSRange(candidate.startIndex..., in: candidate)) != nil
            #expect(matches == (SwiftName.pascalCase(candidate) == candidate), "\(key) '\(candidate)'")
        }
    }

    @Test func leniencyNamesMatch() throws {
        let leniency = try #require(try definitions()["leniency"])
        let text = String(describing: leniency)
        for option in LeniencySpec.Option.allCases {
            #expect(text.contains(option.rawValue), "schema lacks leniency '\(option.rawValue)'")
        }
    }
}
