#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files below an output root without ever following a symbolic link planted inside it.
///
/// Every folder below the root is created and opened relative to its parent's descriptor with
/// `O_NOFOLLOW`, and every file is written to a temporary with an unpredictable name, created
/// exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`, as `mkstemp` does), then renamed over its name.
/// A link planted at a temporary's name or at a folder's name therefore makes the write fail
/// instead of writing through it, and a link at a file's own name is replaced by the file (rename
/// replaces the link itself, never its target). The root itself is the user's choice and may be a
/// link.
struct OutputWriter {
    /// The most bytes a file or folder name may have: `NAME_MAX` on Linux and macOS.
    static let maxNameBytes = 255
    /// Random characters in a temporary's name: 62^12 names, none of which an attacker can predict.
    static let temporarySuffixLength = 12
    /// How many bytes a temporary's name adds to its file's: `.<name>.<suffix>.tmp`.
    static let temporaryNameOverhead = 1 + 1 + temporarySuffixLength + ".tmp".utf8.count
    /// The most bytes a generated file's name may have, so that its temporary's name still fits.
    static let maxFileNameBytes = maxNameBytes - temporaryNameOverhead

    let root: String
    /// Open folders by path relative to the root ("" is the root itself).
    private var folders: [String: Int32] = [:]

    /// Creates the root (and the folders above it) when it does not exist yet.
    init(root: String) throws(OutputWriteError) {
        self.root = root
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw OutputWriteError(.write, path: root, reason: "cannot create the folder (\(error))")
        }
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(.write, root) }
        folders[""] = descriptor
    }

    /// Closes the folders opened; the writer is done.
    mutating func closeFolders() {
        for descriptor in folders.values {
            close(descriptor)
        }
        folders = [:]
    }

    /// The descriptor of the folder `relative` (to the root), created if needed. A component that
    /// is a symbolic link or not a folder is an error.
    mutating func folder(_ relative: String) throws(OutputWriteError) -> Int32 {
        if let descriptor = folders[relative] { return descriptor }
        let (parent, name) = OutputPath.split(relative)
        let parentDescriptor = try folder(parent)
        let path = OutputPath.join(root, relative)
        if mkdirat(parentDescriptor, name, 0o777) != 0, errno != EEXIST {
            throw .system(.write, path)
        }
        let descriptor = openat(parentDescriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ELOOP || errno == ENOTDIR ? Self.notAFolder(path) : .system(.write, path)
        }
        folders[relative] = descriptor
        return descriptor
    }

    static func notAFolder(_ path: String) -> OutputWriteError {
        OutputWriteError(
            .write, path: path, reason: "not a folder (a symbolic link or a file); generated files go only into real folders")
    }

    /// Writes `contents` to a new temporary in `folder` and renames it to `name`, so a reader sees
    /// the old file or the new one, never half of one. `path` names the file in errors. Unlike
    /// Foundation's `Data.write` it does not flush each file to disk: generated files can always
    /// be generated again, and the flushes took a quarter of the generator's time on large specs.
    static func replace(_ name: String, in folder: Int32, path: String, with contents: String) throws(OutputWriteError) {
        var temporary = ""
        var descriptor: Int32 = -1
        // A name already taken (by chance, or planted) is skipped for a new one, as `mkstemp` does.
        for _ in 0..<100 {
            temporary = temporaryName(for: name)
            // 0o666 less the umask: the mode files had before, and the one editors give new files.
            descriptor = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            guard descriptor < 0, errno == EEXIST else { break }
        }
        guard descriptor >= 0 else { throw .system(.write, path) }
        func fail(_ code: Int32) -> OutputWriteError {
            unlinkat(folder, temporary, 0)
            return .system(.write, path, code: code)
        }
        var contents = contents
        let writeError = contents.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return written == 0 ? EIO : errno }
                offset += written
            }
            return nil
        }
        if let writeError {
            close(descriptor)
            throw fail(writeError)
        }
        guard close(descriptor) == 0 else { throw fail(errno) }
        guard renameat(folder, temporary, folder, name) == 0 else { throw fail(errno) }
    }

    /// `.<name>.<12 random letters and digits>.tmp`: hidden, next to the file, and unpredictable.
    static func temporaryName(for name: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var random = SystemRandomNumberGenerator()
        let suffix = (0..<temporarySuffixLength).map { _ in alphabet[Int(random.next(upperBound: UInt(alphabet.count)))] }
        return "." + name + "." + String(decoding: suffix, as: UTF8.self) + ".tmp"
    }
}

/// Paths as strings, split at the last slash: URLs cost more than the writes on large specs.
enum OutputPath {
    /// The folder and the file name of `path`; the folder is "" for a name with no slash.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(Substring(path.utf8[..<slash])), String(Substring(path.utf8[path.utf8.index(after: slash)...])))
    }

    /// `relative` below `root`; the root itself when `relative` is empty.
    static func join(_ root: String, _ relative: String) -> String {
        guard !relative.isEmpty else { return root }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// `path` as a case-insensitive file system (macOS's default) sees it. Upper- then lower-cased,
    /// so that letters with no single lowercase partner meet too ('ẞ', 'ß' and 'SS' all become
    /// 'ss'); Swift compares strings by canonical equivalence, so Unicode normalization forms
    /// (which macOS also ignores) meet as well. It may find a clash a file system would not, never
    /// miss one.
    static func folded(_ path: String) -> String {
        path.uppercased().lowercased()
    }

    /// What `lstat` says `path` is, without following a link at its last component; nil when
    /// nothing is there.
    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The contents of the regular file at `path`, or nil when there is none: nothing there, a
    /// folder, or a symbolic link, which is not read through (its target is not ours to compare).
    static func regularFileContents(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += repeatElement(0, count: bytes.count) }
            let received = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if received < 0, errno == EINTR { continue }
            guard received >= 0 else { return nil }
            if received == 0 { break }
            count += received
        }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }
}
