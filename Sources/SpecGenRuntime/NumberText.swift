#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads numbers written as text, for ``Leniency/stringEncodedNumbers``.
///
/// The accepted syntax is JSON's number syntax, with a leading `+` and leading
/// zeros allowed: `[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?`. Nothing else —
/// no surrounding spaces, `nan`, `inf`, hexadecimal or grouping separators — so
/// that a string that is not plainly a number stays an error.
enum NumberText {
    struct Parts {
        var negative: Bool
        /// The significand's digits (integer part then fraction), ASCII.
        var digits: [UInt8]
        /// Power of ten applied to `digits` read as an integer; nil when the
        /// written exponent does not even fit an `Int`.
        var scale: Int?
    }

    static func parts(_ text: String) -> Parts? {
        var utf8 = Array(text.utf8)[...]
        guard !utf8.isEmpty else { return nil }
        var negative = false
        if utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") {
            negative = utf8.first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        let integer = utf8.prefix(while: isDigit)
        guard !integer.isEmpty else { return nil }
        utf8 = utf8.dropFirst(integer.count)
        var fraction: ArraySlice<UInt8> = []
        if utf8.first == UInt8(ascii: ".") {
            utf8 = utf8.dropFirst()
            fraction = utf8.prefix(while: isDigit)
            guard !fraction.isEmpty else { return nil }
            utf8 = utf8.dropFirst(fraction.count)
        }
        var exponent: Int? = 0
        if utf8.first == UInt8(ascii: "e") || utf8.first == UInt8(ascii: "E") {
            utf8 = utf8.dropFirst()
            var exponentNegative = false
            if utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") {
                exponentNegative = utf8.first == UInt8(ascii: "-")
                utf8 = utf8.dropFirst()
            }
            let exponentDigits = utf8.prefix(while: isDigit)
            guard !exponentDigits.isEmpty else { return nil }
            utf8 = utf8.dropFirst(exponentDigits.count)
            exponent = Int(String(decoding: exponentDigits, as: UTF8.self)).map { exponentNegative ? -$0 : $0 }
        }
        guard utf8.isEmpty else { return nil }
        let scale = exponent.flatMap { value -> Int? in
            let (result, overflow) = value.subtractingReportingOverflow(fraction.count)
            return overflow ? nil : result
        }
        return Parts(negative: negative, digits: Array(integer) + Array(fraction), scale: scale)
    }

    /// The exact integer the text denotes: `"12"`, `"1.2e3"` (1200), `"1200.0"`.
    /// nil for a fraction (`"12.5"`), a value outside `I`, or bad syntax.
    static func integer<I: FixedWidthInteger>(_ text: String, as type: I.Type = I.self) -> I? {
        if let plain = I(text, radix: 10) { return plain }
        guard var parts = parts(text) else { return nil }
        // Drop leading zeros; an all-zero significand is zero whatever the exponent.
        if let firstNonZero = parts.digits.firstIndex(where: { $0 != UInt8(ascii: "0") }) {
            parts.digits.removeFirst(firstNonZero)
        } else {
            return 0
        }
        guard let scale = parts.scale else { return nil }
        if scale < 0 {
            // The dropped digits must all be zero, or the value has a fraction.
            guard -scale < parts.digits.count else { return nil }
            let kept = parts.digits.count + scale
            guard parts.digits[kept...].allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
            parts.digits.removeLast(-scale)
        } else if scale > 0 {
            // More than 40 digits cannot fit any fixed-width integer used here.
            guard parts.digits.count + scale <= 40 else { return nil }
            parts.digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale))
        }
        // Accumulate towards the sign so that I.min is reachable.
        var value: I = 0
        for digit in parts.digits {
            let d = I(digit - UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = parts.negative
                ? shifted.subtractingReportingOverflow(d)
                : shifted.addingReportingOverflow(d)
            guard !overflow1, !overflow2 else { return nil }
            value = next
        }
        return value
    }

    /// The finite `Double` the text denotes: `"26447.104"`, `"5.632820109E9"`.
    static func double(_ text: String) -> Double? {
        guard parts(text) != nil, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

/// Text for a number or boolean, as ``Leniency/numbersAsStrings`` keeps it.
///
/// `Decimal` is tried before `Double` because Foundation's `JSONDecoder` builds
/// it from the number's digits, so `26447.104` stays `"26447.104"` rather than
/// acquiring binary rounding noise.
func scalarText(in container: any SingleValueDecodingContainer) -> String? {
    if let flag = try? container.decode(Bool.self) { return flag ? "true" : "false" }
    if let number = try? container.decode(Int64.self) { return String(number) }
    if let number = try? container.decode(Decimal.self) { return number.description }
    if let number = try? container.decode(Double.self) { return number.description }
    return nil
}
