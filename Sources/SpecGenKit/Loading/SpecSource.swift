#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAMLReader

/// The spec files of one API, read but not yet parsed: a folder on disk or files a test makes up.
public struct SpecSource: Sendable {
    public struct File: Sendable {
        /// Relative to the spec root, e.g. `capillary/customer_get.yaml`; stable across machines.
        public var relativePath: String
        /// How diagnostics name the file: the path as the user gave it.
        public var displayPath: String
        public var bytes: [UInt8]

        public init(relativePath: String, displayPath: String, bytes: [UInt8]) {
            self.relativePath = relativePath
            self.displayPath = displayPath
            self.bytes = bytes
        }
    }

    /// The API folder's name, e.g. `capillary`.
    public var folderName: String
    public var files: [File]

    public init(folderName: String, files: [File]) {
        self.folderName = folderName
        self.files = files
    }

    /// Finds the APIs under `root`: every folder (the root itself included) that directly holds
    /// `.yaml` or `.yml` files is one API. Files are sorted so that output never depends on the
    /// order the file system lists them in.
    ///
    /// At most `maxFileBytes + 1` bytes of a file are read: enough for the YAML reader to report a
    /// file over its limit (``YAMLLimits/maxInputBytes``), without holding a huge file in memory.
    public static func discover(root: String, maxFileBytes: Int = YAMLLimits.default.maxInputBytes) throws -> [SpecSource] {
        let fileManager = FileManager.default
        guard FileSystem.isDirectory(root) else {
            throw SpecSourceError.notADirectory(root)
        }
        var sources: [SpecSource] = []
        var folders = [""]
        if let children = try? fileManager.contentsOfDirectory(atPath: root) {
            for child in children.sorted() where !child.hasPrefix(".") {
                if FileSystem.isDirectory(join(root, child)) {
                    folders.append(child)
                }
            }
        }
        for folder in folders {
            let directory = folder.isEmpty ? root : join(root, folder)
            let names = (try fileManager.contentsOfDirectory(atPath: directory))
                .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }
                .sorted()
            guard !names.isEmpty else { continue }
            let files = try names.map { name -> File in
                let relative = folder.isEmpty ? name : folder + "/" + name
                let path = join(directory, name)
                return File(relativePath: relative, displayPath: path, bytes: try prefix(of: path, maxBytes: maxFileBytes + 1))
            }
            let folderName = folder.isEmpty ? URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent : folder
            sources.append(SpecSource(folderName: folderName, files: files))
        }
        return sources
    }

    /// One API from spec files named one by one (as a build-tool plugin passes them). Two files
    /// with the same name would write the same per-spec-file output, so that is an error.
    /// Reads at most `maxFileBytes + 1` bytes of each, as ``discover(root:maxFileBytes:)`` does.
    public static func files(
        _ paths: [String], apiName folderName: String, maxFileBytes: Int = YAMLLimits.default.maxInputBytes
    ) throws -> SpecSource {
        var seen: [String: String] = [:]
        var files: [File] = []
        for path in paths {
            let name = URL(fileURLWithPath: path).lastPathComponent
            if let first = seen[name] {
                throw SpecSourceError.sameFileName(path, first)
            }
            seen[name] = path
            files.append(File(
                relativePath: "\(folderName)/\(name)", displayPath: path, bytes: try prefix(of: path, maxBytes: maxFileBytes + 1)))
        }
        return SpecSource(folderName: folderName, files: files.sorted { $0.relativePath < $1.relativePath })
    }

    /// The first `maxBytes` bytes of the regular file at `path` (following links). Anything else, a
    /// FIFO or a device, is refused: reading it could block or never end.
    private static func prefix(of path: String, maxBytes: Int) throws -> [UInt8] {
        guard let bytes = FileReader.prefix(ofRegularFile: path, maxBytes: maxBytes) else {
            throw SpecSourceError.unreadable(path)
        }
        return bytes
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

public enum SpecSourceError: Error, CustomStringConvertible {
    case notADirectory(String)
    case unreadable(String)
    case sameFileName(String, String)

    public var description: String {
        switch self {
        case .notADirectory(let path): "error: spec folder '\(path)' does not exist or is not a folder"
        case .unreadable(let path): "\(path):1:1: error: cannot read file"
        case .sameFileName(let path, let first):
            "\(path):1:1: error: has the same file name as \(first); their generated Swift files would collide"
        }
    }
}
