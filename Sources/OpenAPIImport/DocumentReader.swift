import Foundation
import YAMLReader

/// Reads an OpenAPI document, JSON or YAML, into a ``JSONTree``. JSON is YAML (1.2), so one reader
/// takes both, with the same size limit and `line:col` locations for either's syntax errors.
struct DocumentReader {
    /// The largest document read unless `--max-size` says otherwise. GitHub's REST description, one
    /// of the largest public ones, is about 10 MB; 64 MiB leaves room while keeping a hostile or
    /// mistaken input (a log file, a disk image) from exhausting memory.
    static let defaultMaxBytes = 64 << 20

    var maxBytes: Int = defaultMaxBytes

    /// The document at `path`, named `displayName` in messages.
    func read(path: String, displayName: String) throws(ImportError) -> JSONTree {
        // Refused from its size alone, before reading: a mistaken input may be a disk image.
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > maxBytes {
            throw tooLarge(displayName)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(kind: .unreadable, document: displayName, message: "cannot read the document (no such file, or not readable)")
        }
        let bytes = [UInt8](data)
        return try parse(bytes, displayName: displayName)
    }

    func parse(_ bytes: [UInt8], displayName: String) throws(ImportError) -> JSONTree {
        guard bytes.count <= maxBytes else { throw tooLarge(displayName) }
        // A large document has many more nodes than a spec; the size limit is what bounds the work.
        let limits = YAMLLimits(maxInputBytes: maxBytes, maxDepth: 512, maxNodes: max(1_000_000, maxBytes / 2))
        let document = YAMLParser.parse(bytes, file: displayName, limits: limits)
        if let error = document.errors.first {
            throw ImportError(
                kind: .unreadable, document: displayName, place: "\(error.location.line):\(error.location.column)",
                message: "not valid JSON or YAML: \(error.message)")
        }
        guard let root = document.root else {
            throw ImportError(kind: .notOpenAPI, document: displayName, message: "the document is empty")
        }
        return Self.tree(root)
    }

    private func tooLarge(_ displayName: String) -> ImportError {
        ImportError(
            kind: .tooLarge, document: displayName,
            message: "the document is larger than \(maxBytes) bytes (\(ByteCount.text(maxBytes))), the most this import reads; "
                + "pass --max-size BYTES to allow more")
    }

    /// The YAML node as JSON: scalars by their core-schema value, except that keys stay text (a
    /// responses key `200` is the string "200" to OpenAPI).
    static func tree(_ node: YAMLNode) -> JSONTree {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .integer(value)
            case .float(let value):
                // Integers too long for Int arrive as floats; keep their digits rather than round.
                if value.isFinite, scalar.text.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }) {
                    return .numberText(scalar.text.hasPrefix("+") ? String(scalar.text.dropFirst()) : scalar.text)
                }
                return .number(value)
            case .string(let text): return .string(text)
            }
        case .sequence(let elements):
            return .array(elements.map(tree))
        case .mapping(let entries):
            return .object(entries.map { (key: $0.key.scalar?.text ?? "", value: tree($0.value)) })
        }
    }
}

/// Byte counts for people: `64 MiB`.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
