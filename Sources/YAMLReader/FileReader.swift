#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files with POSIX calls.
///
/// POSIX rather than Foundation so that a failure comes with the system's
/// reason ("No such file or directory", "Is a directory") for the message,
/// so an oversized file is refused from its size alone, without reading it,
/// and so a short-lived tool need not load the full Foundation library
/// (`FoundationEssentials` has no file handles).
public enum FileReader {
    enum Failure: Error {
        case tooLarge
        case system(String)
    }

    static func contents(of path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.system(lastError())) }
        defer { _ = close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.system(lastError())) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.system(String(cString: strerror(EISDIR)))) }
        // The size is only a hint (pipes report 0, files can grow), so the
        // limit is enforced again on what is read.
        if Int(info.st_size) > maxBytes { return .failure(.tooLarge) }
        guard let bytes = readBytes(fd, upTo: maxBytes + 1, sizeHint: Int(info.st_size)) else {
            return .failure(.system(lastError()))
        }
        return bytes.count > maxBytes ? .failure(.tooLarge) : .success(bytes)
    }

    /// The first `maxBytes` bytes of the regular file at `path` (following symbolic links), or nil
    /// when it cannot be read or is not a regular file. A FIFO or a device is refused before it is
    /// opened: reading it could block or never end.
    public static func prefix(ofRegularFile path: String, maxBytes: Int) -> [UInt8]? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        return readBytes(fd, upTo: maxBytes, sizeHint: Int(info.st_size))
    }

    /// At most `limit` bytes from `descriptor`, or nil on a read error (`errno` says which).
    private static func readBytes(_ descriptor: Int32, upTo limit: Int, sizeHint: Int) -> [UInt8]? {
        // One byte more than the size hint lets the first read also see the end of the file.
        var bytes = [UInt8](repeating: 0, count: max(1, min(limit, sizeHint + 1)))
        var count = 0
        while count < limit {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit - count)))
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

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
