import Foundation
import Testing
@testable import OpenAPIImport

/// OpenAPI schemas onto specgen types, each mapping on a small document; every imported spec lints
/// (makeSpec lints it), and the YAML says exactly what was mapped.
@Suite("Schema mapping")
struct SchemaMappingTests {
    private func importSchemas(_ schemas: String, version: String = "3.1.0") throws -> (api: String, warnings: [String]) {
        let paths = """
              /things:
                get:
                  operationId: listThings
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
            """
        let spec = try ImportTestSupport.importText(ImportTestSupport.openAPI(version: version, paths: paths, schemas: schemas))
        return (ImportTestSupport.file(spec, "api.yaml"), spec.warnings.map(\.description))
    }

    @Test func additionalPropertiesIsAMap() throws {
        let (api, warnings) = try importSchemas("""
                Thing:
                  type: object
                  properties:
                    hourly:
                      type: object
                      additionalProperties: {type: array, items: {type: [number, "null"]}}
                    labels:
                      type: object
                      additionalProperties: {type: string}
            """)
        #expect(api.contains("""
                  - name: hourly
                    type: map
                    items:
                      type: list
                      items:
                        type: number
                        nullable: true
                  - name: labels
                    type: map
                    items: string
            """))
        #expect(warnings.isEmpty)
    }

    @Test func nullableIn30And31() throws {
        let (api31, _) = try importSchemas("""
                Thing:
                  type: object
                  required: [a]
                  properties:
                    a: {type: [string, "null"]}
                    b: {oneOf: [{$ref: '#/components/schemas/Other'}, {type: "null"}]}
                Other:
                  type: object
                  properties:
                    x: {type: integer}
            """)
        #expect(api31.contains("      - name: a\n        type: string\n        required: true\n        nullable: true\n"))
        #expect(api31.contains("      - name: b\n        type: Other\n        nullable: true\n"))
        let (api30, _) = try importSchemas("""
                Thing:
                  type: object
                  properties:
                    a: {type: integer, nullable: true, minimum: 1, maximum: 9}
            """, version: "3.0.3")
        #expect(api30.contains("      - name: a\n        type: integer\n        nullable: true\n        minimum: 1\n        maximum: 9\n"))
    }

    @Test func oneOfWithDiscriminatorIsATaggedUnion() throws {
        let (api, warnings) = try importSchemas("""
                Thing:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: pet_type
                    mapping:
                      cat: '#/components/schemas/Cat'
                      dog: '#/components/schemas/Dog'
                Cat:
                  type: object
                  properties:
                    pet_type: {type: string}
                    purrs: {type: boolean}
                Dog:
                  type: object
                  properties:
                    pet_type: {type: string}
                    barks: {type: boolean}
            """)
        #expect(api.contains("""
              Thing:
                kind: union
                discriminator: pet_type
                variants:
                  - value: cat
                    type: Cat
                  - value: dog
                    type: Dog
            """))
        #expect(warnings.isEmpty)
    }

    @Test func discriminatorInferredFromSingleValueEnums() throws {
        let (api, warnings) = try importSchemas("""
                Thing:
                  anyOf:
                    - $ref: '#/components/schemas/Text'
                    - $ref: '#/components/schemas/Image'
                Text:
                  type: object
                  required: [type]
                  properties:
                    type: {type: string, enum: [text]}
                    text: {type: string}
                Image:
                  type: object
                  required: [type]
                  properties:
                    type: {type: string, enum: [image]}
                    url: {type: string}
            """)
        #expect(api.contains("    discriminator: type\n    variants:\n      - value: text\n        type: Text\n      - value: image\n        type: Image\n"))
        #expect(warnings.isEmpty)
    }

    @Test func oneOfOfDistinctKindsIsAUnionByKind() throws {
        let (api, warnings) = try importSchemas("""
                Thing:
                  type: object
                  properties:
                    when:
                      oneOf:
                        - {type: string, format: date-time}
                        - {type: integer}
                        - {type: array, items: {type: string}}
            """)
        #expect(api.contains("""
              ThingWhen:
                kind: union
                kinds:
                  - kind: string
                    type: datetime
                  - kind: integer
                    type: integer
                  - kind: array
                    type: list
                    items: string
            """))
        #expect(warnings.isEmpty)
    }

    @Test func oneOfOfTheSameKindIsJSONWithAWarning() throws {
        let (api, warnings) = try importSchemas("""
                Thing:
                  type: object
                  properties:
                    shape:
                      oneOf:
                        - {type: object, properties: {r: {type: number}}}
                        - {type: object, properties: {w: {type: number}}}
            """)
        #expect(api.contains("      - name: shape\n        type: json\n"))
        #expect(warnings == [
            "\(warnings.first?.split(separator: ":").first ?? ""): #/components/schemas/Thing/properties/shape: warning: oneOf/anyOf of object, object without a usable discriminator cannot be expressed; imported as json"
        ])
    }

    @Test func allOfMergesObjects() throws {
        let (api, _) = try importSchemas("""
                Base:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                Thing:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      required: [name]
                      properties:
                        name: {type: string, minLength: 1, maxLength: 20}
            """)
        #expect(api.contains("""
              Thing:
                kind: object
                fields:
                  - name: id
                    type: string
                    required: true
                  - name: name
                    type: string
                    required: true
                    min_length: 1
                    max_length: 20
            """))
    }

    @Test func directSelfReferenceBecomesJSONWithAWarning() throws {
        let (api, warnings) = try importSchemas("""
                Thing:
                  type: object
                  properties:
                    parent: {$ref: '#/components/schemas/Thing'}
                    children: {type: array, items: {$ref: '#/components/schemas/Thing'}}
            """)
        #expect(api.contains("      - name: parent\n        type: json\n"))
        #expect(api.contains("      - name: children\n        type: list\n        items: Thing\n"))
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasSuffix(
            ": #/components/schemas/Thing/properties/parent: warning: 'Thing.parent' contains 'Thing' again directly, which a Swift struct cannot; imported as json") == true)
    }

    @Test func cycleWarningNamesTheSchemaByItsKey() throws {
        let (api, warnings) = try importSchemas("""
                Thing: {type: object, properties: {root: {$ref: '#/components/schemas/tree-node'}}}
                tree-node:
                  type: object
                  properties:
                    parent: {$ref: '#/components/schemas/tree-node'}
            """)
        #expect(api.contains("  TreeNode:\n    kind: object\n    fields:\n      - name: parent\n        type: json\n"))
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasSuffix(
            ": #/components/schemas/tree-node/properties/parent: warning: 'TreeNode.parent' contains 'TreeNode' again directly, which a Swift struct cannot; imported as json") == true)
    }

    @Test func hostileNamesLint() throws {
        // Hyphens, spaces, keywords, digits first, non-ASCII, names equal after normalization.
        let (api, _) = try importSchemas("""
                Thing:
                  type: object
                  properties:
                    self: {type: string}
                    3ds: {type: string}
                    first-name: {type: string}
                    first_name: {type: string}
                    firstName: {type: string}
                    "名前": {type: string}
                    "with space": {type: string}
                    kind:
                      type: string
                      enum: [a-b, a_b, "", "1", default]
                my-type: {type: object, properties: {x: {type: integer}}}
                My_Type: {type: object, properties: {x: {type: integer}}}
            """)
        #expect(api.contains("  MyType:\n"))
        #expect(api.contains("  MyType2:\n"))
        #expect(api.contains("      - name: first_name\n        swift_name: firstName2\n"))
        #expect(api.contains("      - name: firstName\n        swift_name: firstName3\n"))
    }
}
