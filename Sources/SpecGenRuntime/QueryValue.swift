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
    /// Whole numbers without a fraction (`30`, not `30.0`), since servers that
    /// expect an integer often reject the `.0`; otherwise Swift's shortest
    /// round-trip text (`26447.104`, `1e+20`).
    public var queryText: String {
        if rounded() == self, abs(self) < 9_007_199_254_740_992 { // 2^53: exact in both types
            return String(Int64(self))
        }
        return description
    }
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
