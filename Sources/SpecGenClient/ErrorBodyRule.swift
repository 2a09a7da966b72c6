import Foundation
import SpecGenRuntime

/// Which type an HTTP error status's body decodes into: one entry of a spec's `errors:`, as
/// generated code passes them to ``ClientCore/send(_:operationID:errorBodies:)``.
///
/// The most specific rule that covers a status is the one read, in whatever order they come: an
/// exact status, then a class (`4XX`), then `default`.
public struct ErrorBodyRule: Sendable {
    /// The statuses a rule covers.
    public enum Statuses: Sendable, Hashable {
        /// One status: `"400"`.
        case exact(Int)
        /// Every status whose first digit is this: `4XX` is `.statusClass(4)`.
        case statusClass(Int)
        /// Every error status no other rule covers.
        case `default`

        /// 0 for an exact status, 1 for a class, 2 for `default`; nil when the status is not covered.
        func specificity(for status: Int) -> Int? {
            switch self {
            case .exact(let code): code == status ? 0 : nil
            case .statusClass(let digit): status / 100 == digit ? 1 : nil
            case .default: 2
            }
        }
    }

    public let statuses: Statuses
    /// Decodes a body into the rule's type.
    let decode: @Sendable (JSONDecoder, Data) throws -> ErrorBody
    /// The Swift type's name, for ``ErrorBodyProblem``.
    let typeName: String

    public init<Body: Decodable & Equatable & Sendable>(_ statuses: Statuses, _ type: Body.Type) {
        self.statuses = statuses
        self.decode = { decoder, data in ErrorBody(try decoder.decode(Body.self, from: data)) }
        self.typeName = String(describing: Body.self)
    }

    /// A body that is a list, a map or a scalar, read through `shape` with `leniency` as a field
    /// of that type is (a named type's own decoding already applies the spec's leniency).
    public init<Body: Equatable & Sendable>(
        _ statuses: Statuses, _ shape: @autoclosure @escaping @Sendable () -> ValueShape<Body>, leniency: Leniency
    ) {
        self.statuses = statuses
        self.decode = { decoder, data in
            ErrorBody(try decoder.decode(ShapedDocument<Body>.self, from: data, configuration: (shape(), leniency)).value)
        }
        self.typeName = String(describing: Body.self)
    }

    /// `.status(400, ForecastError.self)`.
    public static func status<Body: Decodable & Equatable & Sendable>(_ code: Int, _ type: Body.Type) -> ErrorBodyRule {
        ErrorBodyRule(.exact(code), type)
    }

    /// `.statusClass(4, ApiError.self)`: `4XX`.
    public static func statusClass<Body: Decodable & Equatable & Sendable>(_ digit: Int, _ type: Body.Type) -> ErrorBodyRule {
        ErrorBodyRule(.statusClass(digit), type)
    }

    /// `.default(ApiError.self)`: every error status no other rule covers.
    public static func `default`<Body: Decodable & Equatable & Sendable>(_ type: Body.Type) -> ErrorBodyRule {
        ErrorBodyRule(.default, type)
    }

    /// `.status(400, .list(.object(Problem.self)), leniency: .all)`: a list, map or scalar body.
    public static func status<Body: Equatable & Sendable>(
        _ code: Int, _ shape: @autoclosure @escaping @Sendable () -> ValueShape<Body>, leniency: Leniency
    ) -> ErrorBodyRule {
        ErrorBodyRule(.exact(code), shape(), leniency: leniency)
    }

    /// `.statusClass(4, .map(.scalar(String.self)), leniency: .strict)`.
    public static func statusClass<Body: Equatable & Sendable>(
        _ digit: Int, _ shape: @autoclosure @escaping @Sendable () -> ValueShape<Body>, leniency: Leniency
    ) -> ErrorBodyRule {
        ErrorBodyRule(.statusClass(digit), shape(), leniency: leniency)
    }

    /// `.default(.list(.scalar(String.self)), leniency: .strict)`.
    public static func `default`<Body: Equatable & Sendable>(
        _ shape: @autoclosure @escaping @Sendable () -> ValueShape<Body>, leniency: Leniency
    ) -> ErrorBodyRule {
        ErrorBodyRule(.default, shape(), leniency: leniency)
    }

    /// The rule of `rules` that reads a body of `status`: the most specific that covers it.
    static func rule(for status: Int, in rules: [ErrorBodyRule]) -> ErrorBodyRule? {
        var best: (rule: ErrorBodyRule, specificity: Int)?
        for rule in rules {
            guard let specificity = rule.statuses.specificity(for: status) else { continue }
            if best.map({ specificity < $0.specificity }) ?? true { best = (rule, specificity) }
        }
        return best?.rule
    }
}

/// A whole document read through a ``ValueShape``: `JSONDecoder` hands a top-level value only to a
/// `Decodable` type.
private struct ShapedDocument<Value>: DecodableWithConfiguration {
    let value: Value

    init(from decoder: any Decoder, configuration: (shape: ValueShape<Value>, leniency: Leniency)) throws {
        value = try configuration.shape.decode(from: decoder, leniency: configuration.leniency)
    }
}
