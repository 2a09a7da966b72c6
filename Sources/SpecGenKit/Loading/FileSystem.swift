#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions `FoundationEssentials` cannot answer, asked with POSIX calls.
/// The full Foundation library would answer them (`FileHandle`, `fileExists(atPath:isDirectory:)`),
/// but loading it costs a short-lived generator process more than the rest of its start-up.
enum FileSystem {
    /// Whether `path` names a directory (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The first `maxBytes` bytes of the regular file at `path` (following symbolic links), or nil
    /// when it cannot be read or is not a regular file. A FIFO or a device is refused before it is
    /// opened: reading it could block or never end.
    static func prefix(ofRegularFile path: String, maxBytes: Int) -> [UInt8]? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { _ = close(descriptor) }
        // The size is a hint (a file can grow while it is read); one byte more than it lets the
        // first read also see the end of the file.
        var bytes = [UInt8](repeating: 0, count: max(1, min(maxBytes, Int(info.st_size) + 1)))
        var count = 0
        while count < maxBytes {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maxBytes - count)))
            }
            let received = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if received < 0, errno == EINTR { continue }
            guard received >= 0 else { return nil }
            if received == 0 { break }
            count += received
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}
