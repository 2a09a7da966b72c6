#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The wire names of number and boolean fields that last arrived as a JSON string (`"42"`,
/// `"true"`), so that the next read of such a field tries the string first.
///
/// The `Decoder` protocol cannot tell a value's JSON type without trying to decode it, and a failed
/// attempt throws: Foundation's `JSONDecoder` builds a `DecodingError` with the coding path and a
/// message for it, which costs several times a successful read. A service that sends a field as a
/// string usually sends it that way every time, so remembering the form per field name avoids
/// that cost on all but the first read. The hint only orders the attempts: a wrong one costs one
/// failed read and is corrected, and every value and error is the same either way.
final class StringFormHints: @unchecked Sendable {
    static let shared = StringFormHints()

    /// Bounds the memory: field names come from generated code, but the runtime's entry points
    /// also accept keys made at run time.
    private static let capacity = 4_096

    /// A plain pthread mutex: the runtime does without Foundation's `NSLock`, and the
    /// `Synchronization` module's `Mutex` needs macOS 15.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var names: Set<String> = []

    private init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    func expectsString(_ name: String) -> Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return names.contains(name)
    }

    func record(_ name: String, arrivesAsString: Bool) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if arrivesAsString {
            if names.count < Self.capacity { names.insert(name) }
        } else {
            names.remove(name)
        }
    }
}
