/// The body of an HTTP error status, decoded into the type the spec declares for that status
/// (`errors:`): what ``HTTPFailure/errorBody`` holds.
///
/// Read it with ``APIError/errorBody(as:)`` (or ``HTTPFailure/errorBody(as:)``), which gives the
/// value as its own type: `if let body = error.errorBody(as: ForecastError.self) { ... }`.
public struct ErrorBody: Sendable, Hashable, CustomStringConvertible {
    /// The decoded value: a generated type, a list of one, or a scalar.
    public let value: any Sendable
    /// The Swift type it was decoded into, as `String(describing:)` writes it (`ForecastError`).
    public let typeName: String
    /// Whether another value is this one: generated types are `Equatable`, not `Hashable`.
    private let isEqual: @Sendable (any Sendable) -> Bool

    public init<Value: Equatable & Sendable>(_ value: Value) {
        self.value = value
        self.typeName = String(describing: Value.self)
        self.isEqual = { other in (other as? Value) == value }
    }

    /// The value, when it is a `Value`.
    public func value<Value>(as _: Value.Type) -> Value? {
        value as? Value
    }

    /// Only the type: the value holds the server's text, which a log or terminal should not get
    /// unasked (read it through ``value(as:)``).
    public var description: String { "the body decoded as \(typeName)" }

    public static func == (left: ErrorBody, right: ErrorBody) -> Bool {
        left.typeName == right.typeName && left.isEqual(right.value)
    }

    /// By type alone, which equal bodies share.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(typeName)
    }
}

/// Why an error status's body did not decode into the type declared for that status: where, and
/// what was wrong there. The body's excerpt stays in ``HTTPFailure/excerpt``.
public struct ErrorBodyProblem: Sendable, Hashable, CustomStringConvertible {
    /// The Swift type the body was declared as (`ForecastError`).
    public var typeName: String
    /// The JSON path of the value that failed, such as `$.reason`; `$` for the whole body.
    public var path: String
    /// What was wrong there (redacted).
    public var problem: String

    public init(typeName: String, path: String, problem: String) {
        self.typeName = typeName
        self.path = path
        self.problem = problem
    }

    public var description: String {
        "the body does not decode as \(typeName), at \(path): \(problem)"
    }
}

extension HTTPFailure {
    /// The decoded error body, when it is a `Value`: `failure.errorBody(as: ForecastError.self)`.
    public func errorBody<Value>(as type: Value.Type) -> Value? {
        errorBody?.value(as: type)
    }
}

extension APIError {
    /// The HTTP status failure (``unauthorized(_:)`` or ``httpStatus(_:)``), if this is one.
    public var httpFailure: HTTPFailure? {
        switch self {
        case .unauthorized(let failure), .httpStatus(let failure): failure
        default: nil
        }
    }

    /// The body of the HTTP error status, decoded into the type the spec declares for the status,
    /// when it is a `Value`; nil for any other error, or a body that did not decode (then
    /// ``HTTPFailure/bodyProblem`` says why).
    ///
    /// ```swift
    /// do {
    ///     let forecast = try await client.getForecast(request)
    /// } catch {
    ///     if let body = error.errorBody(as: ForecastError.self) { print(body.reason) }
    /// }
    /// ```
    public func errorBody<Value>(as type: Value.Type) -> Value? {
        httpFailure?.errorBody(as: type)
    }
}
