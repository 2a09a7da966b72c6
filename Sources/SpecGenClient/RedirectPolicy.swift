import Foundation

/// Which redirects a client follows.
///
/// The client follows redirects itself rather than leaving them to the transport, because a
/// transport that follows a redirect on its own may send the `Authorization` header to wherever the
/// server points (URLSession on Linux does). Whatever the policy:
/// - a redirect to the origin (scheme, host, port) the client was created for is followed with the
///   credentials, up to ``maximumRedirects`` in a row;
/// - a redirect from https to http is never followed;
/// - no request goes out by plain http to a host other than this machine;
/// - credentials never go to another origin, and once a redirect left the origin they are not
///   sent again for that call;
/// - a request body never goes to another origin either (a 303 there is followed, as a GET).
public enum RedirectPolicy: Sendable, Hashable, CaseIterable {
    /// A redirect to another origin is refused with ``APIError/redirectRefused(_:)``, which names
    /// the target origin. The default.
    case sameOriginOnly
    /// A redirect to another origin is followed without the credentials.
    case followOtherOriginsWithoutCredentials

    /// How many redirects one call follows before it gives up.
    public static let maximumRedirects = 5
}

/// A redirect the client did not follow.
public struct RedirectRefusal: Sendable, Hashable, CustomStringConvertible {
    /// Why it was not followed.
    public enum Reason: Sendable, Hashable {
        /// The target is another origin, and the policy is ``RedirectPolicy/sameOriginOnly``.
        case otherOrigin
        /// The target is another origin and the redirect would send the request's body there again
        /// (307, 308, 301 or 302 after a request with a body), whatever the policy.
        case bodyToOtherOrigin
        /// From https to http.
        case downgradeToHTTP
        /// Plain http to a host other than this machine.
        case plainHTTPToRemoteHost
        /// More than ``RedirectPolicy/maximumRedirects`` redirects in a row.
        case tooManyRedirects
        /// The `Location` is missing or is not an http or https URL.
        case unusableLocation
    }

    /// The redirect's HTTP status, such as 302.
    public var status: Int
    /// Where it pointed: only its scheme, host and port. `nil` when the location is unusable.
    public var target: Origin?
    public var reason: Reason

    public init(status: Int, target: Origin?, reason: Reason) {
        self.status = status
        self.target = target
        self.reason = reason
    }

    public var description: String {
        let target = self.target.map { " to \($0)" } ?? ""
        switch reason {
        case .otherOrigin:
            return "HTTP \(status) redirects\(target), another origin; not followed, so the credentials stay with "
                + "the origin they were given for (RedirectPolicy.followOtherOriginsWithoutCredentials follows it without them)"
        case .bodyToOtherOrigin:
            return "HTTP \(status) redirects\(target), another origin, and would send the request's body there; "
                + "not followed: a body stays with the origin it was written for"
        case .downgradeToHTTP:
            return "HTTP \(status) redirects\(target), from https to plain http; not followed"
        case .plainHTTPToRemoteHost:
            return "HTTP \(status) redirects\(target), plain http to a host other than this machine; not followed"
        case .tooManyRedirects:
            return "HTTP \(status) redirects\(target) after \(RedirectPolicy.maximumRedirects) redirects; not followed"
        case .unusableLocation:
            return "HTTP \(status) redirects without a usable http or https Location; not followed"
        }
    }
}

/// What to do with one redirect response: the decision alone, so it can be tested without a server.
enum RedirectDecision: Equatable {
    /// Send the request again to `url`, with the credentials or without.
    case follow(URL, withCredentials: Bool)
    case refuse(RedirectRefusal)

    /// The statuses that redirect a request to their `Location`.
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// - Parameters:
    ///   - location: the response's `Location` header, relative or absolute.
    ///   - current: the URL the redirect answered.
    ///   - origin: the origin the credentials were given for.
    ///   - credentialsSent: whether the request that was redirected carried the credentials.
    ///   - redirectsFollowed: how many redirects this call already followed.
    static func decide(
        status: Int, location: String?, current: URL, origin: Origin, credentialsSent: Bool,
        redirectsFollowed: Int, policy: RedirectPolicy
    ) -> RedirectDecision {
        guard let location, let resolved = URL(string: location, relativeTo: current)?.absoluteURL,
              let target = Origin(resolved), let currentOrigin = Origin(current)
        else { return .refuse(RedirectRefusal(status: status, target: nil, reason: .unusableLocation)) }
        func refuse(_ reason: RedirectRefusal.Reason) -> RedirectDecision {
            .refuse(RedirectRefusal(status: status, target: target, reason: reason))
        }
        if currentOrigin.scheme == "https" && target.scheme == "http" { return refuse(.downgradeToHTTP) }
        if target.scheme == "http" && !target.isLoopback { return refuse(.plainHTTPToRemoteHost) }
        if redirectsFollowed >= RedirectPolicy.maximumRedirects { return refuse(.tooManyRedirects) }
        if target == origin { return .follow(resolved, withCredentials: credentialsSent) }
        switch policy {
        case .sameOriginOnly: return refuse(.otherOrigin)
        case .followOtherOriginsWithoutCredentials: return .follow(resolved, withCredentials: false)
        }
    }
}
