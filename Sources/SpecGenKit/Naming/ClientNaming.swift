/// Names of the types the generator adds for a client, derived from the API's and endpoints' names.
/// The validator checks them against the spec's own types with these same functions.
enum ClientNaming {
    /// `CapillaryClient`.
    static func clientType(of api: APISpec) -> String {
        SwiftName.type(api.name + "Client")
    }

    /// `CapillaryFailureReason`: why an item failed, by item code.
    static func failureReasonType(of api: APISpec) -> String {
        SwiftName.type(api.name + "FailureReason")
    }

    /// `GetCouponFailureReason`: why an item of an endpoint with its own `item_failures` failed.
    static func failureReasonType(of endpoint: EndpointSpec) -> String {
        SwiftName.type(SwiftName.pascalCase(endpoint.name) + "FailureReason")
    }

    /// `GetCustomerResult`: what a bulk or single-item endpoint's method returns.
    static func resultType(of endpoint: EndpointSpec) -> String {
        SwiftName.type(SwiftName.pascalCase(endpoint.name) + "Result")
    }

    /// `getCustomer`: the client's method for an endpoint.
    static func method(of endpoint: EndpointSpec) -> String {
        SwiftName.member(SwiftName.camelCase(endpoint.name))
    }

    /// Every type name the client adds, for the collision check.
    static func generatedTypes(of api: APISpec) -> [String] {
        var names = [clientType(of: api)]
        if api.outcome != nil { names.append(failureReasonType(of: api)) }
        names += api.endpoints.filter { $0.responseItems != nil || $0.responseItem != nil }.map(resultType)
        names += api.endpoints.filter { $0.outcome?.itemFailures != nil }.map(failureReasonType)
        return names
    }
}
