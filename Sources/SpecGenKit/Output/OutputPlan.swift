import Foundation

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
        if let enumerator = fileManager.enumerator(atPath: root) {
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".swift") || relative.hasSuffix(".md"), !produced.contains(relative) else { continue }
                if let handle = FileHandle(forReadingAtPath: join(root, relative)) {
                    let head = String(decoding: handle.readData(ofLength: 64), as: UTF8.self)
                    try? handle.close()
                    if GeneratedFileMarker.isGenerated(head) { removals.append(relative) }
                }
            }
        }
        return OutputPlan(root: root, changes: changes, removals: removals.sorted(), unchangedCount: unchanged)
    }

    /// Writes every changed file atomically (a temporary file renamed into place, so a reader
    /// never sees half a file) and removes stale ones, with folders they leave empty.
    public func apply() throws {
        let fileManager = FileManager.default
        for change in changes {
            let url = URL(fileURLWithPath: Self.join(root, change.file.path))
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(change.file.contents.utf8).write(to: url, options: .atomic)
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

    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
