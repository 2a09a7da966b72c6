import Testing
import YAMLReader

/// Problems reported as located errors: syntax, encoding, keys, aliases, documents.
@Suite("Errors")
struct ErrorTests {
    // MARK: Syntax (libyaml)

    @Test("unclosed quote: reported where the scan gave up, naming where the quote opened")
    func unclosedQuote() {
        let doc = parse("a: 1\nb: 'unclosed\nc: 2\n")
        #expect(doc.root == nil)
        #expect(doc.errors == [
            error("found unexpected end of stream while scanning a quoted scalar (started at 2:4)", 4, 1),
        ])
    }

    @Test("tab indentation")
    func tabIndentation() {
        let doc = parse("a:\n\tb: 1\n")
        #expect(doc.root == nil)
        #expect(doc.errors == [
            error("found character that cannot start any token while scanning for the next token; "
                  + "YAML indentation must use spaces, not tabs", 2, 1),
        ])
    }

    @Test("tab after a plain scalar's indentation")
    func tabInContinuation() {
        let doc = parse("a: 1\n\tb: 2\n")
        #expect(doc.errors == [
            error("found a tab character that violates indentation while scanning a plain scalar (started at 1:4)", 2, 1),
        ])
    }

    @Test("reserved indicator is named")
    func reservedCharacter() {
        #expect(parse("a: @x\n").errors == [
            error("found character that cannot start any token while scanning for the next token ('@')", 1, 4),
        ])
    }

    @Test("parser errors: bad nesting and unclosed flow collection")
    func parserErrors() {
        #expect(parse("a: b: c\n").errors.map(\.location) == [at(1, 5)])
        #expect(parse("a: b: c\n").errors.first?.message.hasPrefix("mapping values are not allowed in this context") == true)
        #expect(parse("- a\nb: 1\n").errors == [
            error("did not find expected '-' indicator while parsing a block collection (started at 1:1)", 2, 1),
        ])
        #expect(parse("a: [1, 2\n").errors == [
            error("did not find expected ',' or ']' while parsing a flow sequence (started at 1:4)", 2, 1),
        ])
    }

    @Test("a disallowed control character is located from libyaml's byte offset")
    func controlCharacter() {
        let doc = parse("a: 1\nb: ü\u{1}\n")
        #expect(doc.errors == [error("control characters are not allowed (U+0001)", 2, 5)])
    }

    // MARK: Encoding

    @Test("invalid UTF-8 is reported at the first bad byte")
    func invalidUTF8() {
        // "b: caf" then Latin-1 é (0xE9) followed by ASCII: not a valid sequence.
        let bytes = Array("a: 1\nb: caf".utf8) + [0xE9] + Array("\n".utf8)
        let doc = parseBytes(bytes)
        #expect(doc.root == nil)
        #expect(doc.errors == [error("file is not valid UTF-8 text", 2, 7)])
    }

    @Test("malformed UTF-8 forms", arguments: [
        [0xC0, 0xAF] as [UInt8],  // overlong '/'
        [0xED, 0xA0, 0x80],        // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],              // truncated at end of file
        [0x80],                    // stray continuation byte
        [0xFF],
    ])
    func malformed(tail: [UInt8]) {
        let doc = parseBytes(Array("k: é".utf8) + tail)
        #expect(doc.errors == [error("file is not valid UTF-8 text", 1, 5)])
    }

    @Test("a UTF-16 file is not UTF-8")
    func utf16() {
        let doc = parseBytes([0xFF, 0xFE, 0x61, 0x00])
        #expect(doc.errors == [error("file is not valid UTF-8 text", 1, 1)])
    }

    @Test("a NUL byte suggests a binary file")
    func nulByte() {
        let doc = parseBytes(Array("a: 1\n  b".utf8) + [0] + Array("x\n".utf8))
        #expect(doc.root == nil)
        #expect(doc.errors == [error("file contains a NUL byte; is it binary?", 2, 4)])
    }

    // MARK: Keys

    @Test("two duplicate keys give two errors, and parsing carries on")
    func duplicateKeys() throws {
        let doc = parse("""
            name: a
            size: 1
            name: b
            nested:
              x: 1
              x: 2
            """)
        #expect(doc.errors == [
            error("duplicate key 'name' (first at 1:1)", 3, 1),
            error("duplicate key 'x' (first at 5:3)", 6, 3),
        ])
        // The first occurrence wins; keys stay unique in the tree.
        let root = try #require(doc.root)
        #expect(root.keys == ["name", "size", "nested"])
        #expect(root["name"]?.scalar?.text == "a")
        #expect(root["nested"]?.mapping?.count == 1)
        #expect(root["nested"]?["x"]?.scalar?.value == .int(1))
    }

    @Test("duplicates compare key text, whatever the style; same key in different mappings is fine")
    func duplicateKeyText() {
        #expect(parse("1: a\n'1': b\n").errors == [error("duplicate key '1' (first at 1:1)", 2, 1)])
        #expect(parse("a: {k: 1}\nb: {k: 2}\n").errors.isEmpty)
        #expect(parse("- k: 1\n- k: 2\n").errors.isEmpty)
    }

    @Test("duplicates in a large mapping (dictionary path) and a repeated duplicate")
    func duplicatesInLargeMapping() {
        let keys = (0..<50).map { "key\($0): \($0)" }.joined(separator: "\n")
        let doc = parse(keys + "\nkey7: again\nkey40: again\nkey7: thrice\n")
        #expect(doc.errors == [
            error("duplicate key 'key7' (first at 8:1)", 51, 1),
            error("duplicate key 'key40' (first at 41:1)", 52, 1),
            error("duplicate key 'key7' (first at 8:1)", 53, 1),
        ])
        #expect(doc.root?.mapping?.count == 50)
    }

    @Test("non-scalar keys are rejected")
    func nonScalarKeys() {
        let doc = parse("? [a, b]\n: 1\n{x: 1}: 2\nok: 3\n")
        #expect(doc.errors == [
            error("mapping keys must be scalars", 1, 3),
            error("mapping keys must be scalars", 3, 1),
        ])
        #expect(doc.root?.keys == ["ok"])
    }

    // MARK: Aliases

    @Test("undefined alias")
    func undefinedAlias() {
        let doc = parse("a: 1\nb: *missing\n")
        #expect(doc.errors == [error("undefined alias *missing", 2, 4)])
        #expect(doc.root?["b"]?.scalar?.value == .null) // placeholder keeps the mapping intact
    }

    @Test("an alias to a later anchor is undefined")
    func forwardAlias() {
        #expect(parse("a: *x\nb: &x 1\n").errors == [error("undefined alias *x", 1, 4)])
    }

    @Test("recursive alias")
    func recursiveAlias() {
        let doc = parse("root: &r\n  child:\n    - *r\n")
        #expect(doc.errors == [error("recursive alias *r", 3, 7)])
        #expect(parse("&a [1, [*a]]\n").errors == [error("recursive alias *a", 1, 9)])
    }

    // MARK: Documents

    @Test("a second document is an error at its start")
    func secondDocument() {
        let doc = parse("a: 1\n---\nb: 2\n")
        #expect(doc.errors == [error("only one YAML document per file is supported", 2, 1)])
        // The first document is complete, so it is kept.
        #expect(doc.root?.keys == ["a"])
    }

    @Test("explicit start and end markers around one document are fine")
    func singleExplicitDocument() {
        let doc = parse("%YAML 1.2\n---\na: 1\n...\n")
        #expect(doc.errors.isEmpty)
        #expect(doc.root?["a"]?.scalar?.value == .int(1))
    }
}
