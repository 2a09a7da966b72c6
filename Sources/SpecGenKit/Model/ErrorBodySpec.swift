import YAMLReader

/// An entry of `errors:` (an endpoint's, or the API's default for every endpoint): the body an HTTP
/// error status answers with. OpenAPI's `responses` entries for statuses that are not 2xx.
public struct ErrorBodySpec: Sendable {
    /// The statuses an entry covers; the most specific entry that covers a status reads its body.
    public enum Status: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// `"400"`: this status.
        case exact(Int)
        /// `4XX`: every status of a class, by its first digit (`4`).
        case statusClass(Int)
        /// `default`: every error status no other entry covers.
        case `default`

        /// As the spec writes it: `400`, `4XX`, `default`.
        public var description: String {
            switch self {
            case .exact(let code): String(code)
            case .statusClass(let digit): "\(digit)XX"
            case .default: "default"
            }
        }

        /// Reads a key of `errors`: `100`–`599`, `1XX`–`5XX` (or `1xx`), or `default`.
        public init?(key: String) {
            if key == "default" {
                self = .default
                return
            }
            let characters = Array(key.utf8)
            guard characters.count == 3, let first = characters.first, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(first)
            else { return nil }
            let digit = Int(first - UInt8(ascii: "0"))
            if characters.dropFirst().allSatisfy({ $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "x") }) {
                self = .statusClass(digit)
            } else if characters.dropFirst().allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                      let code = Int(key) {
                self = .exact(code)
            } else {
                return nil
            }
        }

        /// Whether a successful status is among those covered, which the response type describes.
        public var isSuccess: Bool {
            switch self {
            case .exact(let code): (200...299).contains(code)
            case .statusClass(let digit): digit == 2
            case .default: false
            }
        }

        /// Exact statuses first, then classes, then `default`: the order the client tries them in.
        public static func < (left: Status, right: Status) -> Bool {
            switch (left, right) {
            case (.exact(let a), .exact(let b)), (.statusClass(let a), .statusClass(let b)): a < b
            case (.exact, _): true
            case (.statusClass, .default): true
            default: false
            }
        }
    }

    public var status: Status
    /// The body's type, loaded as a field's type is (a name, a list, a scalar).
    public var type: FieldType
    public var description: String?
    /// Where the status key was written.
    public var location: SourceLocation
}
