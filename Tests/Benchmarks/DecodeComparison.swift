import Foundation

/// Times decoding one body with a generated type against plain `Codable` written by hand for the
/// same JSON, interleaved, and adds two rows to the report: the baseline, and the generated type with
/// its ratio to the baseline (target ≤ 1.3×). Each measurement decodes the body `iterations` times,
/// so that small bodies are measured above the clock's resolution.
struct DecodeComparison {
    var rounds = 25
    var warmUpRounds = 3
    var iterations = 10

    func run(
        _ label: String, body: Data, generatedName: String, into report: inout Report,
        generated: () throws -> Void, plain: () throws -> Void
    ) rethrows {
        var ours: [Double] = [], theirs: [Double] = []
        for round in 0..<(warmUpRounds + rounds) {
            let times = try (
                measure { for _ in 0..<iterations { try generated() } },
                measure { for _ in 0..<iterations { try plain() } })
            guard round >= warmUpRounds else { continue }
            ours.append(times.0 / Double(iterations))
            theirs.append(times.1 / Double(iterations))
        }
        let ratio = ours.median / theirs.median
        report.add(
            "decode \(label): plain `Codable` written by hand (\(Format.count(body.count)) bytes)",
            "\(Format.milliseconds(theirs.median)) per body")
        report.add(
            "decode \(label): generated \(generatedName)",
            "\(Format.milliseconds(ours.median)) per body; \(Format.ratio(ratio)) the baseline",
            target: "≤ 1.3× baseline", verdict: ratio <= 1.3 ? .met : .missed)
    }
}
