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
        for file in files {
            let path = join(root, file.path)
            if let data = fileManager.contents(atPath: path) {
                let previous = String(decoding: data, as: UTF8.self)
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
                if let head = FileSystem.prefix(ofRegularFile: join(root, relative), maxBytes: 64),
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
        var createdFolders: Set<URL> = []
        for change in changes {
            let url = URL(fileURLWithPath: Self.join(root, change.file.path))
            let folder = url.deletingLastPathComponent()
            if createdFolders.insert(folder).inserted {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try Self.replace(url.path, with: change.file.contents)
        }
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
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder).\(name).\(getpid()).tmp"
        func fail() -> POSIXError {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            unlink(temporary)
            return error
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw fail() }
        var bytes = Array(contents.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 || (written < 0 && errno == EINTR) else {
                close(descriptor)
                throw fail()
            }
            bytes = bytes.dropFirst(max(written, 0))
        }
        guard close(descriptor) == 0, rename(temporary, path) == 0 else { throw fail() }
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
