/// The docs' account of how bodies report outcomes: the request-level codes, the item codes, and
/// for a bulk endpoint where its items are and what they answer.
struct OutcomeSection {
    let api: APISpec

    /// For the API's index page.
    func lines() -> [String] {
        guard let outcome = api.outcome else { return [] }
        var lines = ["## Outcomes", ""]
        lines.append("Every body reports what happened in \(Markdown.code(outcome.statusPath.joined(separator: "."))), "
            + "whatever the HTTP status. Its code means:")
        lines.append("")
        let codes = { (codes: [Int]) in codes.map { Markdown.code(String($0)) }.joined(separator: ", ") }
        lines += Markdown.table(header: ["Code", "Meaning"], rows: [
            [codes(outcome.allSucceeded), "every item succeeded"],
            [codes(outcome.partial), "some items failed"],
            [codes(outcome.allFailed), "every item failed"],
            ["any other", "the request was refused as a whole (Swift: `APIError.rejected`)"],
        ])
        lines.append("")
        guard let itemStatus = outcome.itemStatus else { return lines }
        var itemText = "In bulk responses each item reports its own outcome in \(Markdown.code(itemStatus))"
        if !outcome.itemSuccess.isEmpty {
            itemText += "; without a success flag, codes \(codes(outcome.itemSuccess)) mean success"
        }
        lines += [itemText + ". Failed items, by code (Swift: \(Markdown.code(ClientNaming.failureReasonType(of: api)))):", ""]
        lines += Markdown.table(
            header: ["Reason", "Codes", "Meaning"],
            rows: outcome.itemFailures.map { failure in
                [Markdown.code(failure.name), codes(failure.codes), Markdown.text(failure.description ?? "", inTable: true)]
            } + [[Markdown.code(TypeNaming.unknownCase), "any other", "kept as sent"]])
        return lines + [""]
    }

    /// For a bulk endpoint's page, under Response.
    func lines(for endpoint: EndpointSpec) -> [String] {
        guard let items = endpoint.responseItems else { return [] }
        return [
            "", "The items in \(Markdown.code(items.path.joined(separator: "."))) answer the values of "
                + "\(Markdown.code(items.answers)) one by one, in request order. Swift: "
                + "\(Markdown.code(ClientNaming.clientType(of: api) + "." + ClientNaming.method(of: endpoint) + "(_:)")) returns a "
                + "\(Markdown.code(ClientNaming.resultType(of: endpoint))) with one result per value: the item, or why it failed.",
        ]
    }
}
