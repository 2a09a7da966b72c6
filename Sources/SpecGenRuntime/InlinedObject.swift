/// Object fields that some responses leave out, putting the field's keys in the enclosing object
/// instead: `{"status": …, "coupons": …}` where `{"response": {"status": …, "coupons": …}}` is
/// documented (the spec's `may_be_inlined`).
///
/// The wrapped form always wins: when the key is there only its value is read. Without the key,
/// the enclosing object is the field's value only when it carries one of the keys the field's
/// type declares (``WireObject/wireKeys``), so an object holding neither is a missing value (an
/// error at its path for a required field), never a value invented with every field absent.
extension KeyedDecodingContainer where K == AnyCodingKey {
    /// An object field that may arrive inlined: the value for the field `name` as
    /// ``decodeObject(_:forKey:leniency:)-(_,KeyedDecodingContainer<K>.Key,_)`` reads it when its key is present (even `null`: then
    /// nil); otherwise `T(from: decoder)` — the enclosing object read as the value — when
    /// ``holdsInlined(_:forKey:)``; otherwise nil.
    ///
    /// - Parameters:
    ///   - type: the field's type.
    ///   - name: the field's JSON key.
    ///   - decoder: the decoder of the enclosing object, whose container this is.
    ///   - leniency: what the field's value may bend.
    public func decodeObject<T: WireObject>(
        _ type: T.Type, forKey name: String, orInlinedFrom decoder: any Decoder, leniency: Leniency
    ) throws -> T? {
        let key = AnyCodingKey(name)
        if contains(key) { return try decodeObject(T.self, forKey: key, leniency: leniency) }
        guard holdsInlined(T.self, forKey: name) else { return nil }
        return try T(from: decoder)
    }

    /// Whether this object is itself the value of the field `name`: the key is absent and the
    /// object carries at least one key `T` declares. Its keys then all belong to that value, so an
    /// enclosing type that keeps unknown keys keeps none of them.
    public func holdsInlined<T: WireObject>(_ type: T.Type, forKey name: String) -> Bool {
        !contains(AnyCodingKey(name)) && allKeys.contains { T.wireKeys.contains($0.stringValue) }
    }
}
