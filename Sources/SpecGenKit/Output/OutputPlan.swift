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
        /// The current contents; nil for a new file, or when a symbolic link is in its place.
        public var previous: String?
    }

    public var root: String
    public var changes: [Change]
    /// Generated files under the root that the specs no longer produce (relative paths).
    public var removals: [String]
    public var unchangedCount: Int

    public var isUpToDate: Bool { changes.isEmpty && removals.isEmpty }

    /// Compares `files` with the contents of `root`. Only files that carry the generated-file
    /// marker and lie in one of `folders` (those this run owns) count as stale, so nothing written
    /// by hand, and nothing another API or module generated into the same root, is ever scheduled
    /// for removal.
    ///
    /// Every path is checked before anything is written, so that a write cannot fail half-way
    /// for a reason known in advance: a name too long for the file system, or a folder on the
    /// way that is a symbolic link or a file.
    public static func make(files: [OutputFile], root: String, folders: [OutputFolder]) throws(OutputWriteError) -> OutputPlan {
        try checkPaths(of: files, root: root)
        var changes: [Change] = []
        var unchanged = 0
        // Nothing to read in an output folder that does not exist yet (a first run, a benchmark).
        let rootExists = OutputPath.kind(root) != nil
        let previousContents = Parallel.map(rootExists ? files.count : 0) { index in
            OutputPath.regularFileContents(OutputPath.join(root, files[index].path))
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
        // Compared case-folded: on a case-insensitive file system, `Abc.swift` on disk is the file
        // written as `ABc.swift` when a type is renamed, and must not be removed after it is written.
        let produced = Set(files.map { OutputPath.folded($0.path) })
        var stale: Set<String> = []
        for folder in folders {
            for relative in generatedFiles(in: folder, root: root) where !produced.contains(OutputPath.folded(relative)) {
                stale.insert(relative)
            }
        }
        return OutputPlan(root: root, changes: changes, removals: stale.sorted(), unchangedCount: unchanged)
    }

    /// Refuses, naming the path, a file or folder name longer than the file system takes (a file's
    /// counted with its temporary's extra bytes), a folder on the way that is not a real folder,
    /// and a file whose place a folder holds.
    private static func checkPaths(of files: [OutputFile], root: String) throws(OutputWriteError) {
        if let kind = kindFollowingLinks(root), kind != S_IFDIR {
            throw OutputWriter.notAFolder(root)
        }
        var checkedFolders: Set<String> = [""]
        for file in files.sorted(by: { $0.path < $1.path }) {
            let path = OutputPath.join(root, file.path)
            let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
            for (index, component) in components.enumerated() {
                let isName = index == components.count - 1
                let limit = isName ? OutputWriter.maxFileNameBytes : OutputWriter.maxNameBytes
                guard !component.isEmpty, component != ".", component != ".." else {
                    throw OutputWriteError(.write, path: path, reason: "not a plain relative path")
                }
                guard component.utf8.count <= limit else {
                    throw OutputWriteError(
                        .write, path: path,
                        reason: "the \(isName ? "file" : "folder") name '\(component)' has \(component.utf8.count) bytes; "
                            + "the most the file system takes is \(limit)")
                }
            }
            var folder = ""
            for component in components.dropLast() {
                folder = folder.isEmpty ? String(component) : folder + "/" + component
                guard checkedFolders.insert(folder).inserted else { continue }
                if let kind = OutputPath.kind(OutputPath.join(root, folder)), kind != S_IFDIR {
                    throw OutputWriter.notAFolder(OutputPath.join(root, folder))
                }
            }
            if OutputPath.kind(path) == S_IFDIR {
                throw OutputWriteError(.write, path: path, reason: "a folder is in the file's place")
            }
        }
    }

    private static func kindFollowingLinks(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// The Swift and Markdown files in `folder` (relative paths) that carry the generated-file
    /// marker. Symbolic links are neither followed nor listed: what they point to is not ours.
    private static func generatedFiles(in folder: OutputFolder, root: String) -> [String] {
        var found: [String] = []
        var pending = [folder.path]
        while let relative = pending.popLast() {
            let path = OutputPath.join(root, relative)
            guard OutputPath.kind(path) == S_IFDIR, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                continue
            }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                switch OutputPath.kind(OutputPath.join(root, child)) {
                case S_IFDIR where folder.includesSubfolders:
                    pending.append(child)
                case S_IFREG where name.hasSuffix(".swift") || name.hasSuffix(".md"):
                    if let head = FileReader.prefix(ofRegularFile: OutputPath.join(root, child), maxBytes: 64),
                       GeneratedFileMarker.isGenerated(String(decoding: head, as: UTF8.self)) {
                        found.append(child)
                    }
                default:
                    continue
                }
            }
        }
        return found
    }

    /// Writes every changed file atomically and without following links planted in the output
    /// (see ``OutputWriter``), then removes stale files, with the folders they leave empty.
    public func apply() throws(OutputWriteError) {
        var writer = try OutputWriter(root: root)
        defer { writer.closeFolders() }
        var folders: [Int32] = []
        for change in changes {
            folders.append(try writer.folder(OutputPath.split(change.file.path).folder))
        }
        let root = root
        let changes = changes
        // Files are written on every core when there are many; the first failure (in file order) is thrown.
        let failures = Parallel.map(changes.count) { [folders] index -> OutputWriteError? in
            let file = changes[index].file
            do throws(OutputWriteError) {
                try OutputWriter.replace(
                    OutputPath.split(file.path).name, in: folders[index], path: OutputPath.join(root, file.path),
                    with: file.contents)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        for removal in removals {
            let path = OutputPath.join(root, removal)
            guard unlink(path) == 0 else { throw .system(.remove, path) }
            // `rmdir` removes only an empty folder, and never a link; the first that stays ends the walk.
            var folder = OutputPath.split(removal).folder
            while !folder.isEmpty, rmdir(OutputPath.join(root, folder)) == 0 {
                folder = OutputPath.split(folder).folder
            }
        }
    }
}
