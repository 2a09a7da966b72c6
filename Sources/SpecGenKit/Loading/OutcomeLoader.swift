import YAMLReader

extension SpecLoader {
    func loadOutcome(_ node: YAMLNode, diagnostics: DiagnosticCollector) -> OutcomeSpec? {
        guard let reader = MappingReader(node, as: SpecVocabulary.outcome, diagnostics: diagnostics) else { return nil }
        let failures = (reader.list("item_failures") ?? []).compactMap { failureNode -> ItemFailureSpec? in
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
        guard let status = reader.fieldPath("status"), let allSucceeded = reader.integers("all_succeeded"),
              let partial = reader.integers("partial"), let allFailed = reader.integers("all_failed")
        else { return nil }
        return OutcomeSpec(
            statusPath: status, allSucceeded: allSucceeded, partial: partial, allFailed: allFailed,
            itemStatus: reader.string("item_status"), itemSuccess: reader.integers("item_success") ?? [],
            itemFailures: failures, location: reader.location)
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
