/// Writes a finite `Double` the way a server's number parser expects it in a query or header:
/// plain decimal notation (`0.00001`, `100000000000000000000`), the shortest digits that read back
/// as the same `Double`, no exponent, and no `.0` on whole numbers (`30`, `9007199254740992`).
///
/// Swift's own `description` picks the same shortest digits but switches to exponent notation
/// outside `[2^-4, 2^53)` (`1e-05`, `1e+20`, `9.007199254740992e+15`): many servers do not read
/// exponents in parameters, and the `+` of one would even need escaping. So the digits and the
/// exponent are taken from `description` and the decimal point is moved by hand.
public enum PlainDecimal {
    /// The text of `value`. Non-finite values have no such text: generated requests refuse them in
    /// `checkConstraints()` before a query is built; this writes them as `description` does
    /// (`nan`, `inf`) so that the function stays total.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        if value == 0 { return "0" }  // also -0.0: a sign on zero means nothing to a server
        let written = Array(value.magnitude.description.utf8)

        // Split `description` into its significand's digits and the position of the decimal point
        // among them, applying the exponent (`d.ddde±x`) to that position.
        var digits: [UInt8] = []
        digits.reserveCapacity(written.count)
        var pointPosition: Int?
        var exponent = 0
        var index = 0
        while index < written.count {
            let byte = written[index]
            if byte == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                exponent = Int(String(decoding: written[(index + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(byte)
            }
            index += 1
        }
        var point = (pointPosition ?? digits.count) + exponent

        // Leading zeros move the point; trailing zeros after it are noise (`30.0`).
        let leadingZeros = digits.prefix(while: { $0 == UInt8(ascii: "0") }).count
        digits.removeFirst(leadingZeros)
        point -= leadingZeros
        while let last = digits.last, last == UInt8(ascii: "0"), digits.count > max(point, 0) {
            digits.removeLast()
        }

        var text: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        if point <= 0 {
            text += Array("0.".utf8) + repeatElement(UInt8(ascii: "0"), count: -point) + digits
        } else if point >= digits.count {
            text += digits + repeatElement(UInt8(ascii: "0"), count: point - digits.count)
        } else {
            text += digits[..<point] + [UInt8(ascii: ".")] + digits[point...]
        }
        return String(decoding: text, as: UTF8.self)
    }
}
