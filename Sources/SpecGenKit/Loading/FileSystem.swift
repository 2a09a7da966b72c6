#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system questions `FoundationEssentials` cannot answer, asked with POSIX calls (reading
/// files is `YAMLReader`'s ``FileReader``). The full Foundation library would answer them
/// (`fileExists(atPath:isDirectory:)`), but loading it costs a short-lived generator process more
/// than the rest of its start-up.
enum FileSystem {
    /// Whether `path` names a directory (following symbolic links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
