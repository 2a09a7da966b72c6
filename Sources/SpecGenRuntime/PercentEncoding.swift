/// Percent-encoding for query names and values.
///
/// Only RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) are left as
/// they are; every other byte of the UTF-8 text becomes `%XX` with uppercase
/// hex. This is stricter than `URLComponents`, which leaves `+`, `&`-adjacent
/// sub-delimiters, `/`, `?` and others unencoded in queries: a value must never
/// be able to end its parameter (`&`), start another (`=`), end the query
/// (`#`), or be read as a space by a form decoder (`+`).
public enum PercentEncoding: Sendable {
    public static func encodeQueryComponent(_ text: String) -> String {
        encode(text, keeping: isUnreserved)
    }

    /// `text` with every UTF-8 byte `keep` refuses written as `%XX` (uppercase hex): the one
    /// encoding loop for query components and path segments, which differ only in what they keep.
    static func encode(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy(keep) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
