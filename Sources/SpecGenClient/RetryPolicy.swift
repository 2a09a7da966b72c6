import Foundation

/// When a client sends a request again after a failure, and how long it waits first.
///
/// Only what is safe to repeat is repeated: a request whose endpoint is idempotent (GET, or what the
/// spec marks `idempotent: true`) after a connection failure, a timeout, or HTTP 429, 502, 503 or
/// 504. A write that is not idempotent is repeated only after HTTP 429, which says the service did
/// not process it; after anything else, repeating it could do it twice (a purchase recorded twice).
///
/// Between attempts the client waits what the answer's `Retry-After` asks (seconds or an HTTP date)
/// when that is no more than ``maximumRetryAfter``; a longer wait is not made, and the error carries
/// the wait the service asked for. Without `Retry-After` it backs off exponentially from
/// ``initialBackoff``, at most ``maximumBackoff``, each wait drawn at random from its upper half so
/// that clients that failed together do not retry together.
public struct RetryPolicy: Sendable, Hashable {
    /// How many times one call is sent at most, the first time included; 1 never retries.
    public var maximumAttempts: Int
    /// The wait before the second attempt when the service does not say.
    public var initialBackoff: Duration
    /// The longest wait between two attempts when the service does not say.
    public var maximumBackoff: Duration
    /// The longest `Retry-After` the client waits for; a longer one ends the call with the error.
    public var maximumRetryAfter: Duration

    public init(
        maximumAttempts: Int, initialBackoff: Duration = .milliseconds(500), maximumBackoff: Duration = .seconds(8),
        maximumRetryAfter: Duration = .seconds(30)
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// Three attempts, from half a second of backoff, waiting for a `Retry-After` of up to 30 seconds.
    public static let standard = RetryPolicy(maximumAttempts: 3)

    /// Every call is sent once.
    public static let never = RetryPolicy(maximumAttempts: 1)

    /// The wait before attempt `attempt` (2 for the first retry) when the service does not say:
    /// `initialBackoff × 2^(attempt − 2)`, at most `maximumBackoff`, scaled by a random factor
    /// between ½ and 1.
    public func backoff(beforeAttempt attempt: Int) -> Duration {
        var ceiling = initialBackoff
        for _ in 0..<max(0, attempt - 2) where ceiling < maximumBackoff {
            ceiling *= 2
        }
        ceiling = min(ceiling, maximumBackoff)
        return ceiling * Double.random(in: 0.5...1)
    }

    /// The statuses after which an idempotent request is repeated.
    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]
}

extension RetryPolicy {
    /// The wait a `Retry-After` header's `value` asks for from `now`: a number of seconds or an HTTP
    /// date (RFC 9110, section 10.2.3); nil when it is neither. A date in the past asks for no wait.
    public static func retryAfterDelay(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            // An absurd number of seconds is as good as "too long"; it must not overflow.
            return .seconds(Int(trimmed.prefix(9)) ?? 0) + (trimmed.count > 9 ? .seconds(999_999_999) : .zero)
        }
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) {
                return .milliseconds(Int(max(0, date.timeIntervalSince(now)) * 1000))
            }
        }
        return nil
    }

    /// IMF-fixdate, then the obsolete RFC 850 and asctime forms a recipient must accept.
    private static let formats = ["EEE, dd MMM yyyy HH:mm:ss 'GMT'", "EEEE, dd-MMM-yy HH:mm:ss 'GMT'", "EEE MMM d HH:mm:ss yyyy"]
}
