import Testing
import YAMLReader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resource limits: hostile input must fail fast with a clear error, never crash.
@Suite("Limits")
struct LimitTests {
    @Test("input larger than maxInputBytes is refused before parsing")
    func sizeLimit() {
        let limits = YAMLLimits(maxInputBytes: 10)
        let doc = parse("a: 12345678\n", limits: limits)
        #expect(doc.root == nil)
        #expect(doc.errors == [error("file is larger than 10 bytes", 1, 1)])
        #expect(parse("a: 1234\n", limits: limits).errors.isEmpty)
        #expect(YAMLLimits.default.maxInputBytes == 8 << 20)
    }

    @Test("10,000 nested '[' stops at the depth limit without crashing")
    func deepFlowNesting() {
        let doc = parse(String(repeating: "[", count: 10_000))
        #expect(doc.root == nil)
        #expect(doc.errors == [error("nesting deeper than 256 levels", 1, 257)])
    }

    @Test("deep block nesting stops at the depth limit")
    func deepBlockNesting() {
        let text = (0..<300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        let doc = parse(text, limits: YAMLLimits(maxDepth: 100))
        #expect(doc.errors == [error("nesting deeper than 100 levels", 101, 101)])
    }

    @Test("nesting exactly at the limit is fine")
    func atDepthLimit() {
        let limits = YAMLLimits(maxDepth: 5)
        #expect(parse("[[[[[1]]]]]", limits: limits).errors.isEmpty)
        #expect(parse("[[[[[[1]]]]]]", limits: limits).errors == [error("nesting deeper than 5 levels", 1, 6)])
    }

    @Test("billion laughs fails quickly at the alias that crosses the node limit")
    func billionLaughs() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let clock = ContinuousClock()
        var doc: YAMLDocument?
        let elapsed = clock.measure { doc = parse(text) }
        #expect(elapsed < .seconds(1))
        #expect(doc?.root == nil)
        // Each *a4 costs 111,111 nodes; about 124,000 precede a5 (line 6), so
        // its 8th alias (column 45) takes the total past 1,000,000.
        #expect(doc?.errors == [error("document expands to more than 1000000 nodes (alias bomb?)", 6, 45)])
    }

    @Test("node counting includes alias copies")
    func aliasCost() {
        // 1 mapping + 2 keys + a sequence of 3 + 1 key + alias copy of 4 = 11 nodes.
        let text = "a: &s [1, 2, 3]\nb: *s\n"
        #expect(parse(text, limits: YAMLLimits(maxNodes: 11)).errors.isEmpty)
        #expect(parse(text, limits: YAMLLimits(maxNodes: 10)).errors == [
            error("document expands to more than 10 nodes (alias bomb?)", 2, 4),
        ])
    }

    @Test("a plain document with too many nodes")
    func plainNodeLimit() {
        let doc = parse("[1, 2, 3, 4, 5]", limits: YAMLLimits(maxNodes: 4))
        #expect(doc.root == nil)
        #expect(doc.errors == [error("document has more than 4 nodes", 1, 11)])
    }
}

/// Reading from disk.
@Suite("File input")
struct FileInputTests {
    /// Writes `bytes` to a fresh temporary file and returns its path.
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        var template = Array("/tmp/yamlreader-test-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        try #require(fd >= 0)
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        try #require(written == bytes.count)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    @Test("parses a file, naming locations after displayName")
    func readsFile() throws {
        let path = try temporaryFile(Array("a: 1\nb: [x]\n".utf8))
        defer { unlink(path) }
        let doc = YAMLParser.parse(contentsOf: path, displayName: "spec/api.yaml")
        #expect(doc.errors.isEmpty)
        #expect(doc.root?["b"]?[0]?.location == SourceLocation(file: "spec/api.yaml", line: 2, column: 5))
        #expect(YAMLParser.parse(contentsOf: path).root?.location.file == path)
    }

    @Test("a missing file is an error at 1:1")
    func missingFile() {
        let doc = YAMLParser.parse(contentsOf: "/nonexistent/dir/spec.yaml", displayName: "spec.yaml")
        #expect(doc.root == nil)
        #expect(doc.errors == [YAMLError(message: "cannot read file: No such file or directory",
                                         location: SourceLocation(file: "spec.yaml", line: 1, column: 1))])
    }

    @Test("a directory is an error")
    func directory() {
        let doc = YAMLParser.parse(contentsOf: "/tmp")
        #expect(doc.errors.map(\.message) == ["cannot read file: Is a directory"])
    }

    @Test("an oversized file is refused")
    func oversizedFile() throws {
        let path = try temporaryFile(Array(repeating: UInt8(ascii: "a"), count: 100))
        defer { unlink(path) }
        let doc = YAMLParser.parse(contentsOf: path, displayName: "big.yaml", limits: YAMLLimits(maxInputBytes: 99))
        #expect(doc.errors == [YAMLError(message: "file is larger than 99 bytes",
                                         location: SourceLocation(file: "big.yaml", line: 1, column: 1))])
    }
}
