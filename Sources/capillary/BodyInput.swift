import ArgumentParser
import Foundation

/// The request body a write subcommand sends: JSON read from a file, or from standard input for
/// `-`, exactly as the service documents it, inside its envelope (`{"root":{"customer":[...]}}`).
enum BodyInput {
    /// Larger than any batch the service accepts, small enough to keep in memory.
    static let maximumSize = 16 << 20

    static func read(_ source: String) throws -> [UInt8] {
        let data: Data?
        if source == "-" {
            data = try? FileHandle.standardInput.read(upToCount: maximumSize + 1)
        } else {
            data = FileManager.default.contents(atPath: source)
        }
        guard let data else { throw ValidationError("--body: cannot read \(source)") }
        guard data.count <= maximumSize else { throw ValidationError("--body: more than \(maximumSize) bytes") }
        return Array(data)
    }
}
