import YAMLReader

extension SpecLoader {
    /// The API's `outcome`: everything an endpoint reads unless it says otherwise.
    func loadOutcome(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> OutcomeSpec? {
        guard let parts = loadOutcomeParts(node, as: SpecVocabulary.outcome, diagnostics: diagnostics),
              let status = parts.statusPath, let allSucceeded = parts.allSucceeded, let partial = parts.partial,
              let allFailed = parts.allFailed
        else { return nil }
        return OutcomeSpec(
            statusPath: status, allSucceeded: allSucceeded, partial: partial, allFailed: allFailed,
            statusFields: parts.statusFields ?? StatusFieldsSpec(), itemStatus: parts.itemStatus,
            itemStatusFields: parts.itemStatusFields ?? StatusFieldsSpec(), itemSuccess: parts.itemSuccess ?? [],
            itemFailures: parts.itemFailures ?? [], keysWithErrors: parts.keysWithErrors, location: parts.location)
    }

    /// An endpoint's `outcome`: the same keys as the API's, each optional.
    func loadOutcomeOverride(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> OutcomeOverrideSpec? {
        loadOutcomeParts(node, as: SpecVocabulary.endpointOutcome, diagnostics: diagnostics)
    }

    private func loadOutcomeParts(
        _ node: YAMLNode, as vocabulary: ObjectVocabulary, diagnostics: DiagnosticCollector
    ) -> OutcomeOverrideSpec? {
        guard let reader = MappingReader(node, as: vocabulary, diagnostics: diagnostics) else { return nil }
        let failures = reader.list("item_failures")?.compactMap { failureNode -> ItemFailureSpec? in
            guard let failureReader = MappingReader(failureNode, as: SpecVocabulary.itemFailure, diagnostics: diagnostics),
                  let name = failureReader.string("name"), let codes = failureReader.integers("codes")
            else { return nil }
            if codes.isEmpty {
                diagnostics.error("item failure '\(name)' needs at least one code", at: failureReader.location(of: "codes"))
            }
            return ItemFailureSpec(
                name: name, swiftName: failureReader.swiftIdentifier("swift_name"), codes: codes,
                description: failureReader.string("description"), location: failureNode.location)
        }
        var parts = OutcomeOverrideSpec(
            statusPath: reader.fieldPath("status"), allSucceeded: reader.integers("all_succeeded"),
            partial: reader.integers("partial"), allFailed: reader.integers("all_failed"),
            statusFields: reader.value("status_fields").flatMap { loadStatusFields($0, diagnostics: diagnostics) },
            itemStatus: reader.string("item_status"),
            itemStatusFields: reader.value("item_status_fields").flatMap { loadStatusFields($0, diagnostics: diagnostics) },
            itemSuccess: reader.integers("item_success"), itemFailures: failures, location: reader.location)
        let loaded: [String: Bool] = [
            "status": parts.statusPath != nil, "all_succeeded": parts.allSucceeded != nil, "partial": parts.partial != nil,
            "all_failed": parts.allFailed != nil, "status_fields": parts.statusFields != nil,
            "item_status": parts.itemStatus != nil, "item_status_fields": parts.itemStatusFields != nil,
            "item_success": parts.itemSuccess != nil, "item_failures": parts.itemFailures != nil,
        ]
        parts.keysWithErrors = Set(loaded.filter { !$0.value && reader.has($0.key) }.keys)
        return parts
    }

    /// `status_fields` / `item_status_fields`: the keys a status object uses, each defaulting to its own name.
    private func loadStatusFields(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> StatusFieldsSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.statusFields, diagnostics: diagnostics) else { return nil }
        return StatusFieldsSpec(
            code: reader.string("code") ?? "code", success: reader.string("success") ?? "success",
            message: reader.string("message") ?? "message", location: reader.location)
    }
}

extension MappingReader {
    /// A list of integers.
    func integers(_ key: String) -> [Int]? {
        guard let items = list(key) else { return nil }
        var numbers: [Int] = []
        for item in items {
            guard case .int(let number)? = item.scalar?.value else {
                typeError(key, expected: "a list of integers", found: item)
                return nil
            }
            numbers.append(number)
        }
        return numbers
    }

    /// A dotted path of JSON keys, `response.status`.
    func fieldPath(_ key: String) -> [String]? {
        guard let text = string(key) else { return nil }
        let keys = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.contains(where: \.isEmpty) else {
            diagnostics.error("'\(key)' must be field names joined by '.', such as 'response.status'", at: location(of: key))
            return nil
        }
        return keys
    }
}
