import Foundation
import Testing
@testable import OpenAPIImport

/// Operations onto endpoint files: parameters and their styles, bodies, responses and errors, auth.
@Suite("Operation mapping")
struct OperationMappingTests {
    private let thing = """
        components:
          schemas:
            Thing: {type: object, properties: {id: {type: integer}}}
            Problem: {type: object, properties: {message: {type: string}}}
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
            token: {type: http, scheme: bearer}
        """

    private func importPaths(_ paths: String) throws -> ImportedSpec {
        try ImportTestSupport.importText(ImportTestSupport.openAPI(paths: paths, extra: thing))
    }

    @Test func queryStylesPathParametersAndHeaders() throws {
        let spec = try importPaths("""
              /things/{thing-id}:
                get:
                  operationId: getThing
                  parameters:
                    - {name: thing-id, in: path, required: true, schema: {type: integer, minimum: 1}}
                    - {name: tags, in: query, schema: {type: array, items: {type: string}}}
                    - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
                    - {name: words, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
                    - name: filter
                      in: query
                      style: deepObject
                      explode: true
                      schema: {type: object, properties: {country: {type: string}, explicit: {type: boolean}}}
                    - {name: X-Request-Id, in: header, schema: {type: string}}
                    - {name: session, in: cookie, schema: {type: string}}
                  responses:
                    "200": {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            """)
        let endpoint = ImportTestSupport.file(spec, "get_thing.yaml")
        #expect(endpoint.contains("""
              path: /things/{thing-id}
              summary: GET /things/{thing-id}
              path_parameters:
                - name: thing-id
                  type: integer
                  minimum: 1
              headers:
                - name: X-Request-Id
                  type: string
              parameters:
                - name: tags
                  type: string
                  list: ","
                  list_style: repeated
                - name: ids
                  type: integer
                  list: ","
                - name: words
                  type: string
                  list: " "
                - name: filter
                  type: object
                  type_name: GetThingFilterValue
                  style: brackets
                  fields:
                    - name: country
                      type: string
                    - name: explicit
                      type: boolean
            """))
        #expect(spec.warnings.map(\.description).contains { $0.hasSuffix(
            ": #/paths/~1things~1{thing-id}/get/parameters/6: warning: cookie parameters cannot be expressed (the transport's cookie storage sends cookies); 'session' dropped") })
    }

    @Test func bodiesResponsesAndErrors() throws {
        let spec = try importPaths("""
              /things:
                post:
                  operationId: createThings
                  security: [{token: []}]
                  requestBody:
                    required: true
                    content:
                      application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}, maxItems: 10}}
                      application/xml: {schema: {type: string}}
                  responses:
                    "201": {description: Created, content: {application/json: {schema: {type: object, additionalProperties: {$ref: '#/components/schemas/Thing'}}}}}
                    "400": {description: Bad, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    4XX: {description: Refused, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    default: {description: Failed, content: {application/json: {schema: {type: string}}}}
              /forms:
                put:
                  operationId: putForm
                  security: []
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          required: [Name]
                          properties:
                            Name: {type: string}
                            Tags: {type: array, items: {type: string}}
                            Nested: {type: object, properties: {a: {type: string}}}
                  responses:
                    "204": {description: Done}
            """)
        #expect(ImportTestSupport.file(spec, "create_things.yaml").contains("""
              body:
                type: list
                items: Thing
                max_items: 10
                swift_name: body
              response:
                type: map
                items: Thing
                description: Created
              errors:
                "400":
                  type: Problem
                  description: Bad
                "4XX":
                  type: Problem
                  description: Refused
                default:
                  type: string
                  description: Failed
              auth: token
            """))
        #expect(ImportTestSupport.file(spec, "put_form.yaml").contains("""
              body:
                content_type: application/x-www-form-urlencoded
                type: object
                type_name: PutFormForm
                fields:
                  - name: Name
                    type: string
                    required: true
                  - name: Tags
                    type: list
                    items: string
                    separator: ","
                swift_name: body
                required: false
              response:
                type: json
                description: Done
              auth: none
            """))
        let warnings = spec.warnings.map(\.description)
        #expect(warnings.contains { $0.hasSuffix(": #/paths/~1things/post/requestBody/content/application~1xml: warning: only application/json and form bodies are imported; application/xml dropped") })
        #expect(warnings.contains { $0.hasSuffix(": #/paths/~1forms/put/requestBody/content/application~1x-www-form-urlencoded/schema/properties/Nested: warning: form field 'Nested' is not a scalar, enum or list of them, which a form cannot send; dropped") })
        let api = ImportTestSupport.file(spec, "api.yaml")
        #expect(api.contains("  auth:\n    - scheme: api_key\n      name: key\n      header: X-Key\n    - scheme: bearer\n      name: token\n"))
    }

    @Test func responseExamplesWrittenAsJSONTextAreRecognized() throws {
        let spec = try importPaths("""
              /things:
                get:
                  operationId: listThings
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}
                          examples:
                            text: {value: "[{\\"id\\": 1}]"}
                            wrong: {value: "{\\"id\\": 1}"}
                            plain: {value: [{id: 2}]}
            """)
        #expect(ResponseExamples.recognized(.string("[{\"id\": 1}]")) == .array([.object([(key: "id", value: .integer(1))])]))
        #expect(ResponseExamples.recognized(.string("not json")) == .string("not json"))
        let warnings = spec.warnings.map(\.description)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasSuffix(": #/paths/~1things/get/responses/200/content/application~1json/examples/wrong/value: warning: the example is an object, but the response type is an array") == true)
    }

    @Test func pathFragmentsAndQueriesAndOddMethods() throws {
        let spec = try importPaths("""
              /token#refresh:
                post:
                  operationId: refresh
                  responses: {"200": {description: OK}}
              /responses?beta=true:
                get:
                  responses: {"200": {description: OK}}
                head:
                  responses: {"200": {description: OK}}
            """)
        #expect(ImportTestSupport.file(spec, "refresh.yaml").contains("  path: /token\n"))
        #expect(ImportTestSupport.file(spec, "get_responses_beta_true.yaml").contains("  path: /responses\n  summary: GET /responses?beta=true\n  fixed_query:\n    - name: beta\n      value: \"true\"\n"))
        let warnings = spec.warnings.map(\.description)
        #expect(warnings.contains { $0.hasSuffix(": #/paths/~1token#refresh/post: warning: the path's fragment '#refresh' is never sent; dropped") })
        #expect(warnings.contains { $0.hasSuffix(": #/paths/~1responses?beta=true/head: warning: HEAD operations cannot be expressed; skipped") })
    }
}
