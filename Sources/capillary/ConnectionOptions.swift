import ArgumentParser
import CapillaryAPI
import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
import SpecGenClient
import SpecGenRuntime
#if AsyncHTTPClient
import AsyncHTTPClient
import OpenAPIAsyncHTTPClient
#endif

/// Where to send requests, as whom, and through which HTTP stack.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "A cluster: \(CapillaryHost.allCases.map(\.rawValue).joined(separator: ", ")).")
    var host: CapillaryHost?

    @Option(help: "Any base URL instead of --host: https, or http to a loopback address.")
    var baseURL: String?

    @Option(help: "How to authenticate: basic (username and password) or oauth-token (a token from $CAPILLARY_OAUTH_TOKEN).")
    var auth: AuthChoice = .basic

    @Option(
        name: .customLong("oauth-token-header"),
        help: "The header the OAuth token goes in (default: $CAPILLARY_OAUTH_TOKEN_HEADER, else X-CAP-API-OAUTH-TOKEN).")
    var oauthTokenHeader: String?

    @Option(help: "The API username (default: $CAPILLARY_USERNAME).")
    var username: String?

    @Option(help: "The plain password; its MD5 digest is sent (default: $CAPILLARY_PASSWORD). Prefer the environment: arguments show in process lists.")
    var password: String?

    @Option(name: .customLong("password-md5"), help: "The password's MD5 digest, sent as given (default: $CAPILLARY_PASSWORD_MD5).")
    var passwordMD5: String?

    @Option(help: "How many times a failed call is sent again: after a connection failure, a timeout or HTTP 429, 502, 503 or 504, with backoff; honouring Retry-After up to 30 seconds.")
    var retries = 2

    @Option(help: "Seconds one attempt may take (default: the HTTP stack's own limit).")
    var timeout: Double?

    @Option(help: "The HTTP stack: \(TransportChoice.allCases.map(\.rawValue).joined(separator: ", ")).")
    var transport: TransportChoice = .urlsession

    func validate() throws {
        if host != nil && baseURL != nil {
            throw ValidationError("give --host or --base-url, not both")
        }
        if password != nil && passwordMD5 != nil {
            throw ValidationError("give --password or --password-md5, not both")
        }
        if auth == .oauthToken && (username != nil || password != nil || passwordMD5 != nil) {
            throw ValidationError("--auth oauth-token takes the token from CAPILLARY_OAUTH_TOKEN; --username, --password and --password-md5 are for --auth basic")
        }
        if !(0...10).contains(retries) {
            throw ValidationError("--retries must be between 0 and 10")
        }
        if let timeout, !(timeout > 0 && timeout <= 3600) {
            throw ValidationError("--timeout must be a number of seconds greater than 0, at most 3600")
        }
        if auth == .basic && oauthTokenHeader != nil {
            throw ValidationError("--oauth-token-header applies to --auth oauth-token only")
        }
    }

    /// The client these options describe; `environment` supplies credentials not given as options.
    /// `dryRun` replaces the transport `--transport` chooses, and the call is tried once: a dry
    /// run's transport stops every attempt, and a retry would only wait to stop again.
    func makeClient(environment: [String: String], dryRun: DryRunTransport? = nil) throws -> CapillaryClient {
        let authentication = try authentication(environment: environment)
        let transport: any ClientTransport = dryRun ?? self.transport.make()
        let retryPolicy = dryRun == nil ? self.retryPolicy : RetryPolicy(maximumAttempts: 1)
        if let baseURL {
            guard let url = URL(string: baseURL) else { throw ValidationError("--base-url is not a URL") }
            do {
                return try CapillaryClient(
                    baseURL: url, authentication: authentication, transport: transport, retryPolicy: retryPolicy,
                    timeout: timeoutDuration)
            } catch {
                throw ValidationError("--base-url: \(error)")
            }
        }
        return CapillaryClient(
            host: host ?? .eu, authentication: authentication, transport: transport, retryPolicy: retryPolicy,
            timeout: timeoutDuration)
    }

    private var retryPolicy: RetryPolicy { RetryPolicy(maximumAttempts: retries + 1) }

    private var timeoutDuration: Duration? { timeout.map { .milliseconds(Int(($0 * 1000).rounded())) } }

    private func authentication(environment: [String: String]) throws -> Authentication {
        switch auth {
        case .basic:
            return try basicCredentials(environment: environment)
        case .oauthToken:
            // Only from the environment: a token on the command line would show in process lists.
            guard let token = environment["CAPILLARY_OAUTH_TOKEN"], !token.isEmpty else {
                throw ValidationError("no OAuth token: set CAPILLARY_OAUTH_TOKEN")
            }
            guard let header = oauthTokenHeader ?? environment["CAPILLARY_OAUTH_TOKEN_HEADER"] else {
                return CapillaryClient.oauthToken(token)
            }
            guard HeaderField.isValidName(header) else {
                throw ValidationError("the OAuth token header is not a valid header name: letters, digits and !#$%&'*+-.^_`|~ only")
            }
            return CapillaryClient.oauthToken(token, header: header)
        }
    }

    private func basicCredentials(environment: [String: String]) throws -> Authentication {
        guard let username = username ?? environment["CAPILLARY_USERNAME"] else {
            throw ValidationError("no username: give --username or set CAPILLARY_USERNAME")
        }
        if let digest = passwordMD5 ?? (password == nil ? environment["CAPILLARY_PASSWORD_MD5"] : nil) {
            return CapillaryClient.basic(username: username, passwordDigest: digest)
        }
        guard let password = password ?? environment["CAPILLARY_PASSWORD"] else {
            throw ValidationError("no password: give --password or set CAPILLARY_PASSWORD (or CAPILLARY_PASSWORD_MD5)")
        }
        return CapillaryClient.basic(username: username, password: password)
    }
}

extension CapillaryHost: ExpressibleByArgument {}

/// The authentication schemes Capillary accepts.
enum AuthChoice: String, CaseIterable, ExpressibleByArgument {
    case basic
    case oauthToken = "oauth-token"
}

/// The swift-openapi-runtime transports the tool can send through.
enum TransportChoice: String, CaseIterable, ExpressibleByArgument {
    case urlsession
    #if AsyncHTTPClient
    case asyncHTTPClient = "async-http-client"
    #endif

    /// A transport that leaves redirects to the client, which follows them by its redirect policy
    /// (credentials only to the base URL's origin).
    func make() -> any ClientTransport {
        switch self {
        case .urlsession:
            URLSessionTransport(configuration: .init(session: .redirectRefusing))
        #if AsyncHTTPClient
        case .asyncHTTPClient:
            AsyncHTTPClientTransport(configuration: .init(client: Self.redirectRefusingHTTPClient))
        #endif
        }
    }

    #if AsyncHTTPClient
    /// Lives as long as the process, so it is never shut down (an `HTTPClient` must be shut down
    /// before it is released).
    private static let redirectRefusingHTTPClient = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))
    #endif
}
