import YAMLReader

/// The API's types a request's code names: its response's, the enum types of its parameters and
/// headers (an object parameter's fields too), its body's. A type nested in the request (a group's
/// or a parameter's enum, a switch set, an inline body) with the Swift name of one of them is what
/// that name means inside the request, so the code naming the API's type would get the nested one:
/// `var shade: Color?` of the API's enum `Color` would hold the values of the parameter `color`.
struct RequestTypeReferences {
    /// The response's type, which the request's `Response` names.
    private let response: String?
    /// The other types the request names, by spec name, in spec order.
    private let others: [String]

    init(api: APISpec, endpoint: EndpointSpec) {
        response = endpoint.responseElementTypeName
        let parameters = endpoint.pathParameters + endpoint.allParameters + api.headers + endpoint.headers
        var others = parameters.flatMap { parameter in
            ([parameter] + parameter.objectFields).compactMap { $0.enumType?.name }
        }
        if let body = endpoint.body {
            others += SpecValidator.namedReferences(of: body.type)
        }
        self.others = others
    }

    /// Reports `nested` (`what` would be the request's nested type of that name) when it hides a
    /// type the request names.
    func check(_ nested: String, of what: String, remedy: String, at location: SourceLocation, diagnostics: DiagnosticCollector) {
        if let response, nested == SwiftName.type(response) {
            diagnostics.error(
                "\(what) would be the request's nested type '\(nested)', which hides the response type '\(response)'; \(remedy)",
                at: location)
        } else if let hidden = others.first(where: { SwiftName.type($0) == nested }) {
            diagnostics.error(
                "\(what) would be the request's nested type '\(nested)', which hides the type '\(hidden)' that the request uses; \(remedy)",
                at: location)
        }
    }
}
