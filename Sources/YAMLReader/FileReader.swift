#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls.
///
/// POSIX rather than Foundation so that a failure comes with the system's
/// reason ("No such file or directory", "Is a directory") for the message,
/// and so an oversized file is refused from its size alone, without reading it.
enum FileReader {
    enum Failure: Error {
        case tooLarge
        case system(String)
    }

    static func contents(of path: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.system(lastError())) }
        defer { _ = close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.system(lastError())) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.system(String(cString: strerror(EISDIR)))) }
        // The size is only a hint (pipes report 0, files can grow), so the
        // limit is enforced again while reading.
        if Int(info.st_size) > maxBytes { return .failure(.tooLarge) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system(lastError()))
            }
            if n == 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
            if bytes.count > maxBytes { return .failure(.tooLarge) }
        }
        return .success(bytes)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
