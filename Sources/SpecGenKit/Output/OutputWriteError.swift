#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a generated file or folder could not be written or removed, naming its path: a bare
/// `POSIXError(ENAMETOOLONG)` leaves the user guessing which of a thousand files failed.
public struct OutputWriteError: Error, CustomStringConvertible, Equatable {
    public enum Action: String, Sendable {
        case write
        case remove
    }

    public var action: Action
    /// The file or folder: the output root as it was given, then the generated path.
    public var path: String
    public var reason: String

    public init(_ action: Action, path: String, reason: String) {
        self.action = action
        self.path = path
        self.reason = reason
    }

    /// `action` on `path` failed with the error `code` (by default the one `errno` holds).
    static func system(_ action: Action, _ path: String, code: Int32 = errno) -> OutputWriteError {
        OutputWriteError(action, path: path, reason: String(cString: strerror(code)))
    }

    public var description: String { "cannot \(action.rawValue) '\(path)': \(reason)" }
}
