/// The benchmark's output: one Markdown table, pasted as it is into Tests/Benchmarks/README.md.
struct Report {
    enum Verdict: String {
        case met = "met"
        case missed = "**missed**"
    }

    struct Row {
        var benchmark: String
        var result: String
        var target: String = ""
        var verdict: Verdict? = nil
    }

    var rows: [Row] = []

    mutating func add(_ benchmark: String, _ result: String, target: String = "", verdict: Verdict? = nil) {
        rows.append(Row(benchmark: benchmark, result: result, target: target, verdict: verdict))
    }

    var markdown: String {
        var lines = ["| benchmark | result | target | |", "|---|---|---|---|"]
        for row in rows {
            lines.append("| \(row.benchmark) | \(row.result) | \(row.target) | \(row.verdict?.rawValue ?? "") |")
        }
        return lines.joined(separator: "\n")
    }
}

enum Format {
    static func milliseconds(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return ms < 10 ? fixed(ms, 2) + " ms" : ms < 100 ? fixed(ms, 1) + " ms" : fixed(ms, 0) + " ms"
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 1 ? milliseconds(seconds) : fixed(seconds, 2) + " s"
    }

    static func microseconds(_ seconds: Double) -> String {
        fixed(seconds * 1_000_000, 2) + " µs"
    }

    static func mebibytes(_ bytes: Int) -> String {
        fixed(Double(bytes) / 1_048_576, 1) + " MiB"
    }

    static func ratio(_ value: Double) -> String {
        fixed(value, 2) + "×"
    }

    static func count(_ value: Int) -> String {
        let digits = String(value)
        guard digits.count > 3 else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    /// `value` rounded to `decimals` places, without Foundation's locale-dependent formatting.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard decimals > 0 else { return String(scaled) }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let whole = magnitude / Int(scale)
        var fraction = String(magnitude % Int(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        return "\(sign)\(whole).\(fraction)"
    }
}
