/// Checks on the raw bytes made before libyaml sees them.
///
/// libyaml does detect bad UTF-8 itself, but it reports a byte offset instead
/// of a line and column, and its wording ("invalid trailing UTF-8 octet") means
/// little to a spec author who accidentally saved a file as Latin-1 or pointed
/// the tool at a binary. Checking up front gives a plain message at the exact
/// position, and lets the rest of the reader build `String`s from libyaml's
/// buffers without re-validating.
enum InputCheck {
    /// The UTF-8 byte order mark, which libyaml accepts and so do we; it is
    /// stripped before parsing so that it never counts as a column.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The first problem in `bytes`, if any: a NUL byte or a byte sequence
    /// that is not well-formed UTF-8 (overlong forms, surrogates and values
    /// above U+10FFFF included). `offset` is the first byte of the bad sequence.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, message: String)? {
        let n = bytes.count
        var i = 0
        while i < n {
            // Eight bytes at a time while they are ASCII without NUL, which specs nearly all are.
            while i + 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let hasNonASCII = word & highBits != 0
                let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & highBits != 0
                guard !hasNonASCII && !hasZero else { break }
                i += 8
            }
            guard i < n else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == 0 { return (i, "file contains a NUL byte; is it binary?") }
                i += 1
                continue
            }
            // Length of the sequence and the allowed range of its second byte
            // (the first continuation byte is where overlongs, surrogates and
            // too-large values show up; the rest are plain 80...BF).
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return (i, invalidUTF8)
            }
            guard i + length <= n, (low...high).contains(bytes[i + 1]) else { return (i, invalidUTF8) }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 {
                return (i, invalidUTF8)
            }
            i += length
        }
        return nil
    }

    private static let invalidUTF8 = "file is not valid UTF-8 text"

    /// The line and column of a byte offset, counted the way libyaml counts
    /// its marks: `\n`, `\r\n` and a lone `\r` end a line, and columns count
    /// characters (every byte that is not a UTF-8 continuation byte). Used for
    /// problems that only come with an offset. Linear, but only ever called
    /// once, for an error.
    static func location(ofByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if b == UInt8(ascii: "\r") {
                // A CR followed by LF is one break; the LF will count it.
                if i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                }
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The inverse of ``location(ofByteOffset:in:file:)``: the byte offset of
    /// a 0-based libyaml line and column, or nil past the end. Used to look at
    /// the character a syntax error points to.
    static func byteOffset(line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var currentLine = 0
        var i = 0
        let n = bytes.count
        while currentLine < line, i < n {
            if bytes[i] == UInt8(ascii: "\n") {
                currentLine += 1
            } else if bytes[i] == UInt8(ascii: "\r"), i + 1 >= n || bytes[i + 1] != UInt8(ascii: "\n") {
                currentLine += 1
            }
            i += 1
        }
        var remaining = column
        while i < n {
            if bytes[i] & 0xC0 != 0x80 {
                if remaining == 0 { return i }
                remaining -= 1
            }
            i += 1
        }
        return nil
    }
}
