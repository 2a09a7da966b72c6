import Foundation
import HTTPTypes
import SpecGenClient
import SpecGenRuntime

/// What `--dry-run` prints: the request line with the full URL, the header fields, a blank line and
/// the body as it would be sent. Every credential is replaced by `<redacted>`: a field the client
/// adds on its own (only credentials are), and any field it marks as never to be indexed (how the
/// client marks secrets). Everything else is printed escaped for the terminal.
struct DryRunReport {
    let captured: DryRunTransport.Captured
    /// The request's own path and query (`makePath()` and `makeQuery()`): printed as they are.
    let ownPathAndQuery: String
    /// The request's own header fields, by lower-cased name: printed as they are.
    let ownHeaderNames: Set<String>

    /// Header fields the client sets from the request itself rather than from credentials.
    private static let clientSetFields: Set<String> = ["accept", "content-type"]

    /// The path and query sent, with the value of every query item the client added (a credential
    /// sent in the query) redacted.
    private func pathAndQuery(_ sent: String) -> String {
        guard sent != ownPathAndQuery else { return sent }
        guard sent.hasPrefix(ownPathAndQuery) else { return ownPathAndQuery + " <the client changed the path: redacted>" }
        let added = sent.dropFirst(ownPathAndQuery.count)
        let separator = added.first.map(String.init) ?? ""
        let items = added.dropFirst().split(separator: "&").map { item in
            (item.split(separator: "=", maxSplits: 1).first.map(String.init) ?? "") + "=<redacted>"
        }
        return ownPathAndQuery + separator + items.joined(separator: "&")
    }

    var text: String {
        let request = captured.request
        let base = captured.baseURL.absoluteString
        let url = (base.hasSuffix("/") ? String(base.dropLast()) : base) + pathAndQuery(request.path ?? "")
        var lines = [TerminalText.escaped("\(request.method.rawValue) \(url)")]
        for field in request.headerFields {
            let name = field.name.rawName
            let isOwn = ownHeaderNames.contains(name.lowercased()) || Self.clientSetFields.contains(name.lowercased())
            let isSecret = !isOwn || field.indexingStrategy == .disallow
            lines.append(TerminalText.escaped("\(name): " + (isSecret ? "<redacted>" : field.value)))
        }
        var text = lines.joined(separator: "\n") + "\n"
        if !captured.body.isEmpty {
            text += "\n" + TerminalText.escapedJSON(String(decoding: captured.body, as: UTF8.self)) + "\n"
        }
        return text
    }
}
