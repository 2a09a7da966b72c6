import BenchmarkShapes
import Foundation

/// Decoding bodies that hold a map of 1,000 entries with the types the build-tool plugin generates
/// from `Tests/BenchmarkShapes`, against plain `Codable` written by hand for the same JSON:
///
/// - `StationIndex`: objects keyed by their codes (`[String: Station]`, a nullable field inside);
/// - `Forecast`: a weather body, series of 24 numbers with `null`s keyed by variable
///   (`[String: [Double?]]?`), read with every leniency, as the weather API it models is.
///
/// Both sides must read the same values (checked before timing).
struct MapDecodeBenchmark {
    static let entryCount = 1_000
    static let seriesLength = 24

    var comparison = DecodeComparison()

    func run(into report: inout Report) throws {
        let decoder = JSONDecoder()
        let count = Format.count(Self.entryCount)

        let stations = Self.stationsBody()
        try verify(try decoder.decode(StationIndex.self, from: stations), try decoder.decode(PlainStationIndex.self, from: stations))
        try comparison.run(
            "a map of \(count) objects", body: stations, generatedName: "`StationIndex`", into: &report,
            generated: { blackHole(try decoder.decode(StationIndex.self, from: stations)) },
            plain: { blackHole(try decoder.decode(PlainStationIndex.self, from: stations)) })

        let series = Self.seriesBody()
        let generated = try decoder.decode(Forecast.self, from: series)
        guard generated.hourly == (try decoder.decode(PlainForecast.self, from: series)).hourly,
              generated.hourly?.count == Self.entryCount
        else {
            throw ChildProcess.Failure(description: "map benchmark: the generated Forecast and the baseline read different values")
        }
        try comparison.run(
            "a map of \(count) series with nulls", body: series, generatedName: "`Forecast` (leniency `all`)",
            into: &report,
            generated: { blackHole(try decoder.decode(Forecast.self, from: series)) },
            plain: { blackHole(try decoder.decode(PlainForecast.self, from: series)) })
    }

    /// `{"stations": {"ST0000": {...}, ...}}`: names, elevations (every tenth null), flags, dates.
    static func stationsBody() -> Data {
        var entries: [String] = []
        for index in 0..<entryCount {
            let elevation = index % 10 == 0 ? "null" : String(Double(index) * 1.5)
            let code = "ST" + String(repeating: "0", count: 4 - String(index).count) + String(index)
            let date = "20\(10 + index % 16)-0\(index % 9 + 1)-1\(index % 9)"
            entries.append(
                #""\#(code)": {"name": "Station \#(index)", "elevation": \#(elevation), "#
                    + #""active": \#(index % 3 != 0), "opened_on": "\#(date)"}"#)
        }
        return Data(("{\"stations\": {" + entries.joined(separator: ", ") + "}}").utf8)
    }

    /// `{"hourly": {"variable_0": [1.5, null, ...], ...}}`: every fifth value `null`, the others
    /// quarter degrees.
    static func seriesBody() -> Data {
        var entries: [String] = []
        for entry in 0..<entryCount {
            let values = (0..<seriesLength).map { index in
                (entry + index) % 5 == 0 ? "null" : String(Double((entry * 7 + index * 3) % 160) / 4 - 10)
            }
            entries.append("\"variable_\(entry)\":[" + values.joined(separator: ",") + "]")
        }
        return Data(("{\"hourly\":{" + entries.joined(separator: ",") + "}}").utf8)
    }

    private func verify(_ generated: StationIndex, _ plain: PlainStationIndex) throws {
        let nulls = plain.stations.values.filter { $0.elevation == nil }.count
        guard generated.stations.count == Self.entryCount, plain.stations.count == Self.entryCount,
              nulls == Self.entryCount / 10,
              plain.stations.allSatisfy({ code, station in
                  generated.stations[code].map {
                      $0.name == station.name && $0.elevation == station.elevation && $0.active == station.active
                          && $0.openedOn == station.opened_on
                  } ?? false
              })
        else {
            throw ChildProcess.Failure(description: "map benchmark: the generated StationIndex and the baseline read different values")
        }
    }
}

// MARK: - The baselines: plain Codable for the same JSON

private struct PlainStationIndex: Decodable {
    let stations: [String: PlainStation]
}

private struct PlainStation: Decodable {
    let name: String
    let elevation: Double?
    let active: Bool
    let opened_on: String
}

private struct PlainForecast: Decodable {
    let hourly: [String: [Double?]]?
}
