import Testing
import YAMLReader

/// Tree shape and source locations.
@Suite("Structure and locations")
struct StructureTests {
    static let document = """
        # a comment
        name: petstore
        version: 3
        servers:
          - url: https://example.com
            tags: [a, b]
          - url: "http://localhost"
        paths:
          /pets:
            get: {summary: List, limit: 10}
        matrix:
        - - 1
          - 2
        - [3, 4]
        """

    @Test("mappings keep keys in source order")
    func order() {
        let doc = parse(Self.document)
        #expect(doc.errors.isEmpty)
        #expect(doc.root?.keys == ["name", "version", "servers", "paths", "matrix"])
        #expect(doc.root?["paths"]?["/pets"]?["get"]?.keys == ["summary", "limit"])
    }

    @Test("node kinds and values")
    func kinds() throws {
        let root = try #require(parse(Self.document).root)
        #expect(root.mapping?.count == 5)
        #expect(root["name"]?.scalar?.value == .string("petstore"))
        #expect(root["version"]?.scalar?.value == .int(3))
        let servers = try #require(root["servers"]?.sequence)
        #expect(servers.count == 2)
        #expect(servers[0]["tags"]?.sequence?.compactMap(\.scalar?.text) == ["a", "b"])
        #expect(servers[1]["url"]?.scalar?.style == .doubleQuoted)
        #expect(root["paths"]?["/pets"]?["get"]?["limit"]?.scalar?.value == .int(10))
        let matrix = try #require(root["matrix"])
        #expect(matrix.sequence?.count == 2)
        #expect(matrix[0]?.sequence?.compactMap(\.scalar?.value) == [.int(1), .int(2)])
        #expect(matrix[1]?.sequence?.compactMap(\.scalar?.value) == [.int(3), .int(4)])
        #expect(root.scalar == nil && root.sequence == nil)
        #expect(matrix.mapping == nil && matrix.scalar == nil)
    }

    @Test("keys and values carry 1-based line and column")
    func scalarLocations() throws {
        let root = try #require(parse(Self.document).root)
        let entries = try #require(root.mapping)
        #expect(root.location == at(2, 1)) // block mapping starts at its first key
        #expect(entries[0].key.location == at(2, 1))
        #expect(entries[0].value.location == at(2, 7))
        #expect(entries[1].key.location == at(3, 1))
        #expect(entries[1].value.location == at(3, 10))
        #expect(entries[3].key.location == at(8, 1))
    }

    @Test("nested sequence and flow collection locations")
    func nestedLocations() throws {
        let root = try #require(parse(Self.document).root)
        let servers = try #require(root["servers"])
        #expect(servers.location == at(5, 3)) // the first '-'
        #expect(servers[0]?.location == at(5, 5)) // mapping starts at key "url"
        #expect(servers[0]?["url"]?.location == at(5, 10))
        #expect(servers[0]?["tags"]?.location == at(6, 11)) // the '['
        #expect(servers[0]?["tags"]?[1]?.location == at(6, 15))
        #expect(servers[1]?["url"]?.location == at(7, 10)) // the opening quote
        let get = try #require(root["paths"]?["/pets"]?["get"])
        #expect(get.location == at(10, 10)) // the '{'
        #expect(get.mapping?[1].key.location == at(10, 26))
        #expect(get["limit"]?.location == at(10, 33))
        // Indentless sequence under a key, and a sequence nested in it.
        let matrix = try #require(root["matrix"])
        #expect(matrix.location == at(12, 1))
        #expect(matrix[0]?.location == at(12, 3))
        #expect(matrix[0]?[1]?.location == at(13, 5))
        #expect(matrix[1]?.location == at(14, 3))
        #expect(matrix[1]?[1]?.location == at(14, 7))
    }

    @Test("block scalars, anchors and tags: location is the node's first indicator")
    func indicatorLocations() throws {
        let root = try #require(parse("a: |\n  text\nb: &x 5\nc: !!str 7\n").root)
        #expect(root["a"]?.location == at(1, 4))
        #expect(root["b"]?.location == at(3, 4))
        #expect(root["c"]?.location == at(4, 4))
    }

    @Test("columns count characters, not bytes; a BOM does not count")
    func unicodeColumns() throws {
        let root = try #require(parseBytes([0xEF, 0xBB, 0xBF] + Array("é✓: x\nb: [ü, v]\n".utf8)).root)
        #expect(root.mapping?[0].key.location == at(1, 1))
        #expect(root.mapping?[0].value.location == at(1, 5))
        #expect(root["b"]?[1]?.location == at(2, 8))
    }

    @Test("CRLF line endings")
    func crlf() throws {
        let root = try #require(parse("a: 1\r\nb:\r\n  - x\r\n").root)
        #expect(root["b"]?[0]?.location == at(3, 5))
        #expect(root["b"]?[0]?.scalar?.text == "x")
    }

    @Test("location description is file:line:column")
    func description() {
        #expect(at(3, 7).description == "test.yaml:3:7")
        #expect(error("boom", 2, 1).description == "test.yaml:2:1: boom")
    }

    @Test("a top-level scalar or sequence is a valid root")
    func otherRoots() {
        #expect(parse("hello\n").root?.scalar?.value == .string("hello"))
        #expect(parse("- 1\n- 2\n").root?.sequence?.count == 2)
    }

    @Test("empty file and comment-only file give no root and no errors")
    func emptyFiles() {
        for text in ["", "\n\n", "# only a comment\n   # and another\n", "\u{FEFF}"] {
            let doc = parse(text)
            #expect(doc.root == nil, "\(text.debugDescription)")
            #expect(doc.errors.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test("an explicit document with no content is a null root")
    func explicitEmptyDocument() {
        let doc = parse("---\n")
        #expect(doc.errors.isEmpty)
        #expect(doc.root?.scalar?.value == .null)
    }

    @Test("merge key << is an ordinary key")
    func mergeKeyIsPlain() throws {
        let root = try #require(parse("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n").root)
        #expect(root["derived"]?.keys == ["<<", "y"])
        #expect(root["derived"]?["<<"]?["x"]?.scalar?.value == .int(1))
    }
}

/// Anchors and aliases that work.
@Suite("Anchors and aliases")
struct AnchorTests {
    @Test("an alias inserts a copy of the anchored node")
    func aliasCopies() throws {
        let doc = parse("""
            defaults: &d
              retries: 3
              tags: [x, y]
            first: *d
            list:
              - &s shared
              - *s
            """)
        #expect(doc.errors.isEmpty)
        let root = try #require(doc.root)
        #expect(root["first"]?.keys == ["retries", "tags"])
        #expect(root["first"]?["retries"]?.scalar?.value == .int(3))
        #expect(root["first"]?["tags"]?.sequence?.compactMap(\.scalar?.text) == ["x", "y"])
        #expect(root["list"]?.sequence?.compactMap(\.scalar?.text) == ["shared", "shared"])
        // The copy sits at the alias; its insides keep the anchored locations.
        #expect(root["first"]?.location == at(4, 8))
        #expect(root["first"]?["retries"]?.location == at(2, 12))
        #expect(root["list"]?[1]?.location == at(7, 5))
    }

    @Test("a redefined anchor refers to the latest definition")
    func redefinition() throws {
        let root = try #require(parse("a: &x 1\nb: *x\nc: &x 2\nd: *x\n").root)
        #expect(root["b"]?.scalar?.value == .int(1))
        #expect(root["d"]?.scalar?.value == .int(2))
    }

    @Test("an alias can be a mapping key")
    func aliasKey() throws {
        let doc = parse("k: &k name\n*k : value\n")
        #expect(doc.errors.isEmpty)
        #expect(doc.root?.keys == ["k", "name"])
    }

    @Test("nested anchors inside an anchored collection")
    func nestedAnchors() throws {
        let doc = parse("outer: &o [&i 1, *i]\ncopy: *o\n")
        #expect(doc.errors.isEmpty)
        #expect(doc.root?["copy"]?.sequence?.compactMap(\.scalar?.value) == [.int(1), .int(1)])
    }
}
