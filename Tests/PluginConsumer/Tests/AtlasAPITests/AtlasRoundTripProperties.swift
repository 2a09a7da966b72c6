import AtlasAPI
import Foundation
import Testing

/// Seeded pseudo-random values of the generated types: each is encoded, decoded and compared with
/// itself, and encoded again to the same bytes. A failure names its seed and index, so it can be
/// run again.
@Suite("Atlas round trips over generated values")
struct AtlasRoundTripPropertyTests {
    static let seeds: [UInt64] = [1, 16, 0xA71A5]
    static let valuesPerSeed = 100

    /// Encodes with the runtime's JSON writer (what the client sends bodies with), decodes,
    /// compares, and encodes again: maps, raw JSON objects and kept keys are dictionaries, which
    /// equal values (such as the decoded copy) iterate in other orders, and the writer must give
    /// the same bytes all the same. (Foundation's `JSONEncoder` on Linux does not keep even a
    /// struct's key order, so it cannot be the reference.)
    func expectRoundTrip<Value: Codable & Equatable>(_ value: Value, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let first = try JSONBodyWriter.bytes(of: value)
        let decoded = try JSONDecoder().decode(Value.self, from: Data(first))
        #expect(decoded == value, "\(label): \(String(decoding: first, as: UTF8.self))", sourceLocation: sourceLocation)
        let second = try JSONBodyWriter.bytes(of: decoded)
        #expect(second == first, "\(label): \(String(decoding: first, as: UTF8.self)) then \(String(decoding: second, as: UTF8.self))", sourceLocation: sourceLocation)
    }

    @Test(arguments: seeds)
    func forecasts(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var nullElevations = 0, absentElevations = 0, nullTimes = 0, nullItems = 0
        for index in 0..<Self.valuesPerSeed {
            let forecast = try random.forecast()
            if forecast.elevation == .null { nullElevations += 1 }
            if forecast.elevation == nil { absentElevations += 1 }
            if forecast.currentTime == nil { nullTimes += 1 }
            nullItems += forecast.hourly?.values.joined().filter { $0 == nil }.count ?? 0
            try expectRoundTrip(forecast, "seed \(seed) forecast \(index)")
        }
        // The generator reaches the cases the property is about.
        #expect(nullElevations > 0 && absentElevations > 0 && nullTimes > 0 && nullItems > 0)
    }

    /// A required nullable field writes `null` for nil, and an optional nullable one keeps absent
    /// and null apart, in the bytes.
    @Test func nullAndAbsentInTheBytes() throws {
        let absent = Forecast(latitude: 1, longitude: 2, elevation: nil, currentTime: nil)
        let null = Forecast(latitude: 1, longitude: 2, elevation: .null, currentTime: nil)
        #expect(String(decoding: try JSONBodyWriter.bytes(of: absent), as: UTF8.self) == #"{"latitude":1,"longitude":2,"current_time":null}"#)
        #expect(String(decoding: try JSONBodyWriter.bytes(of: null), as: UTF8.self) == #"{"latitude":1,"longitude":2,"elevation":null,"current_time":null}"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Forecast.self, from: Data(#"{"latitude":1,"longitude":2}"#.utf8)) }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Forecast.self, from: Data(#"{"latitude":1,"longitude":2,"current_time":null,"hourly":{"time":null}}"#.utf8))
        }
    }

    /// Search results of every variant and unknown ones, whose objects are written in one key order.
    @Test(arguments: seeds)
    func searchResults(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var unknown = 0
        for index in 0..<Self.valuesPerSeed {
            let results = try random.searchResults()
            unknown += results.results.filter { if case .unknown = $0 { true } else { false } }.count
            try expectRoundTrip(results, "seed \(seed) results \(index)")
        }
        #expect(unknown > 0)
    }

    @Test(arguments: seeds)
    func timeValues(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let values = try (0..<Self.valuesPerSeed).map { _ in try random.timeValue() }
        try expectRoundTrip(values, "seed \(seed) time values")
    }

    /// list_stations answers a map at the top level: a Swift dictionary, whose own `Encodable`
    /// writes its keys in hash order. The runtime's `ValueShape` writes a whole document of that
    /// shape in key order, each station through its generated `encode(to:)`.
    struct StationMap: Codable, Equatable {
        static var shape: ValueShape<[String: Station]> { .map(.object(Station.self)) }
        var stations: [String: Station]

        init(_ stations: [String: Station]) {
            self.stations = stations
        }

        init(from decoder: any Decoder) throws {
            stations = try Self.shape.decode(from: decoder, leniency: .strict)
        }

        func encode(to encoder: any Encoder) throws {
            try Self.shape.encode(stations, to: encoder)
        }
    }

    @Test(arguments: seeds)
    func stations(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for index in 0..<Self.valuesPerSeed {
            try expectRoundTrip(StationMap(try random.stations()), "seed \(seed) stations \(index)")
        }
    }
}

/// SplitMix64: a small, fast generator whose sequence depends only on its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

    mutating func maybe<T>(_ make: (inout SplitMix64) throws -> T) rethrows -> T? {
        chance(70) ? try make(&self) : nil
    }

    /// Text with what JSON must escape, non-ASCII letters and an astral emoji; no combining marks,
    /// so no two texts are canonically equivalent (a map key would merge them).
    mutating func text(maxLength: Int = 8) -> String {
        let alphabet: [Character] = ["a", "Z", "0", "_", " ", "°", "é", "日", "\"", "\\", "/", "\n", "\t", "\u{1}", "🌧", "+", "&", "="]
        let length = Int.random(in: 0...maxLength, using: &self)
        return String((0..<length).map { _ in alphabet.randomElement(using: &self)! })
    }

    /// A finite double of any magnitude, or a short decimal as services send.
    mutating func number() -> Double {
        switch Int.random(in: 0..<3, using: &self) {
        case 0: Double(Int.random(in: -1000...1000, using: &self)) / 100
        case 1: Double.random(in: -1e6...1e6, using: &self)
        default: Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF) * (chance(50) ? 1 : -1)
        }
    }

    mutating func unixSeconds() throws -> DateTime {
        // Years 1906 to 2096, negative counts included.
        try TimeValue.integerFormat.read(String(Int.random(in: -2_000_000_000...4_000_000_000, using: &self)), as: DateTime.self)
    }

    mutating func timeValue() throws -> TimeValue {
        chance(50) ? .string(text()) : .integer(try unixSeconds())
    }

    mutating func forecast() throws -> Forecast {
        let elevation: Nullable<Double>? = switch Int.random(in: 0..<3, using: &self) {
        case 0: nil
        case 1: .null
        default: .value(number())
        }
        let keys = (0..<Int.random(in: 0...4, using: &self)).map { _ in text() }
        return Forecast(
            latitude: Double.random(in: -90...90, using: &self),
            longitude: Double.random(in: -180...180, using: &self),
            generationtimeMs: maybe { $0.number() },
            utcOffsetSeconds: maybe { Int.random(in: -43200...50400, using: &$0) },
            timezone: maybe { $0.text() },
            elevation: elevation,
            currentTime: try chance(75) ? timeValue() : nil,
            hourlyUnits: maybe { random in Dictionary(keys.map { ($0, random.text()) }, uniquingKeysWith: { first, _ in first }) },
            hourly: maybe { random in
                Dictionary(
                    keys.map { key in
                        (key, (0..<Int.random(in: 0...6, using: &random)).map { _ in random.chance(25) ? nil : random.number() })
                    },
                    uniquingKeysWith: { first, _ in first })
            })
    }

    mutating func rfc3339() throws -> DateTime {
        let fraction = chance(50) ? "" : "." + String(Int.random(in: 0...999_999, using: &self))
        let offset = ["Z", "+05:30", "-03:00", "+00:00"].randomElement(using: &self)!
        func digits(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        let day = digits(Int.random(in: 1...9999, using: &self), 4) + "-" + digits(Int.random(in: 1...12, using: &self), 2)
            + "-" + digits(Int.random(in: 1...28, using: &self), 2)
        let time = digits(Int.random(in: 0...23, using: &self), 2) + ":" + digits(Int.random(in: 0...59, using: &self), 2)
            + ":" + digits(Int.random(in: 0...59, using: &self), 2)
        let text = day + "T" + time + fraction + offset
        return try DateTimeFormat.iso8601.read(text, as: DateTime.self)
    }

    mutating func searchResult() throws -> SearchResult {
        switch Int.random(in: 0..<4, using: &self) {
        case 0:
            let price: Nullable<Double>? = chance(30) ? .null : maybe { .value($0.number()) }
            return .track(Track(
                wrapperType: "track",
                kind: maybe { [.song, .musicVideo, .unknown("podcast-episode")].randomElement(using: &$0)! },
                trackID: Int.random(in: 1...Int(Int32.max), using: &self),
                trackName: text(),
                artistName: maybe { $0.text() },
                trackPrice: price,
                artworkURL100: maybe { $0.text() },
                artistViewURL: maybe { $0.text() },
                releaseDate: try chance(70) ? rfc3339() : nil))
        case 1:
            return .collection(Collection(
                collectionID: Int.random(in: 1...Int(Int32.max), using: &self),
                collectionName: text(),
                artistName: maybe { $0.text() },
                trackCount: maybe { Int.random(in: 0...40, using: &$0) },
                collectionPrice: maybe { $0.number() },
                genres: maybe { random in (0..<Int.random(in: 0...4, using: &random)).map { _ in random.chance(30) ? nil : random.text() } }))
        case 2:
            return .artist(Artist(artistID: Int.random(in: 1...Int(Int32.max), using: &self), artistName: text(), primaryGenreName: maybe { $0.text() }))
        default:
            var members = ["wrapperType": JSONValue.string(["audiobook", "podcast", "Track", ""].randomElement(using: &self)!)]
            for _ in 0..<Int.random(in: 0...4, using: &self) { members[text()] = json(depth: 2) }
            return .unknown(.object(members))
        }
    }

    mutating func json(depth: Int) -> JSONValue {
        switch Int.random(in: 0..<(depth > 0 ? 7 : 5), using: &self) {
        case 0: return .null
        case 1: return .bool(chance(50))
        case 2: return .number(JSONNumber(Int.random(in: -1_000_000...1_000_000, using: &self)))
        case 3: return .number(JSONNumber(Decimal(Int.random(in: -99999...99999, using: &self)) / 1000)!)
        case 4: return .string(text())
        case 5: return .array((0..<Int.random(in: 0...3, using: &self)).map { _ in json(depth: depth - 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...3, using: &self) { members[text()] = json(depth: depth - 1) }
            return .object(members)
        }
    }

    mutating func searchResults() throws -> SearchResults {
        let results = try (0..<Int.random(in: 0...6, using: &self)).map { _ in try searchResult() }
        return SearchResults(resultCount: results.count, results: results)
    }

    mutating func stations() throws -> [String: Station] {
        var stations: [String: Station] = [:]
        for _ in 0..<Int.random(in: 0...4, using: &self) {
            let milliseconds = String(Int.random(in: -2_000_000_000_000...4_000_000_000_000, using: &self))
            stations[String(Int.random(in: 10000...99999, using: &self))] = Station(
                name: text(),
                elevation: maybe { $0.number() },
                lastReport: try chance(70) ? Station.lastReportFormat.read(milliseconds, as: DateTime.self) : nil,
                sensors: maybe { random in
                    Dictionary((0..<Int.random(in: 0...3, using: &random)).map { _ in
                        (random.text(), Sensor(model: random.text(), height: random.maybe { $0.number() }))
                    }, uniquingKeysWith: { first, _ in first })
                })
        }
        return stations
    }
}
