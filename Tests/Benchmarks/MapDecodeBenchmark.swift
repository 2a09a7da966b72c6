import Foundation
import SpecGenRuntime

/// Decoding a weather-style body with a map of 1,000 entries, each a series of 24 numbers with
/// `null`s (`{"hourly": {"temperature_2m": [1.5, null, ...], ...}}`), through a type written as
/// the generator emits it for `type: map` with `items: {type: list, items: {type: number,
/// nullable: true}}` (`ValueShape`, leniency `.all`), against the same shape as synthesized
/// `Codable` (`[String: [Double?]]`). Both must read the same values.
struct MapDecodeBenchmark {
    static let entryCount = 1_000
    static let seriesLength = 24

    var rounds = 25

    func run(into report: inout Report) throws {
        let body = Self.body()
        let decoder = JSONDecoder()
        let generated = try decoder.decode(GeneratedHourly.self, from: body)
        let plain = try decoder.decode(PlainHourly.self, from: body)
        guard generated.hourly == plain.hourly, generated.hourly?.count == Self.entryCount else {
            throw ChildProcess.Failure(description: "map benchmark: the generated type read other values than plain Codable")
        }
        var shaped: [Double] = [], synthesized: [Double] = []
        for round in 0..<(rounds + 3) {
            let times = try (
                measure { blackHole(try decoder.decode(GeneratedHourly.self, from: body)) },
                measure { blackHole(try decoder.decode(PlainHourly.self, from: body)) })
            guard round >= 3 else { continue }  // warm-up
            shaped.append(times.0)
            synthesized.append(times.1)
        }
        let ratio = shaped.median / synthesized.median
        let count = Format.count(Self.entryCount)
        report.add(
            "decode a map of \(count) series with nulls: plain `Codable` baseline (\(Format.count(body.count)) bytes)",
            "\(Format.milliseconds(synthesized.median)) per response")
        report.add(
            "decode a map of \(count) series with nulls: generated `ValueShape` field",
            "\(Format.milliseconds(shaped.median)) per response; \(Format.ratio(ratio)) the baseline",
            target: "≤ 1.3× baseline", verdict: ratio <= 1.3 ? .met : .missed)
    }

    /// Every fifth value `null`, the others quarter degrees.
    static func body() -> Data {
        var entries: [String] = []
        for entry in 0..<entryCount {
            let values = (0..<seriesLength).map { index in
                (entry + index) % 5 == 0 ? "null" : String(Double((entry * 7 + index * 3) % 160) / 4 - 10)
            }
            entries.append("\"variable_\(entry)\":[" + values.joined(separator: ",") + "]")
        }
        return Data(("{\"hourly\":{" + entries.joined(separator: ",") + "}}").utf8)
    }
}

/// As the generator emits the field (see the emitter test `mapsAndNullable`).
private struct GeneratedHourly: Decodable {
    var hourly: [String: [Double?]]?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        hourly = try container.decodeValue(forKey: "hourly", as: .map(.list(.nullable(.scalar(Double.self)))), leniency: .all)
    }
}

private struct PlainHourly: Decodable {
    var hourly: [String: [Double?]]?
}
