import Testing
import YAMLReader

/// YAML 1.2 core schema resolution (§10.3.2): plain scalars only, quoted and
/// block scalars are strings, explicit tags force the type.
@Suite("Core schema resolution")
struct ScalarResolutionTests {
    @Test("null forms", arguments: ["~", "null", "Null", "NULL"])
    func nullForms(text: String) {
        #expect(resolve(text) == .null)
    }

    @Test("an empty value is null")
    func emptyIsNull() {
        let root = parse("a:\nb: \n").root
        #expect(root?["a"]?.scalar?.value == .null)
        #expect(root?["b"]?.scalar?.value == .null)
        #expect(root?["a"]?.scalar?.text == "")
    }

    @Test("bool forms")
    func boolForms() {
        for t in ["true", "True", "TRUE"] { #expect(resolve(t) == .bool(true), "\(t)") }
        for f in ["false", "False", "FALSE"] { #expect(resolve(f) == .bool(false), "\(f)") }
    }

    @Test("YAML 1.1 words and odd casings stay strings",
          arguments: ["yes", "no", "on", "off", "y", "n", "Yes", "OFF", "tRUE", "nULL", "NuLL", "none"])
    func yaml11WordsAreStrings(text: String) {
        #expect(resolve(text) == .string(text))
    }

    @Test("integers")
    func integers() {
        #expect(resolve("0") == .int(0))
        #expect(resolve("42") == .int(42))
        #expect(resolve("-17") == .int(-17))
        #expect(resolve("+17") == .int(17))
        #expect(resolve("007") == .int(7))
        #expect(resolve("0x1F") == .int(31))
        #expect(resolve("0xff") == .int(255))
        #expect(resolve("0o17") == .int(15))
        #expect(resolve("9223372036854775807") == .int(Int.max))
        #expect(resolve("-9223372036854775808") == .int(Int.min))
    }

    @Test("decimal integers too large for Int become floats")
    func overflowingIntegers() {
        #expect(resolve("9223372036854775808") == .float(9223372036854775808.0))
        #expect(resolve("-99999999999999999999") == .float(-99999999999999999999.0))
    }

    @Test("things that look numeric but are not core-schema numbers stay strings",
          arguments: ["0x", "0o", "0o8", "0xG1", "-0x1F", "+0o7", "1_000", "1,000", "0b101", "1.2.3",
                      "1e", "1e+", "e3", ".", "+", "12abc", "1 2", "inf", ".Inf.", "-.nan", "+.NaN",
                      ".NAn", "..5", "v1.2"])
    func nonNumbers(text: String) {
        #expect(resolve("'\(text)'") == .string(text)) // sanity: quoted is string
        let doc = parse("v: \(text)\n")
        #expect(doc.root?["v"]?.scalar?.value == .string(text))
    }

    @Test("floats")
    func floats() {
        #expect(resolve("1.5") == .float(1.5))
        #expect(resolve("-1.5") == .float(-1.5))
        #expect(resolve("1e3") == .float(1000))
        #expect(resolve("1E3") == .float(1000))
        #expect(resolve("2.5e-3") == .float(0.0025))
        #expect(resolve("+1.") == .float(1))
        #expect(resolve(".5") == .float(0.5))
        #expect(resolve("-.5e+2") == .float(-50))
        #expect(resolve("1e400") == .float(.infinity))
    }

    @Test("infinities and NaN")
    func specialFloats() {
        for t in [".inf", ".Inf", ".INF", "+.inf"] { #expect(resolve(t) == .float(.infinity), "\(t)") }
        for t in ["-.inf", "-.Inf", "-.INF"] { #expect(resolve(t) == .float(-.infinity), "\(t)") }
        for t in [".nan", ".NaN", ".NAN"] {
            guard case .float(let d)? = resolve(t) else {
                Issue.record("\(t) did not resolve to a float")
                continue
            }
            #expect(d.isNaN)
        }
    }

    @Test("quoted and block scalars are always strings")
    func quotedAreStrings() {
        let doc = parse("""
            a: "123"
            b: 'true'
            c: "~"
            d: ''
            e: |
              42
            f: >
              null
            """)
        let root = doc.root
        #expect(doc.errors.isEmpty)
        #expect(root?["a"]?.scalar == YAMLScalar(text: "123", style: .doubleQuoted, value: .string("123")))
        #expect(root?["b"]?.scalar == YAMLScalar(text: "true", style: .singleQuoted, value: .string("true")))
        #expect(root?["c"]?.scalar?.value == .string("~"))
        #expect(root?["d"]?.scalar?.value == .string(""))
        #expect(root?["e"]?.scalar == YAMLScalar(text: "42\n", style: .literal, value: .string("42\n")))
        // Last line of the input, no final newline: clip chomping keeps none.
        #expect(root?["f"]?.scalar == YAMLScalar(text: "null", style: .folded, value: .string("null")))
    }

    @Test("plain strings keep their text, including unicode")
    func plainStrings() {
        let root = parse("a: hello world\nb: héllo – ✓\nc: 12:30\n").root
        #expect(root?["a"]?.scalar == YAMLScalar(text: "hello world", style: .plain, value: .string("hello world")))
        #expect(root?["b"]?.scalar?.value == .string("héllo – ✓"))
        #expect(root?["c"]?.scalar?.value == .string("12:30"))
    }

    @Test("explicit core tags force the type")
    func explicitTags() {
        let doc = parse("""
            s: !!str 123
            i: !!int "0x10"
            f: !!float 3
            g: !!float '2.5'
            b: !!bool "false"
            n: !!null ""
            ns: ! 12
            other: !custom 12
            """)
        let root = doc.root
        #expect(doc.errors.isEmpty)
        #expect(root?["s"]?.scalar?.value == .string("123"))
        #expect(root?["i"]?.scalar?.value == .int(16))
        #expect(root?["f"]?.scalar?.value == .float(3))
        #expect(root?["g"]?.scalar?.value == .float(2.5))
        #expect(root?["b"]?.scalar?.value == .bool(false))
        #expect(root?["n"]?.scalar?.value == .null)
        // `!` is YAML's non-specific tag: "do not resolve", i.e. a string.
        #expect(root?["ns"]?.scalar?.value == .string("12"))
        // Unknown tags are ignored.
        #expect(root?["other"]?.scalar?.value == .int(12))
    }

    @Test("text that does not fit its explicit tag is an error")
    func badExplicitTags() {
        let doc = parse("""
            a: !!int abc
            b: !!bool yes
            c: !!float 1.2.3
            d: !!null 0
            e: !!int 99999999999999999999
            """)
        #expect(doc.errors == [
            error("'abc' is not a valid !!int", 1, 4),
            error("'yes' is not a valid !!bool", 2, 4),
            error("'1.2.3' is not a valid !!float", 3, 4),
            error("'0' is not a valid !!null", 4, 4),
            error("'99999999999999999999' is not a valid !!int", 5, 4),
        ])
        // The tree is still there, with the text kept as a string.
        #expect(doc.root?["a"]?.scalar?.value == .string("abc"))
    }

    @Test("kind descriptions for messages")
    func kindDescriptions() {
        let root = parse("s: x\ni: 1\nf: 1.5\nb: true\nn: ~\nl: []\nm: {}\n").root
        let kinds = root?.mapping?.map(\.value.kindDescription)
        #expect(kinds == ["a string", "an integer", "a number", "a boolean", "null", "a list", "a mapping"])
    }
    /// A scalar whose value is its text stores the text once; setting either property keeps the
    /// other as it was, and equal properties mean equal scalars however they were reached.
    @Test("a scalar's text and value can be set independently")
    func settingTextAndValue() {
        var scalar = YAMLScalar(text: "a", style: .plain, value: .string("a"))
        scalar.text = "b"
        #expect(scalar.text == "b" && scalar.value == .string("a"))
        scalar.text = "a"
        #expect(scalar == YAMLScalar(text: "a", style: .plain, value: .string("a")))
        #expect(scalar.hashValue == YAMLScalar(text: "a", style: .plain, value: .string("a")).hashValue)
        scalar.value = .int(1)
        #expect(scalar.text == "a" && scalar.value == .int(1))
        scalar.value = .string("a")
        #expect(scalar == YAMLScalar(text: "a", style: .plain, value: .string("a")))
    }
}
