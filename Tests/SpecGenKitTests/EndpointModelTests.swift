import Testing
@testable import SpecGenKit

/// Lookups on the loaded endpoint model that translators and validators share.
@Suite("Endpoint model")
struct EndpointModelTests {
    @Test func parameterNamedFindsPlainParametersAndGroupMembers() throws {
        let apis = try Generator().validatedSpecs([TestSpec.source([
            "api.yaml": TestSpec.apiFile,
            "get_item.yaml": TestSpec.endpoint("""
                  parameters:
                    - group: selector
                      require: exactly_one
                      parameters:
                        - name: id
                          type: integer
                        - name: name
                          type: string
                    - name: detailed
                      type: boolean
                """),
        ])])
        let endpoint = try #require(apis.first?.endpoints.first)
        func scalarType(of name: String) -> String? {
            guard case .scalar(let scalar)? = endpoint.parameter(named: name)?.type else { return nil }
            return scalar.rawValue
        }
        #expect(scalarType(of: "detailed") == "boolean")
        #expect(scalarType(of: "name") == "string")
        #expect(scalarType(of: "id") == "integer")
        #expect(endpoint.parameter(named: "selector") == nil)
        #expect(endpoint.parameter(named: "missing") == nil)
        #expect(endpoint.allParameters.map(\.name) == ["id", "name", "detailed"])
    }
}
