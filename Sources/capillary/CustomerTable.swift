import Foundation
import CapillaryAPI
import SpecGenClient
import SpecGenRuntime

/// The results as a table a person reads: one row per identifier asked for, in order.
struct CustomerTable {
    let result: GetCustomerResult

    private static let header = ["IDENTIFIER", "RESULT", "USER ID", "NAME", "TIER", "POINTS", "LIFETIME POINTS"]

    var text: String {
        // Every cell can hold a server's text (names, tiers, failure messages), escaped here so
        // that the widths are those of what the terminal shows.
        let rows = result.items.map { row($0).map(TerminalText.escaped) }
        var widths = Self.header.map(\.count)
        for row in rows where row.count == Self.header.count {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        // A failure row spans the customer columns with its message; only its first two cells align.
        for row in rows where row.count < Self.header.count {
            for (column, cell) in row.enumerated().dropLast() { widths[column] = max(widths[column], cell.count) }
        }
        var lines = [Self.format(Self.header, widths)]
        lines += rows.map { Self.format($0, widths) }
        lines.append("")
        lines.append(TerminalText.escaped("\(result.report)") + " (\(Self.describe(result.status))): "
            + "\(result.items.filter { $0.item != nil }.count) of \(result.items.count) found")
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ item: ItemResult<Customer, CapillaryFailureReason>) -> [String] {
        switch item.outcome {
        case .success(let customer):
            let name = [customer.firstname, customer.lastname].compactMap { $0 }.joined(separator: " ")
            return [
                item.identifier, "found", (customer.userID ?? customer.id).map(String.init) ?? "",
                name, customer.currentSlab?.trimmingCharacters(in: .whitespaces) ?? "",
                Self.number(customer.loyaltyPoints), Self.number(customer.lifetimePoints),
            ]
        case .failure(let failure):
            let detail = [failure.code.map(String.init), failure.message].compactMap { $0 }.joined(separator: " ")
            return [item.identifier, failure.reason.description, detail]
        case .unanswered:
            return [item.identifier, "unanswered", "the response has no item for this identifier"]
        }
    }

    private static func format(_ cells: [String], _ widths: [Int]) -> String {
        cells.enumerated().map { column, cell in
            column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
    }

    /// `26447.104`, `1215` (no `.0`, no exponent).
    private static func number(_ value: Double?) -> String {
        value.map(PlainDecimal.text) ?? ""
    }

    private static func describe(_ status: BatchStatus) -> String {
        switch status {
        case .allSucceeded: "all found"
        case .partial: "partial"
        case .allFailed: "all failed"
        }
    }
}
