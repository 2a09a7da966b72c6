/// What a scalar means under the YAML 1.2 core schema.
///
/// Resolution happens once, while reading, so every consumer agrees on it and
/// nobody re-implements "is this a number?" with subtly different rules
/// (YAML 1.1's `yes`/`no`/`on`/`off` booleans are the classic trap: under the
/// 1.2 core schema used here they are plain strings).
///
/// Only plain scalars are resolved; quoted and block scalars are always
/// strings. An explicit core tag (`!!str`, `!!int`, `!!float`, `!!bool`,
/// `!!null`) forces the type, and text that does not fit that type is
/// reported as an error.
public enum ScalarValue: Sendable, Hashable {
    /// `~`, `null`, `Null`, `NULL`, or nothing at all (`key:`).
    case null
    /// `true`/`True`/`TRUE`/`false`/`False`/`FALSE`.
    case bool(Bool)
    /// Decimal, `0o` octal or `0x` hexadecimal integers that fit in `Int`.
    case int(Int)
    /// Decimal floats, `.inf`, `.nan`, and decimal integers too large for `Int`.
    case float(Double)
    /// Everything else.
    case string(String)
}
