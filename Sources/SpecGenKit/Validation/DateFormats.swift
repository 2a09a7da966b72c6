import SpecGenRuntime

/// The `DateTimeFormat` of a date or datetime parameter or field.
enum DateFormats {
    /// The declared `pattern`'s format, or the type's own (`YYYY-MM-DD`, RFC 3339) when none is
    /// declared; nil for a pattern that is not valid.
    static func declared(_ kind: ScalarKind, pattern: String?) -> DateTimeFormat? {
        guard let pattern else { return kind == .date ? .isoDate : .iso8601 }
        return try? DateTimeFormat(pattern: pattern, kind: kind == .date ? .date : .dateTime)
    }
}
