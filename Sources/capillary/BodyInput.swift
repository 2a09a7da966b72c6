import ArgumentParser
import Foundation

/// The request body a write subcommand sends: JSON read from a file, or from standard input for
/// `-`, exactly as the service documents it, inside its envelope (`{"root":{"customer":[...]}}`).
enum BodyInput {
    /// Larger than any batch the service accepts, small enough to keep in memory.
    static let maximumSize = 16 << 20

    static func read(_ source: String) throws -> [UInt8] {
        // Through a file handle, so that a pipe or a process substitution reads as well as a file.
        let handle = source == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: source)
        guard let handle else { throw ValidationError("--body: cannot read \(source)") }
        let data: Data
        do {
            // nil at the end of the input: an empty body, which the request then refuses as not JSON.
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw ValidationError("--body: cannot read \(source)")
        }
        guard data.count <= maximumSize else { throw ValidationError("--body: more than \(maximumSize) bytes") }
        return Array(data)
    }
}
