import ArgumentParser
import Foundation
import SpecGenClient

/// Prints a bulk write's result (a table, or the body as JSON), reports what failed on standard
/// error and exits with 0 (every element succeeded), 2 (some did) or 1 (none did).
func report<Body: Encodable & Sendable, Item: Sendable, Reason: ItemFailureReason>(
    _ result: BatchResult<Body, Item, Reason>, json: Bool, describe: @escaping (Item) -> String
) throws {
    let table = OutcomeTable(
        // An element without an identifier the items echo is named by its place in the body.
        rows: result.items.enumerated().map { index, item in
            .init(label: item.identifier.isEmpty ? "[\(index)]" : item.identifier, outcome: item.outcome)
        },
        report: result.report, status: result.status, describe: describe)
    try finish(table, body: result.body, json: json)
}

/// The same for a single-item write: 0 when it succeeded, 1 when it did not.
func report<Body: Encodable & Sendable, Item: Sendable, Reason: ItemFailureReason>(
    _ result: SingleItemResult<Body, Item, Reason>, label: String, json: Bool, describe: @escaping (Item) -> String
) throws {
    let table = OutcomeTable(
        rows: [.init(label: label, outcome: result.outcome)], report: result.report, status: result.status, describe: describe)
    try finish(table, body: result.body, json: json)
}

private func finish<Body: Encodable, Item, Reason>(_ table: OutcomeTable<Item, Reason>, body: Body, json: Bool) throws {
    if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(TerminalText.escapedJSON(String(decoding: try encoder.encode(body), as: UTF8.self)))
    } else {
        print(table.text, terminator: "")
    }
    for line in table.failures {
        printError(line)
    }
    if table.exitStatus != 0 {
        printError("\(table.succeeded) of \(table.rows.count) succeeded; the service says \(table.report)")
        throw ExitCode(table.exitStatus)
    }
}
