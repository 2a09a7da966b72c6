/// Resolution of scalar text to values under the YAML 1.2.2 core schema
/// (§10.3.2), written as hand-rolled byte checks rather than regular
/// expressions because it runs on every scalar in every file.
///
/// The functions take the scalar's UTF-8 bytes (libyaml's buffer, before a
/// `String` is even made) plus, lazily, the text for the few cases that need
/// `Double` parsing.
enum CoreSchema {
    /// The explicit core-schema tags that force a scalar's type.
    enum Tag: String {
        case str, int, float, bool, null

        /// Recognises libyaml's resolved tag (`!!int` arrives as
        /// `tag:yaml.org,2002:int`); anything else is not a core scalar tag.
        init?(resolvedTag: String) {
            let prefix = "tag:yaml.org,2002:"
            guard resolvedTag.hasPrefix(prefix) else { return nil }
            self.init(rawValue: String(resolvedTag.dropFirst(prefix.count)))
        }
    }

    /// Resolves an untagged plain scalar. Never fails: text that is not
    /// null, bool, int or float is a string.
    static func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> ScalarValue {
        guard let first = bytes.first else { return .null }
        // Fast exit: almost every string in a spec starts with a letter that
        // cannot begin any non-string form.
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"),
             UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
             UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            break
        default:
            return .string(text)
        }
        if isNull(bytes) { return .null }
        if let b = bool(bytes) { return .bool(b) }
        if let n = integer(bytes) {
            switch n {
            case .fits(let i): return .int(i)
            case .overflows(let d): return .float(d)
            }
        }
        if let d = float(bytes, text: text) { return .float(d) }
        return .string(text)
    }

    /// Resolves a scalar carrying an explicit core tag, whatever its style.
    /// Returns nil when the text does not fit the tag, e.g. `!!int abc`, or
    /// `!!int` with a value too large for `Int`.
    static func resolve(_ bytes: UnsafeBufferPointer<UInt8>, text: String, tag: Tag) -> ScalarValue? {
        switch tag {
        case .str:
            return .string(text)
        case .null:
            return isNull(bytes) ? .null : nil
        case .bool:
            return bool(bytes).map { .bool($0) }
        case .int:
            if case .fits(let i)? = integer(bytes) { return .int(i) }
            return nil
        case .float:
            switch integer(bytes) {
            case .fits(let i)?: return .float(Double(i))
            case .overflows(let d)?: return .float(d)
            case nil: return float(bytes, text: text).map { .float($0) }
            }
        }
    }

    // MARK: - Individual forms

    /// `~`, `null`, `Null`, `NULL`, or empty.
    static func isNull(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch b.count {
        case 0: return true
        case 1: return b[0] == UInt8(ascii: "~")
        case 4: return matches(b, "null", "Null", "NULL")
        default: return false
        }
    }

    /// `true|True|TRUE|false|False|FALSE`.
    static func bool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch b.count {
        case 4: return matches(b, "true", "True", "TRUE") ? true : nil
        case 5: return matches(b, "false", "False", "FALSE") ? false : nil
        default: return nil
        }
    }

    /// An integer literal's value. Decimal literals too large for `Int` are
    /// still integers in YAML's eyes; implicitly they become floats so that no
    /// digits-only value is silently a string.
    enum Integer: Equatable {
        case fits(Int)
        case overflows(Double)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func integer(_ b: UnsafeBufferPointer<UInt8>) -> Integer? {
        let n = b.count
        guard n > 0 else { return nil }
        if n > 2, b[0] == UInt8(ascii: "0") {
            if b[1] == UInt8(ascii: "o") { return radixInteger(b, from: 2, radix: 8) }
            if b[1] == UInt8(ascii: "x") { return radixInteger(b, from: 2, radix: 16) }
        }
        var i = 0
        var negative = false
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") {
            negative = b[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < n else { return nil }
        // Accumulate towards the sign so that Int.min is representable.
        var value = 0
        var overflow = false
        while i < n {
            let d = b[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            if !overflow {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = negative ? m.subtractingReportingOverflow(Int(d)) : m.addingReportingOverflow(Int(d))
                if o1 || o2 { overflow = true } else { value = s }
            }
            i += 1
        }
        if overflow {
            // Digits-only with an optional sign: Double's parser accepts it.
            let text = String(decoding: b, as: UTF8.self)
            return Double(text).map { .overflows($0) }
        }
        return .fits(value)
    }

    private static func radixInteger(_ b: UnsafeBufferPointer<UInt8>, from start: Int, radix: Int) -> Integer? {
        var value = 0
        var approx = 0.0
        var overflow = false
        for i in start..<b.count {
            guard let d = digitValue(b[i]), d < radix else { return nil }
            approx = approx * Double(radix) + Double(d)
            if !overflow {
                let (m, o1) = value.multipliedReportingOverflow(by: radix)
                let (s, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { overflow = true } else { value = s }
            }
        }
        return overflow ? .overflows(approx) : .fits(value)
    }

    private static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`,
    /// `[-+]?\.(inf|Inf|INF)`, `\.nan|\.NaN|\.NAN`.
    static func float(_ b: UnsafeBufferPointer<UInt8>, text: String) -> Double? {
        let n = b.count
        var i = 0
        var negative = false
        if i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        // Special values: exactly ".inf" (signed) or ".nan" (unsigned) after any sign.
        if n - i == 4, b[i] == UInt8(ascii: ".") {
            let rest = UnsafeBufferPointer(rebasing: b[(i + 1)...])
            if matches(rest, "inf", "Inf", "INF") { return negative ? -.infinity : .infinity }
            if i == 0, matches(rest, "nan", "NaN", "NAN") { return .nan }
        }
        func digits() -> Int {
            let s = i
            while i < n, b[i] &- UInt8(ascii: "0") < 10 { i += 1 }
            return i - s
        }
        if i < n, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
        } else {
            guard digits() > 0 else { return nil }
            if i < n, b[i] == UInt8(ascii: ".") {
                i += 1
                _ = digits()
            }
        }
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        guard i == n else { return nil }
        // The shape is one Swift's Double parser accepts; it also handles
        // out-of-range exponents by returning ±infinity or zero.
        return Double(text)
    }

    /// Whether `b` equals one of the given ASCII spellings.
    /// (Three fixed parameters rather than variadic: no array per call.)
    private static func matches(
        _ b: UnsafeBufferPointer<UInt8>, _ s1: StaticString, _ s2: StaticString, _ s3: StaticString
    ) -> Bool {
        equals(b, s1) || equals(b, s2) || equals(b, s3)
    }

    private static func equals(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString) -> Bool {
        guard s.utf8CodeUnitCount == b.count else { return false }
        let p = s.utf8Start
        for k in 0..<b.count where p[k] != b[k] { return false }
        return true
    }
}
