#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes request bodies as JSON, strictly and deterministically, through the generated
/// `encode(to:)` (one encoding path per type, for bodies and for re-encoding responses alike):
///
/// - keys in the order `encode(to:)` writes them, which is the spec's field order; `nil` omitted
///   (the generated code never writes it), no whitespace;
/// - integers as their digits; `Double`s in plain decimal notation (``PlainDecimal``: `30`,
///   `0.00001`, never `1e-05` or `30.0`); NaN and the infinities are an `EncodingError`, never
///   `nan` text a service would refuse or misread;
/// - strings with `"`, `\` and the C0 controls escaped (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
///   else `\u001f` style, lower-case hex), everything else as it is in UTF-8 (`/` included).
///
/// So one value always gives the same bytes, and a recorded body compares byte for byte.
///
/// It streams: each value is written as it is encoded, and a container is closed when its parent
/// writes its next element (or at the end), which `Encodable` allows because containers are used
/// depth first. Foundation's `JSONEncoder` is not used: its key order and number spelling are not
/// promised (`.sortedKeys` sorts rather than keeping the spec's order, and a `Double` may come out
/// as `1e-05`).
public enum JSONBodyWriter {
    /// The JSON text of `value`.
    public static func bytes<T: Encodable>(of value: T) throws -> [UInt8] {
        let sink = JSONSink()
        try sink.write(value, level: 0)
        sink.close(downTo: 0)
        return sink.bytes
    }

    /// Appends `text` as a JSON string, quoted and escaped as described above.
    public static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = text.utf8
        let handled: Void? = utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &bytes) }
        if handled == nil {
            utf8 = String(text).utf8  // a bridged string: made native, then contiguous
            var copy = Array(utf8)
            copy.withUnsafeMutableBufferPointer { appendEscaped(UnsafeBufferPointer($0), to: &bytes) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends unescaped runs whole: most text has nothing to escape.
    private static func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var runStart = 0
        for index in 0..<source.count {
            let byte = source[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
            runStart = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
    }
}

/// Where a body is written, and the containers open along the current path.
final class JSONSink {
    struct Frame {
        var isObject: Bool
        var count: Int
    }

    /// One step of the coding path, kept without boxing: most paths are never asked for.
    enum Step {
        case key(String)
        case index(Int)
    }

    var bytes: [UInt8] = []
    private var frames: [Frame] = []
    private var path: [Step] = []

    init() {
        bytes.reserveCapacity(1024)
    }

    /// The coding path of a value at `level`, for errors.
    func codingPath(level: Int) -> [any CodingKey] {
        path.prefix(level).map { step -> any CodingKey in
            switch step {
            case .key(let key): AnyCodingKey(key)
            case .index(let index): AnyCodingKey(intValue: index) ?? AnyCodingKey(String(index))
            }
        }
    }

    /// Closes the containers at `level` and deeper: their parent is writing again.
    func close(downTo level: Int) {
        while frames.count > level {
            bytes.append(frames.removeLast().isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    func open(isObject: Bool, level: Int) {
        // A value asking again for the object it is writing (a tagged union writes its
        // discriminator, then its variant writes the other keys) keeps writing into it, as
        // `JSONEncoder` does. A sibling at this level would have closed it in `beginElement`.
        if isObject, frames.count == level + 1, frames[level].isObject { return }
        close(downTo: level)
        bytes.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append(Frame(isObject: isObject, count: 0))
    }

    /// Starts the next element of the container at `level` (`,` after the first), with its key.
    func beginElement(level: Int, key: String?) {
        close(downTo: level + 1)
        if frames[level].count > 0 { bytes.append(UInt8(ascii: ",")) }
        path.removeSubrange(min(level, path.count)...)
        if let key {
            JSONBodyWriter.appendString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            path.append(.key(key))
        } else {
            path.append(.index(frames[level].count))
        }
        frames[level].count += 1
    }

    /// Writes `value` as the element just begun (or the whole body at level 0).
    func write<T: Encodable>(_ value: T, level: Int) throws {
        switch value {
        case let text as String: JSONBodyWriter.appendString(text, to: &bytes)
        case let number as Int: appendDigits(number)
        case let number as Double: try appendNumber(number, level: level)
        case let flag as Bool: appendFlag(flag)
        case let number as Int64: appendDigits(number)
        case let number as Float: try appendNumber(Double(number), level: level)
        // Decimal's own `encode(to:)` writes its parts as an object; a body wants the number (as
        // `JSONValue`'s numbers are), written in plain notation.
        case let number as Decimal: bytes += Array(number.description.utf8)
        default:
            let mark = bytes.count
            try value.encode(to: JSONBodyEncoder(sink: self, level: level))
            // A value that wrote nothing at all is an empty object, as JSONEncoder writes it.
            if bytes.count == mark { bytes += [UInt8(ascii: "{"), UInt8(ascii: "}")] }
        }
    }

    func appendFlag(_ flag: Bool) {
        bytes += flag ? Array("true".utf8) : Array("false".utf8)
    }

    func appendDigits<Number: BinaryInteger>(_ number: Number) {
        bytes += Array(String(number).utf8)
    }

    func appendNumber(_ number: Double, level: Int) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(
                codingPath: codingPath(level: level), debugDescription: "NaN and the infinities have no JSON number"))
        }
        bytes += Array(PlainDecimal.text(number).utf8)
    }

    func appendNull() {
        bytes += Array("null".utf8)
    }
}

/// The `Encoder` a value at one level of the body is encoded with.
struct JSONBodyEncoder: Encoder {
    let sink: JSONSink
    let level: Int

    var codingPath: [any CodingKey] { sink.codingPath(level: level) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.open(isObject: true, level: level)
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(sink: sink, level: level))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.open(isObject: false, level: level)
        return JSONUnkeyedContainer(sink: sink, level: level)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(sink: sink, level: level)
    }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: JSONSink
    let level: Int

    var codingPath: [any CodingKey] { sink.codingPath(level: level) }

    mutating func encodeNil(forKey key: Key) throws {
        sink.beginElement(level: level, key: key.stringValue)
        sink.appendNull()
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        sink.beginElement(level: level, key: key.stringValue)
        sink.appendFlag(value)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        sink.beginElement(level: level, key: key.stringValue)
        JSONBodyWriter.appendString(value, to: &sink.bytes)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        sink.beginElement(level: level, key: key.stringValue)
        try sink.appendNumber(value, level: level + 1)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        sink.beginElement(level: level, key: key.stringValue)
        sink.appendDigits(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        sink.beginElement(level: level, key: key.stringValue)
        try sink.write(value, level: level + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        sink.beginElement(level: level, key: key.stringValue)
        sink.open(isObject: true, level: level + 1)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(sink: sink, level: level + 1))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.beginElement(level: level, key: key.stringValue)
        sink.open(isObject: false, level: level + 1)
        return JSONUnkeyedContainer(sink: sink, level: level + 1)
    }

    /// Under the key `super`, as `JSONEncoder` writes it (`Key` need not have such a case).
    mutating func superEncoder() -> any Encoder {
        sink.beginElement(level: level, key: "super")
        return JSONBodyEncoder(sink: sink, level: level + 1)
    }

    /// The value must be written through the returned encoder before this container is used again.
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        sink.beginElement(level: level, key: key.stringValue)
        return JSONBodyEncoder(sink: sink, level: level + 1)
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let sink: JSONSink
    let level: Int
    private(set) var count = 0

    init(sink: JSONSink, level: Int) {
        self.sink = sink
        self.level = level
    }

    var codingPath: [any CodingKey] { sink.codingPath(level: level) }

    mutating func encodeNil() throws {
        sink.beginElement(level: level, key: nil)
        count += 1
        sink.appendNull()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        sink.beginElement(level: level, key: nil)
        count += 1
        try sink.write(value, level: level + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        sink.beginElement(level: level, key: nil)
        count += 1
        sink.open(isObject: true, level: level + 1)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(sink: sink, level: level + 1))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.beginElement(level: level, key: nil)
        count += 1
        sink.open(isObject: false, level: level + 1)
        return JSONUnkeyedContainer(sink: sink, level: level + 1)
    }

    /// The value must be written through the returned encoder before this container is used again.
    mutating func superEncoder() -> any Encoder {
        sink.beginElement(level: level, key: nil)
        count += 1
        return JSONBodyEncoder(sink: sink, level: level + 1)
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let sink: JSONSink
    let level: Int

    var codingPath: [any CodingKey] { sink.codingPath(level: level) }

    mutating func encodeNil() throws { sink.appendNull() }
    mutating func encode(_ value: Bool) throws { sink.appendFlag(value) }
    mutating func encode(_ value: String) throws { JSONBodyWriter.appendString(value, to: &sink.bytes) }
    mutating func encode(_ value: Double) throws { try sink.appendNumber(value, level: level) }
    mutating func encode(_ value: Int) throws { sink.appendDigits(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try sink.write(value, level: level) }
}
