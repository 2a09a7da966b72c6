/// A growable byte buffer that copies each piece with one `memcpy`: `Array.append(contentsOf:)`
/// costs about a hundred instructions a call, `String.append` several hundred, and a large API's
/// files (Swift and Markdown) are a million pieces.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity = 4_096

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    subscript(index: Int) -> UInt8 { base[index] }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress, !source.isEmpty else { return }
        reserve(source.count)
        (base + count).initialize(from: start, count: source.count)
        count += source.count
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        (base + count).initialize(to: byte)
        count += 1
    }

    mutating func append(_ byte: UInt8, count repeats: Int) {
        reserve(repeats)
        (base + count).initialize(repeating: byte, count: repeats)
        count += repeats
    }

    mutating func removeLast(_ byteCount: Int = 1) {
        precondition(byteCount <= count, "removing more bytes than the buffer holds")
        count -= byteCount
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
    }
}
