import CapillaryAPI
import SpecGenClient
import SpecGenRuntime

/// A write's results as a table a person reads - one row per element sent, in order - and the exit
/// status they make: 0 when every element succeeded, 2 when some did, 1 when none did.
struct OutcomeTable<Item: Sendable, Reason: ItemFailureReason> {
    struct Row {
        /// What the row is about: the element's identifier, or its position.
        var label: String
        var outcome: ItemResult<Item, Reason>.Outcome
    }

    var rows: [Row]
    var report: StatusReport
    var status: BatchStatus
    /// The cells of a successful item after the result column.
    var describe: (Item) -> String

    private static var header: [String] { ["ITEM", "RESULT", "DETAIL"] }

    var succeeded: Int { rows.filter { $0.outcome.item != nil }.count }

    var text: String {
        // Cells hold the server's text (messages, names): escaped here, so the widths are those
        // of what the terminal shows.
        let table = rows.map { cells(of: $0).map(TerminalText.escaped) }
        var widths = Self.header.map(\.count)
        for row in table {
            for (column, cell) in row.enumerated().dropLast() { widths[column] = max(widths[column], cell.count) }
        }
        var lines = [Self.format(Self.header, widths)] + table.map { Self.format($0, widths) }
        lines.append("")
        lines.append(TerminalText.escaped("\(report)") + " (\(Self.describe(status))): \(succeeded) of \(rows.count) succeeded")
        return lines.joined(separator: "\n") + "\n"
    }

    /// 0 all succeeded, 2 some, 1 none.
    var exitStatus: Int32 {
        succeeded == rows.count ? 0 : succeeded == 0 ? 1 : 2
    }

    /// Why each element that did not succeed failed, one line each, for standard error.
    var failures: [String] {
        rows.compactMap { row in
            switch row.outcome {
            case .success: nil
            case .failure(let failure): "\(row.label): \(failure)"
            case .unanswered: "\(row.label): no answer in the response"
            }
        }
    }

    private func cells(of row: Row) -> [String] {
        switch row.outcome {
        case .success(let item):
            return [row.label, "ok", describe(item)]
        case .failure(let failure):
            return [row.label, failure.reason.description, [failure.code.map(String.init), failure.message].compactMap { $0 }.joined(separator: " ")]
        case .unanswered:
            return [row.label, "unanswered", "the response has no item for it"]
        }
    }

    private static func format(_ cells: [String], _ widths: [Int]) -> String {
        cells.enumerated().map { column, cell in
            column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
    }

    private static func describe(_ status: BatchStatus) -> String {
        switch status {
        case .allSucceeded: "all succeeded"
        case .partial: "partial"
        case .allFailed: "all failed"
        }
    }
}
