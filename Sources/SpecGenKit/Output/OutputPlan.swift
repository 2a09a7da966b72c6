#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLReader
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What writing a set of generated files would change on disk: which files are new or different,
/// which generated files are stale, and which are already up to date. `generate` applies it;
/// `check` only reports it.
public struct OutputPlan: Sendable {
    public struct Change: Sendable {
        public var file: OutputFile
        /// The current contents, nil for a new file.
        public var previous: String?
    }

    public var root: String
    public var changes: [Change]
    /// Generated files under the root that the specs no longer produce (relative paths).
    public var removals: [String]
    public var unchangedCount: Int

    public var isUpToDate: Bool { changes.isEmpty && removals.isEmpty }

    /// Compares `files` with the contents of `root`. Only files that carry the generated-file
    /// marker count as stale, so nothing written by hand is ever scheduled for removal.
    public static func make(files: [OutputFile], root: String) throws -> OutputPlan {
        let fileManager = FileManager.default
        var changes: [Change] = []
        var unchanged = 0
        // Nothing to read in an output folder that does not exist yet (a first run, a benchmark).
        let rootExists = fileManager.fileExists(atPath: root)
        let previousContents = Parallel.map(rootExists ? files.count : 0) { index in
            fileManager.contents(atPath: join(root, files[index].path)).map { String(decoding: $0, as: UTF8.self) }
        }
        for (index, file) in files.enumerated() {
            if rootExists, let previous = previousContents[index] {
                if previous == file.contents {
                    unchanged += 1
                } else {
                    changes.append(Change(file: file, previous: previous))
                }
            } else {
                changes.append(Change(file: file, previous: nil))
            }
        }
        let produced = Set(files.map(\.path))
        var removals: [String] = []
        if let relativePaths = try? fileManager.subpathsOfDirectory(atPath: root) {
            for relative in relativePaths {
                guard relative.hasSuffix(".swift") || relative.hasSuffix(".md"), !produced.contains(relative) else { continue }
                if let head = FileReader.prefix(ofRegularFile: join(root, relative), maxBytes: 64),
                   GeneratedFileMarker.isGenerated(String(decoding: head, as: UTF8.self)) {
                    removals.append(relative)
                }
            }
        }
        return OutputPlan(root: root, changes: changes, removals: removals.sorted(), unchangedCount: unchanged)
    }

    /// Writes every changed file atomically (a temporary file renamed into place, so a reader
    /// never sees half a file) and removes stale ones, with folders they leave empty.
    public func apply() throws {
        let fileManager = FileManager.default
        // Paths as strings, split at the last slash: URLs cost more than the writes on large specs.
        var createdFolders: Set<String> = []
        let paths = try changes.map { change in
            let path = Self.join(root, change.file.path)
            let (folder, _) = Self.split(path)
            if createdFolders.insert(folder).inserted {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            return path
        }
        // Files are written on every core when there are many; the first failure (in file order) is thrown.
        let failures = Parallel.map(changes.count) { index -> (any Error)? in
            do {
                try Self.replace(paths[index], with: changes[index].file.contents)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        for removal in removals {
            let url = URL(fileURLWithPath: Self.join(root, removal))
            try fileManager.removeItem(at: url)
            var folder = url.deletingLastPathComponent()
            while folder.path.count > root.count,
                  (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                try fileManager.removeItem(at: folder)
                folder = folder.deletingLastPathComponent()
            }
        }
    }

    /// Writes a temporary file next to `path` and renames it over `path`, so a reader sees the old
    /// file or the new one, never half of one. Unlike Foundation's `Data.write` it does not flush
    /// each file to disk: generated files can always be generated again, and the flushes took a
    /// quarter of the generator's time on large specs.
    static func replace(_ path: String, with contents: String) throws {
        let (folder, name) = split(path)
        let temporary = folder + "/." + name + "." + String(getpid()) + ".tmp"
        func fail() -> POSIXError {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            unlink(temporary)
            return error
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw fail() }
        var contents = contents
        let writeFailed = contents.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 || (written < 0 && errno == EINTR) else { return true }
                offset += max(written, 0)
            }
            return false
        }
        guard !writeFailed else {
            close(descriptor)
            throw fail()
        }
        guard close(descriptor) == 0, rename(temporary, path) == 0 else { throw fail() }
    }

    /// The folder and the file name of `path` (relative paths are in `.`).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let folder = slash == path.utf8.startIndex ? "/" : String(Substring(path.utf8[..<slash]))
        return (folder, String(Substring(path.utf8[path.utf8.index(after: slash)...])))
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
