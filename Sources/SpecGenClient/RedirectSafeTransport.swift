import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession

/// A URLSession delegate that refuses every redirect, so that the 3xx response itself reaches
/// ``ClientCore``, which follows it or not by its ``RedirectPolicy``.
///
/// Without it URLSession follows redirects on its own and, on Linux, sends the `Authorization`
/// header to whatever host the server names. An app that needs a delegate of its own subclasses
/// this one; the redirect method cannot be overridden.
open class RedirectRefusingSessionDelegate: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    override public init() {
        super.init()
    }

    public final func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

extension URLSession {
    /// A session with the default configuration that leaves every redirect to the client: what
    /// ``ClientCore`` sends through when given `URLSessionTransport()`, which uses `URLSession.shared`.
    public static let redirectRefusing = URLSession(
        configuration: .default, delegate: RedirectRefusingSessionDelegate(), delegateQueue: nil)
}

/// Makes the transports the client knows leave redirects to it.
enum RedirectSafeTransport {
    /// `transport`, or a transport sending the same way that does not follow redirects itself.
    ///
    /// A `URLSessionTransport` whose session has no delegate gets a session with the same
    /// configuration and a ``RedirectRefusingSessionDelegate``; one whose session has a delegate of
    /// the app's that is not a ``RedirectRefusingSessionDelegate`` cannot be changed, and its calls
    /// fail without sending anything. Other transports are used as they are.
    static func make(_ transport: any ClientTransport) -> any ClientTransport {
        guard var urlSessionTransport = transport as? URLSessionTransport else { return transport }
        let session = urlSessionTransport.configuration.session
        switch session.delegate {
        case is RedirectRefusingSessionDelegate:
            break
        case nil:
            urlSessionTransport.configuration.session = session === URLSession.shared
                ? .redirectRefusing
                : URLSession(
                    configuration: session.configuration, delegate: RedirectRefusingSessionDelegate(),
                    delegateQueue: session.delegateQueue)
        default:
            return UnsafeSessionTransport()
        }
        #if canImport(FoundationNetworking)
        return LinuxURLSessionTransport(base: urlSessionTransport)
        #else
        return urlSessionTransport
        #endif
    }
}

/// Stands in for a `URLSessionTransport` whose session's delegate may follow redirects with the
/// credentials: every call fails, before anything is sent.
struct UnsafeSessionTransport: ClientTransport {
    struct Failure: Error, CustomStringConvertible {
        var description: String {
            "the URLSessionTransport's session has a delegate that is not a RedirectRefusingSessionDelegate, "
                + "so it may follow a redirect to another host with the credentials; nothing was sent"
        }
    }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        throw Failure()
    }
}

#if canImport(FoundationNetworking)
/// A `URLSessionTransport` on Linux, where URLSession refuses every IPv6 address in brackets
/// (swift-corelibs-foundation and libcurl disagree on the host, `::1` against `[::1]`, and the
/// task fails with `NSURLErrorBadURL`). The IPv6 loopback address is sent as `localhost`, which
/// libcurl resolves itself, never through DNS, to this machine's loopback addresses.
struct LinuxURLSessionTransport: ClientTransport {
    let base: URLSessionTransport

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        try await base.send(request, body: body, baseURL: Self.reachable(baseURL), operationID: operationID)
    }

    static func reachable(_ url: URL) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              components.host == "[::1]" || components.host == "::1"
        else { return url }
        components.host = "localhost"
        return components.url ?? url
    }
}
#endif
