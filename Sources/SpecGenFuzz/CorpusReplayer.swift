import Foundation

/// Replays inputs without a fuzzer: each file (folders are searched recursively, in sorted order)
/// goes through the target and gets a summary line. A crash stops the process, like under the
/// fuzzer; otherwise the exit status is 0, or 1 when a file cannot be read.
enum CorpusReplayer {
    static func replay(_ paths: [String], through target: FuzzTarget) -> Int32 {
        guard !paths.isEmpty else {
            printError("no inputs; name files or folders to replay")
            return 2
        }
        var status: Int32 = 0
        for path in paths.flatMap(files(under:)) {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("\(path): cannot read")
                status = 1
                continue
            }
            print("\(path): \(target.run([UInt8](data)))")
        }
        return status
    }

    private static func files(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let entries = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        return entries.sorted().map { folder + "/" + $0 }.filter { entry in
            var entryIsDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: entry, isDirectory: &entryIsDirectory) && !entryIsDirectory.boolValue
        }
    }
}
