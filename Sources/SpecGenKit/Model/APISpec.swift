import SpecGenRuntime
import YAMLReader

/// One API as the spec folder describes it: the API file plus every endpoint file.
/// Produced by the loader, checked by the validator, read by the translators.
public struct APISpec: Sendable {
    /// Folder name under `Spec/`, used in generated-file headers (stable, machine independent).
    public var folderName: String
    /// The API file, relative to the spec root (e.g. `capillary/api.yaml`).
    public var file: String
    public var name: String
    public var module: String
    public var title: String
    public var version: String?
    public var description: String?
    public var hosts: [HostSpec]
    public var auth: AuthSpec
    public var headers: [ParameterSpec]
    public var fixedQuery: [FixedQueryItem]
    public var leniency: LeniencySpec?
    /// `unknown_keys: keep`: object types keep the keys they do not declare unless they say otherwise.
    public var keepsUnknownKeys = false
    /// The UTC offset (`+05:30`) of date-times the service writes without one; nil when unknown.
    public var timeZone: String?
    /// `query_encoding`: how list separators and spaces are written in queries (default: today's
    /// `%2C` and `%20`).
    public var queryEncoding = QueryEncoding.standard
    /// `query_encoding.list_style`: how list parameters that do not choose send their values
    /// (default: joined by their separator, as always).
    public var listStyle = ListStyle.joined
    /// How response bodies report outcomes; nil when they do not (the HTTP status says it all).
    public var outcome: OutcomeSpec?
    /// `errors:` the error bodies of every endpoint, by HTTP status, where an endpoint declares none
    /// for the same key.
    public var errors: [ErrorBodySpec] = []
    public var types: [TypeSpec] {
        didSet { typeIndex = Self.index(types) }
    }
    public var endpoints: [EndpointSpec]
    /// Every spec file of the API in file order, the API file included: each has its own Swift file
    /// in the per-spec-file layout, even one that defines nothing.
    public var specFiles: [SpecFileName]
    public var location: SourceLocation
    /// Positions in `types` by name (the first of duplicates), so that looking a type up costs the
    /// same for a spec with thousands of types as for one with ten.
    private var typeIndex: [String: Int]

    init(folderName: String, file: String, name: String, module: String, title: String, version: String?,
         description: String?, hosts: [HostSpec], auth: AuthSpec, headers: [ParameterSpec],
         fixedQuery: [FixedQueryItem], leniency: LeniencySpec?, timeZone: String?, outcome: OutcomeSpec?, types: [TypeSpec],
         endpoints: [EndpointSpec], specFiles: [SpecFileName], location: SourceLocation) {
        self.folderName = folderName
        self.file = file
        self.name = name
        self.module = module
        self.title = title
        self.version = version
        self.description = description
        self.hosts = hosts
        self.auth = auth
        self.headers = headers
        self.fixedQuery = fixedQuery
        self.leniency = leniency
        self.timeZone = timeZone
        self.outcome = outcome
        self.types = types
        self.endpoints = endpoints
        self.specFiles = specFiles
        self.location = location
        self.typeIndex = Self.index(types)
    }

    private static func index(_ types: [TypeSpec]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, type) in types.enumerated() where index[type.name] == nil {
            index[type.name] = position
        }
        return index
    }

    /// The enum types some path parameter, parameter or header takes (`type: Color`).
    public var parameterEnumTypes: Set<String> {
        var names: Set<String> = []
        for parameter in headers + endpoints.flatMap({ $0.pathParameters + $0.allParameters + $0.headers }) {
            if let reference = parameter.enumType { names.insert(reference.name) }
            for field in parameter.objectFields {
                if let reference = field.enumType { names.insert(reference.name) }
            }
        }
        return names
    }

    /// The named type called `name`, if the spec defines one.
    public func type(named name: String) -> TypeSpec? {
        typeIndex[name].map { types[$0] }
    }
}

/// How one spec file is named: in generated headers and output paths, and in diagnostics.
public struct SpecFileName: Sendable {
    /// Relative to the spec root, e.g. `capillary/customer_get.yaml`.
    public var relativePath: String
    /// The path as the user gave it, for diagnostics.
    public var displayPath: String

    /// The file's first line, where a diagnostic about the file as a whole points.
    public var start: SourceLocation { SourceLocation(file: displayPath, line: 1, column: 1) }
}

/// A named base URL, e.g. a regional cluster.
public struct HostSpec: Sendable {
    public var name: String
    public var url: String
    public var description: String?
    public var location: SourceLocation
}

/// How a client may authenticate: the alternatives `api.auth` lists, one of which a client is
/// created with. Empty when the API takes no credentials (`scheme: none`, or no `auth`).
public struct AuthSpec: Sendable {
    public var schemes: [AuthSchemeSpec]

    /// Whether a client needs credentials to be created.
    public var requiresCredentials: Bool { !schemes.isEmpty }

    /// The declared scheme called `name`.
    public func scheme(named name: String) -> AuthSchemeSpec? {
        schemes.first { $0.name == name }
    }
}

/// One way a client may authenticate.
public struct AuthSchemeSpec: Sendable {
    public enum Scheme: String, Sendable, CaseIterable {
        case basic
        case bearer
        case apiKey = "api_key"
        case headerToken = "header_token"
        case none
    }

    public var scheme: Scheme
    /// The spec's name for it (`name:`, default: the scheme), which endpoints' `auth:` name and the
    /// client's factory functions are named after.
    public var name: String
    /// basic: set when the credential carries a digest of the password rather than the password.
    public var passwordDigest: PasswordDigest?
    /// api_key, header_token: the header the secret goes in (for header_token, the default the app
    /// may override).
    public var header: String?
    /// api_key: the query parameter the key goes in.
    public var query: String?
    public var description: String?
    public var location: SourceLocation
}

/// A query parameter sent with a constant value, such as `format=json`.
public struct FixedQueryItem: Sendable {
    public var name: String
    public var value: String
    public var description: String?
    public var location: SourceLocation
}
