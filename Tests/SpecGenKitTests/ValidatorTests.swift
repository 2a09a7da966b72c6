import Testing
@testable import SpecGenKit

/// Cross-reference checks, with the messages and positions users see.
@Suite("Validator")
struct ValidatorTests {
    private func diagnostics(endpoint body: String, types: String = TestSpec.defaultTypes) -> [String] {
        TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": TestSpec.endpoint(body, types: types)])
    }

    @Test func enumDefaultOutsideAllowedValues() {
        #expect(diagnostics(endpoint: """
              parameters:
                - name: order
                  type: enum
                  values: [asc, desc]
                  default: ascending
            """) == [
            "Spec/shop/get_item.yaml:13:16: error: default 'ascending' is not one of the allowed values 'asc', 'desc'",
        ])
    }

    @Test func requiresNamingUnknownParameter() {
        #expect(diagnostics(endpoint: """
              parameters:
                - name: detailed
                  type: boolean
                - name: depth
                  type: integer
                  requires: { detaled: true }
            """) == [
            "Spec/shop/get_item.yaml:14:19: error: 'requires' names unknown parameter 'detaled'; did you mean 'detailed'?",
        ])
    }

    @Test func duplicateParametersAndSwiftNameCollisions() {
        #expect(diagnostics(endpoint: """
              parameters:
                - name: user_id
                  type: string
                - name: userId
                  type: string
                - name: user_id
                  type: string
            """) == [
            "Spec/shop/get_item.yaml:12:7: error: request property 'userId' collides with 'user_id' (both are 'userID' in Swift); set 'swift_name' on one (first at 10:7)",
            // A repeated wire name is one problem, not also a Swift collision.
            "Spec/shop/get_item.yaml:14:7: error: duplicate query parameter 'user_id' (first at 10:7)",
        ])
    }

    @Test func unknownTypeReferencesGetSuggestions() {
        let types = """
              ItemList:
                kind: object
                fields:
                  - name: items
                    type: list
                    items: Iten
                  - name: owner
                    type: Persn
              Item:
                kind: object
                fields:
                  - name: id
                    type: integer
              Person:
                kind: object
                fields:
                  - name: name
                    type: string
            """
        #expect(diagnostics(endpoint: "", types: types) == [
            "Spec/shop/get_item.yaml:16:16: error: unknown type 'Iten'; did you mean 'Item'?",
            "Spec/shop/get_item.yaml:18:15: error: unknown type 'Persn'; did you mean 'Person'?",
        ])
    }

    @Test func circularObjectTypes() {
        let types = """
              ItemList:
                kind: object
                fields:
                  - name: next
                    type: ItemList
            """
        #expect(diagnostics(endpoint: "", types: types) == [
            "Spec/shop/get_item.yaml:11:3: error: type 'ItemList' contains itself: ItemList → ItemList; use a list or remove a field",
        ])
    }

    @Test func recursionThroughAListIsAllowed() {
        let types = """
              ItemList:
                kind: object
                fields:
                  - name: children
                    type: list
                    items: ItemList
            """
        #expect(diagnostics(endpoint: "", types: types) == [])
    }

    @Test func boundsOnlyForNumbersAndExamplesAreChecked() {
        #expect(diagnostics(endpoint: """
              parameters:
                - name: q
                  type: string
                  minimum: 1
                - name: limit
                  type: integer
                  minimum: 0
              examples:
                - title: Negative
                  arguments:
                    limit: -1
            """) == [
            "Spec/shop/get_item.yaml:12:16: error: 'minimum' applies only to integer and number parameters",
            "Spec/shop/get_item.yaml:19:9: error: example value for 'limit': -1 is below the minimum 0",
        ])
    }

    @Test func keywordNamesAreNotErrors() {
        #expect(diagnostics(endpoint: """
              parameters:
                - name: default
                  type: string
                - name: class
                  type: string
                - name: 2fa-code
                  type: string
            """) == [])
    }
}

@Suite("Validator: hosts and group requirements")
struct HostAndGroupValidatorTests {
    @Test func hostsMustBeHTTPSWithAHost() {
        let api = TestSpec.apiFile.replacingOccurrences(of: "url: https://api.shop.example", with: "url: http://api.shop.example")
        #expect(TestSpec.diagnostics(["api.yaml": api]) == [
            "Spec/shop/api.yaml:8:12: error: host 'main' must have an https:// URL",
        ])
    }

    @Test func requiresCannotNameAGroupMember() {
        let endpoint = TestSpec.endpoint("""
              parameters:
                - group: selector
                  require: exactly_one
                  parameters:
                    - name: id
                      type: integer
                - name: depth
                  type: integer
                  requires: { id: 1 }
            """)
        #expect(TestSpec.diagnostics(["api.yaml": TestSpec.apiFile, "get_item.yaml": endpoint]) == [
            "Spec/shop/get_item.yaml:17:19: error: 'requires' cannot name 'id', a member of a parameter group; require the group's choice in the description instead",
        ])
    }
}
