/// Turns a `DecodingError` into a JSON path and a sentence, for ``BodyDecodingFailure``.
enum DecodingFailureDescription {
    /// `$.response.customers.customer[1].item_status.code`; `$` for the whole body.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = "$"
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += "." + key.stringValue
            }
        }
        return text
    }

    static func describe(_ error: any Error) -> (path: String, problem: String) {
        guard let decodingError = error as? DecodingError else {
            return ("$", String(describing: error))
        }
        switch decodingError {
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(type): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(type), found nothing: \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "missing: \(context.debugDescription)")
        case .dataCorrupted(let context):
            return (path(context.codingPath), problem(context))
        @unknown default:
            return ("$", String(describing: decodingError))
        }
    }

    /// Foundation puts the parser's reason ("Unexpected end of file") in the underlying error.
    private static func problem(_ context: DecodingError.Context) -> String {
        guard let underlying = context.underlyingError else { return context.debugDescription }
        let detail = String(describing: underlying)
        return context.debugDescription + " (" + detail + ")"
    }
}
