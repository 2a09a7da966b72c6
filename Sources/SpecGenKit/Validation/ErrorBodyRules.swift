/// Rules an `errors:` mapping (an endpoint's or the API's) follows: one entry per status key, and
/// types that exist. Loading already refused keys that are not statuses, and 2xx ones.
enum ErrorBodyRules {
    static func check(_ errors: [ErrorBodySpec], api: APISpec, diagnostics: DiagnosticCollector) {
        // `4XX` and `4xx`, or `400` and `"400"`, are one key written twice.
        var statuses = UniqueNames(what: "'errors' status", diagnostics: diagnostics)
        for error in errors {
            statuses.insert(error.status.description, display: error.status.description, at: error.location)
            SpecValidator().validateFieldType(error.type, keepsUnknownKeys: false, api: api, diagnostics: diagnostics)
        }
    }
}
