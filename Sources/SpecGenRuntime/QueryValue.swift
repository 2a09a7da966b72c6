/// Something that can be a query parameter value.
///
/// `queryText` is the unencoded text; ``QueryBuilder`` percent-encodes it.
public protocol QueryValue: Sendable {
    var queryText: String { get }
}

extension String: QueryValue {
    public var queryText: String { self }
}

extension Int: QueryValue {
    public var queryText: String { String(self) }
}

extension Int64: QueryValue {
    public var queryText: String { String(self) }
}

extension Double: QueryValue {
    /// Plain decimal notation with the shortest digits that read back as the same value, no
    /// exponent and no `.0` on whole numbers (`30`, `0.00001`, `26447.104`): see ``PlainDecimal``.
    public var queryText: String { PlainDecimal.text(self) }
}

extension Bool: QueryValue {
    public var queryText: String { self ? "true" : "false" }
}

extension CalendarDate: QueryValue {
    /// `YYYY-MM-DD`.
    public var queryText: String { description }
}

extension RawRepresentable where Self: QueryValue, RawValue == String {
    /// The raw value, so that a generated `enum Format: String, QueryValue`
    /// (or an ``OpenEnum`` declared `QueryValue`) needs no code of its own.
    public var queryText: String { rawValue }
}
