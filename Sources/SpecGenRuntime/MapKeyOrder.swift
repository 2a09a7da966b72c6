/// The order maps are written in (``ValueShape/map(_:)``), and body rules check their values in.
///
/// A map keeps every key exactly as the service sent it, and "exactly" is as exact as `String`
/// allows: Swift compares strings under Unicode canonical equivalence, so keys that differ only in
/// it ("é" precomposed and decomposed) are one key, and Foundation's `JSONDecoder` already keeps one
/// of their values before the runtime sees the object.
public enum MapKeyOrder {
    /// Byte order of the keys' UTF-8, not `String`'s `<` (which compares under Unicode canonical
    /// equivalence and so depends on the Unicode tables of the machine's standard library).
    public static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}
