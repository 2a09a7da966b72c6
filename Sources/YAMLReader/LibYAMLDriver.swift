import CYAML

/// Runs libyaml's event parser over a buffer and feeds a ``TreeBuilder``.
///
/// The event API is used (rather than libyaml's own document loader) because
/// the loader recurses, has no node or depth limits, and resolves aliases by
/// sharing nodes in a graph; driving a builder from events gives bounded,
/// non-recursive construction with the checks this reader needs.
enum LibYAMLDriver {
    /// Parses `input` (UTF-8 without a BOM, already validated) and returns
    /// the builder's result.
    static func run(_ input: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLimits) -> YAMLDocument {
        var builder = TreeBuilder(file: file, limits: limits)
        guard let base = input.baseAddress, !input.isEmpty else {
            return YAMLDocument(root: nil, errors: [])
        }

        // The parser must not move: yaml_parser_set_input_string stores a
        // pointer to the parser inside itself, so it lives on the heap rather
        // than in a Swift variable passed inout.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            return YAMLDocument(root: nil, errors: [
                YAMLError(message: "could not initialise the YAML parser (out of memory)",
                          location: SourceLocation(file: file, line: 1, column: 1)),
            ])
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, base, input.count)

        var event = yaml_event_t()
        while !builder.isFinished {
            guard yaml_parser_parse(parser, &event) != 0 else {
                builder.report(syntaxMessage(parser.pointee, input: input), at: syntaxLocation(parser.pointee, input: input, file: file))
                builder.fail()
                break
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            handle(event, builder: &builder)
        }
        return YAMLDocument(root: builder.root, errors: builder.errors)
    }

    private static func handle(_ event: yaml_event_t, builder: inout TreeBuilder) {
        // The ends of collections, a sixth of all events, need no location.
        if event.type == YAML_SEQUENCE_END_EVENT || event.type == YAML_MAPPING_END_EVENT {
            builder.collectionEnd()
            return
        }
        let location = SourceLocation(file: builder.file,
                                      line: Int(event.start_mark.line) + 1,
                                      column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            builder.documentStart(at: location)
        case YAML_SCALAR_EVENT:
            let anchor = event.data.scalar.anchor.map { String(cString: $0) }
            let scalar = makeScalar(event, location: location, builder: &builder)
            builder.scalar(scalar, anchor: anchor, at: location)
        case YAML_SEQUENCE_START_EVENT:
            let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            builder.collectionStart(isMapping: false, anchor: anchor, at: location)
        case YAML_MAPPING_START_EVENT:
            let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            builder.collectionStart(isMapping: true, anchor: anchor, at: location)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            builder.alias(name, at: location)
        default:
            // Stream start, document end: nothing to build.
            break
        }
    }

    /// Builds the Swift scalar straight from libyaml's byte buffer (already
    /// known to be valid UTF-8) and resolves its value.
    private static func makeScalar(
        _ event: yaml_event_t,
        location: SourceLocation,
        builder: inout TreeBuilder
    ) -> YAMLScalar {
        let data = event.data.scalar
        let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
        let text = String(decoding: bytes, as: UTF8.self)
        let style: ScalarStyle
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }

        let value: ScalarValue
        if let tagPointer = data.tag {
            let tag = String(cString: tagPointer)
            if let core = CoreSchema.Tag(resolvedTag: tag) {
                if let v = CoreSchema.resolve(bytes, text: text, tag: core) {
                    value = v
                } else {
                    builder.report("'\(text)' is not a valid !!\(core.rawValue)", at: location)
                    value = .string(text)
                }
            } else if tag == "!" || style != .plain {
                // `!` is the non-specific tag: YAML says "a string, don't resolve".
                value = .string(text)
            } else {
                // Other tags mean nothing to this reader; resolve as if untagged.
                value = CoreSchema.resolvePlain(bytes, text: text)
            }
        } else if style == .plain {
            value = CoreSchema.resolvePlain(bytes, text: text)
        } else {
            value = .string(text)
        }
        return YAMLScalar(text: text, style: style, value: value)
    }

    // MARK: - Syntax errors

    /// libyaml's problem and context joined into one sentence, e.g.
    /// "found character that cannot start any token while scanning for the
    /// next token", plus what helps an author act on it: where the context
    /// began when that is elsewhere (an unclosed quote is reported at the end
    /// of the file, but the opening quote is what needs finding), and which
    /// character was refused (libyaml does not say, and a tab looks like spaces).
    static func syntaxMessage(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>) -> String {
        var message = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR, parser.problem_value >= 0 {
            let hex = String(UInt32(parser.problem_value), radix: 16, uppercase: true)
            message += " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex))"
        }
        if let context = parser.context.map({ String(cString: $0) }), !context.isEmpty {
            message += " " + context
            let c = parser.context_mark, p = parser.problem_mark
            if parser.error != YAML_READER_ERROR, c.line != p.line || c.column != p.column {
                message += " (started at \(c.line + 1):\(c.column + 1))"
            }
        }
        if parser.error == YAML_SCANNER_ERROR, !message.contains("tab"),
           let offset = InputCheck.byteOffset(line: Int(parser.problem_mark.line),
                                               column: Int(parser.problem_mark.column), in: input) {
            message += characterHint(at: offset, in: input)
        }
        return message
    }

    /// Names the character a scanner error points at. Tabs get a specific
    /// hint, because tab indentation is the most common cause of such errors
    /// and is invisible in most editors.
    private static func characterHint(at offset: Int, in input: UnsafeBufferPointer<UInt8>) -> String {
        let byte = input[offset]
        if byte == UInt8(ascii: "\t") {
            var i = offset
            while i > 0, input[i - 1] == UInt8(ascii: " ") || input[i - 1] == UInt8(ascii: "\t") { i -= 1 }
            let atLineStart = i == 0 || input[i - 1] == UInt8(ascii: "\n") || input[i - 1] == UInt8(ascii: "\r")
            return atLineStart ? "; YAML indentation must use spaces, not tabs" : " (a tab character)"
        }
        guard byte > 0x20, byte < 0x7F else { return "" }
        return " ('\(Character(Unicode.Scalar(byte)))')"
    }

    /// Where a syntax error is. Reader errors only carry a byte offset.
    static func syntaxLocation(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        if parser.error == YAML_READER_ERROR {
            return InputCheck.location(ofByteOffset: parser.problem_offset, in: input, file: file)
        }
        return SourceLocation(file: file,
                              line: Int(parser.problem_mark.line) + 1,
                              column: Int(parser.problem_mark.column) + 1)
    }
}
