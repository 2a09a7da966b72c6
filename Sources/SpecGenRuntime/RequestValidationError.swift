/// What a request value is wrong about, found before anything is sent.
///
/// The description names only the parameter and the rule — never the offending
/// value, which may be a credential or personal data and would otherwise end up
/// in logs and crash reports.
public struct RequestValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        /// A list parameter was given no values.
        case emptyList
        /// A list value contains the list separator (the associated value).
        case separatorInValue(String)
        /// The value is below the minimum (the associated value). `Double`
        /// so that integer and number bounds share one case.
        case belowMinimum(Double)
        /// The value is above the maximum (the associated value).
        case aboveMaximum(Double)
        /// A number is NaN or infinite: no server reads `nan` or `inf` as a number.
        case notFinite
        /// The parameter is only allowed when `parameter` has `value`.
        case requires(parameter: String, value: String)
        /// The parameter is only allowed when `parameter` is set too, whatever its value.
        case requiresPresence(parameter: String)
        /// The parameter's value is greater than (after) the value of `parameter`.
        case after(parameter: String)
        /// None of a group's `members` is set; the error's `parameter` is the group's name.
        case noneInGroup(members: [String])
        /// The value of an open enum is one the spec does not declare (`.unknown`), which the
        /// parameter does not take.
        case undeclaredValue
        /// A header value contains CR, LF or NUL (header injection).
        case invalidHeaderValue
        /// Anything else, described in free text (which must not quote the value).
        case invalidValue(String)
        /// A body's text has fewer characters than the minimum (the associated value).
        case tooShort(Int)
        /// A body's text has more characters than the maximum (the associated value).
        case tooLong(Int)
        /// A body's list has fewer elements than the minimum (the associated value).
        case tooFewItems(Int)
        /// A body's list has more elements than the maximum (the associated value), such as a batch limit.
        case tooManyItems(Int)
    }

    /// The parameter's wire name (for ``Problem/noneInGroup(members:)``, the group's name); for a
    /// request body, the field's JSON path as sent, envelope included: `root.customer[3].mobile`.
    public var parameter: String
    public var problem: Problem

    public init(parameter: String, problem: Problem) {
        self.parameter = parameter
        self.problem = problem
    }

    /// For example `gap_to_upgrade_for must be >= 0` or
    /// `gap_to_upgrade_for requires mlp=true`.
    public var description: String {
        switch problem {
        case .emptyList:
            "\(parameter) needs at least one value"
        case .separatorInValue(let separator):
            "\(parameter): a value contains \"\(separator)\", the list separator; it would be split into two values"
        case .belowMinimum(let minimum):
            "\(parameter) must be >= \(PlainDecimal.text(minimum))"
        case .aboveMaximum(let maximum):
            "\(parameter) must be <= \(PlainDecimal.text(maximum))"
        case .notFinite:
            "\(parameter) must be a finite number"
        case .requires(let other, let value):
            "\(parameter) requires \(other)=\(value)"
        case .requiresPresence(let other):
            "\(parameter) requires \(other) to be set"
        case .after(let other):
            "\(parameter) must not be after \(other)"
        case .undeclaredValue:
            "\(parameter) must be one of the values the spec declares"
        case .noneInGroup(let members):
            "\(parameter): set at least one of " + members.joined(separator: ", ")
        case .invalidHeaderValue:
            "\(parameter): header value contains a line break"
        case .invalidValue(let text):
            "\(parameter): \(text)"
        case .tooShort(let minimum):
            "\(parameter) must have at least \(minimum) \(minimum == 1 ? "character" : "characters")"
        case .tooLong(let maximum):
            "\(parameter) must have at most \(maximum) \(maximum == 1 ? "character" : "characters")"
        case .tooFewItems(let minimum):
            "\(parameter) must have at least \(minimum) \(minimum == 1 ? "element" : "elements")"
        case .tooManyItems(let maximum):
            "\(parameter) must have at most \(maximum) \(maximum == 1 ? "element" : "elements")"
        }
    }
}
