/// The docs' account of how bodies report outcomes: the request-level codes, the item codes, and
/// for a bulk endpoint where its items are and what they answer.
struct OutcomeSection {
    let api: APISpec

    /// For the API's index page.
    func write(into page: inout MarkdownWriter) {
        guard let outcome = api.outcome else { return }
        page.line("## Outcomes")
        page.blankLine()
        page.append("Every body reports what happened in ")
        page.code(outcome.statusPath.joined(separator: "."))
        writeKeys(outcome.statusFields, into: &page)
        if api.endpoints.contains(where: { $0.outcome != nil }) {
            page.append(" (unless its endpoint's page says otherwise)")
        }
        page.append(", whatever the HTTP status")
        if !api.errors.isEmpty || api.endpoints.contains(where: { !$0.errors.isEmpty }) {
            // Those bodies are the error types', read before any outcome.
            page.append(" (but for an error status whose body an endpoint's Errors declare)")
        }
        page.append(". Its code means:")
        page.endParagraph()
        page.tableHeader(["Code", "Meaning"])
        for (codes, meaning) in [(outcome.allSucceeded, "every item succeeded"), (outcome.partial, "some items failed"),
                                 (outcome.allFailed, "every item failed")] {
            page.startRow()
            page.startCell()
            page.codeList(codes.lazy.map(String.init))
            page.endCell()
            page.cell(meaning)
            page.endRow()
        }
        page.startRow()
        page.cell("any other")
        page.cell("the request was refused as a whole (Swift: `APIError.rejected`)")
        page.endRow()
        page.blankLine()
        guard let itemStatus = outcome.itemStatus else { return }
        let hasSingleItems = api.endpoints.contains { $0.responseItem != nil }
        page.append("In bulk\(hasSingleItems ? " and single-item" : "") responses each item reports its own outcome in ")
        page.code(itemStatus)
        writeKeys(outcome.itemStatusFields, into: &page)
        if !outcome.itemSuccess.isEmpty {
            page.append("; without a success flag, codes ")
            page.codeList(outcome.itemSuccess.lazy.map(String.init))
            page.append(" mean success")
        }
        page.append(". Failed items, by code (Swift: ")
        page.code(ClientNaming.failureReasonType(of: api))
        page.append("):")
        page.endParagraph()
        writeFailureTable(outcome.itemFailures, into: &page)
        page.blankLine()
    }

    /// ` (code `number`, success `status`, message `text`)` when a status object's keys are not
    /// the default ones; nothing otherwise.
    private func writeKeys(_ keys: StatusFieldsSpec, into page: inout MarkdownWriter) {
        guard keys != StatusFieldsSpec() else { return }
        writeKeyList(keys, into: &page)
    }

    /// ` (code `c`, success `s`, message `m`)`.
    private func writeKeyList(_ keys: StatusFieldsSpec, into page: inout MarkdownWriter) {
        page.append(" (code ")
        page.code(keys.code)
        page.append(", success ")
        page.code(keys.success)
        page.append(", message ")
        page.code(keys.message)
        page.append(")")
    }

    /// For an endpoint's page, under Response: what it reads differently from the API's outcome,
    /// and for a bulk or single-item endpoint where its items are.
    func write(for endpoint: EndpointSpec, into page: inout MarkdownWriter) {
        if let override = endpoint.outcome, let outcome = api.outcome?.overridden(by: override) {
            writeOverride(override, outcome: outcome, for: endpoint, into: &page)
        }
        if let item = endpoint.responseItem {
            page.blankLine()
            page.append("The item in ")
            page.code(item.path.joined(separator: "."))
            page.append(" reports its own outcome. Swift: ")
            page.code(ClientNaming.clientType(of: api) + "." + ClientNaming.method(of: endpoint) + "(_:)")
            let resultType = ClientNaming.resultType(of: endpoint)
            page.append(" returns \(IndefiniteArticle.article(before: resultType)) ")
            page.code(resultType)
            page.append(" with its outcome: the item, why it failed, or unanswered when the body has none.")
            page.endLine()
        }
        guard let items = endpoint.responseItems else { return }
        page.blankLine()
        page.append("The items in ")
        page.code(items.path.joined(separator: "."))
        if items.answersBody {
            page.append(" answer the elements of the request body one by one")
            if !items.match.isEmpty {
                page.append(": an item that echoes an element's ")
                page.codeList(items.match.lazy)
                page.append(" (tried in that order) answers that element, the others answer the rest in request order")
            } else {
                page.append(", in request order")
            }
            page.append(". Swift: ")
        } else {
            page.append(" answer the values of ")
            page.code(items.answers)
            page.append(" one by one, in request order. Swift: ")
        }
        page.code(ClientNaming.clientType(of: api) + "." + ClientNaming.method(of: endpoint) + "(_:)")
        let resultType = ClientNaming.resultType(of: endpoint)
        page.append(" returns \(IndefiniteArticle.article(before: resultType)) ")
        page.code(resultType)
        page.append(items.answersBody
            ? " with one result per element sent: the item, why it failed, or unanswered when no item answers it."
            : " with one result per value: the item, or why it failed.")
        page.endLine()
    }

    /// The parts of the outcome this endpoint reads its own way, as they apply to it.
    private func writeOverride(
        _ override: OutcomeOverrideSpec, outcome: OutcomeSpec, for endpoint: EndpointSpec, into page: inout MarkdownWriter
    ) {
        page.blankLine()
        page.append("This endpoint reports its outcome in ")
        page.code(outcome.statusPath.joined(separator: "."))
        writeKeyList(outcome.statusFields, into: &page)
        page.append(". ")
        // A meaning without codes (no "partial" for a single item) is left out.
        let meanings = [(outcome.allSucceeded, "every item succeeded"), (outcome.partial, "some items failed"),
                        (outcome.allFailed, "every item failed")].filter { !$0.0.isEmpty }
        for (index, (codes, meaning)) in meanings.enumerated() {
            page.append(index == 0 ? "Codes " : "; ")
            page.codeList(codes.lazy.map(String.init))
            page.append(" mean " + meaning)
        }
        page.append(meanings.isEmpty ? "Any code refuses the request." : "; any other refuses the request.")
        if let itemStatus = outcome.itemStatus {
            page.append(" Items report theirs in ")
            page.code(itemStatus)
            writeKeyList(outcome.itemStatusFields, into: &page)
            if !outcome.itemSuccess.isEmpty {
                page.append("; without a success flag, codes ")
                page.codeList(outcome.itemSuccess.lazy.map(String.init))
                page.append(" mean success")
            }
            page.append(".")
        }
        page.endParagraph()
        guard override.itemFailures != nil else { return }
        page.append("Failed items, by code (Swift: ")
        page.code(ClientNaming.failureReasonType(of: endpoint))
        page.append("):")
        page.endParagraph()
        writeFailureTable(outcome.itemFailures, into: &page)
    }

    /// The failure reasons by code, and the row for codes the spec does not name.
    private func writeFailureTable(_ failures: [ItemFailureSpec], into page: inout MarkdownWriter) {
        page.tableHeader(["Reason", "Codes", "Meaning"])
        for failure in failures {
            page.startRow()
            page.codeCell(failure.name)
            page.startCell()
            page.codeList(failure.codes.lazy.map(String.init))
            page.endCell()
            page.textCell(failure.description ?? "")
            page.endRow()
        }
        page.startRow()
        page.codeCell(TypeNaming.unknownCase)
        page.cell("any other")
        page.cell("kept as sent")
        page.endRow()
    }
}
