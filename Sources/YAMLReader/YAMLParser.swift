/// The entry points: bytes or a file in, a ``YAMLDocument`` out.
///
/// Parsing never throws; every problem, including an unreadable file, comes
/// back as a located ``YAMLError`` so the caller has a single path for
/// reporting.
public enum YAMLParser {
    /// Parses one YAML document from `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents; UTF-8, optionally with a byte order mark.
    ///   - file: the name used in every ``SourceLocation``.
    ///   - limits: size, depth and node-count limits.
    public static func parse(_ bytes: [UInt8], file: String, limits: YAMLLimits = .default) -> YAMLDocument {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= limits.maxInputBytes else {
            return YAMLDocument(root: nil, errors: [tooLarge(limits, at: start)])
        }
        // The BOM is dropped before anything else so that it is not counted
        // as a column, neither by libyaml nor by our own offset conversion.
        let hasBOM = bytes.starts(with: InputCheck.byteOrderMark)
        let body = bytes[(hasBOM ? InputCheck.byteOrderMark.count : 0)...]
        return body.withUnsafeBufferPointer { input in
            if let problem = InputCheck.firstProblem(in: input) {
                let location = InputCheck.location(ofByteOffset: problem.offset, in: input, file: file)
                return YAMLDocument(root: nil, errors: [YAMLError(message: problem.message, location: location)])
            }
            return LibYAMLDriver.run(input, file: file, limits: limits)
        }
    }

    /// Reads and parses the file at `path`.
    ///
    /// - Parameters:
    ///   - displayName: the name to show in locations (e.g. a path relative to
    ///     the spec root); defaults to `path`.
    /// - Returns: a document whose only error is at line 1, column 1 if the
    ///   file cannot be read or exceeds ``YAMLLimits/maxInputBytes`` (checked
    ///   before reading it).
    public static func parse(contentsOf path: String, displayName: String? = nil, limits: YAMLLimits = .default) -> YAMLDocument {
        let file = displayName ?? path
        let start = SourceLocation(file: file, line: 1, column: 1)
        switch FileReader.contents(of: path, maxBytes: limits.maxInputBytes) {
        case .success(let bytes):
            return parse(bytes, file: file, limits: limits)
        case .failure(.tooLarge):
            return YAMLDocument(root: nil, errors: [tooLarge(limits, at: start)])
        case .failure(.system(let reason)):
            return YAMLDocument(root: nil, errors: [YAMLError(message: "cannot read file: \(reason)", location: start)])
        }
    }

    private static func tooLarge(_ limits: YAMLLimits, at location: SourceLocation) -> YAMLError {
        YAMLError(message: "file is larger than \(limits.maxInputBytes) bytes", location: location)
    }
}
