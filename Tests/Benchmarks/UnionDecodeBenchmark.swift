import BenchmarkShapes
import Foundation

/// Decoding lists of 1,000 union elements with the types the build-tool plugin generates from
/// `Tests/BenchmarkShapes`, against plain `Codable` written by hand for the same JSON:
///
/// - `SearchPage`: results that differ by their `wrapperType` (the tagged union `SearchResult`:
///   tracks, collections and artists in turn); the baseline is an enum whose `init(from:)` reads
///   the discriminator, then the variant;
/// - `Timeline`: times as ISO 8601 text or unix seconds, in turn (the union by kind `TimeValue`);
///   the baseline is an enum that tries a string, then an integer.
///
/// Both sides must read the same values (checked before timing).
struct UnionDecodeBenchmark {
    static let elementCount = 1_000

    var comparison = DecodeComparison()

    func run(into report: inout Report) throws {
        let decoder = JSONDecoder()
        let count = Format.count(Self.elementCount)

        let results = Self.searchBody()
        try verify(try decoder.decode(SearchPage.self, from: results), try decoder.decode(PlainSearchPage.self, from: results))
        try comparison.run(
            "a list of \(count) tagged-union elements", body: results, generatedName: "`SearchPage`", into: &report,
            generated: { blackHole(try decoder.decode(SearchPage.self, from: results)) },
            plain: { blackHole(try decoder.decode(PlainSearchPage.self, from: results)) })

        // A small body: more decodes per measurement, to stay well above the clock's resolution.
        var small = comparison
        small.iterations = 100
        let times = Self.timelineBody()
        try verify(try decoder.decode(Timeline.self, from: times), try decoder.decode(PlainTimeline.self, from: times))
        try small.run(
            "a list of \(count) union-by-kind elements (strings and integers)", body: times,
            generatedName: "`Timeline`", into: &report,
            generated: { blackHole(try decoder.decode(Timeline.self, from: times)) },
            plain: { blackHole(try decoder.decode(PlainTimeline.self, from: times)) })
    }

    /// `{"resultCount": 1000, "results": [...]}`: tracks, collections and artists in turn.
    static func searchBody() -> Data {
        var results: [String] = []
        for index in 0..<elementCount {
            switch index % 3 {
            case 0:
                results.append(
                    #"{"wrapperType": "track", "trackId": \#(index), "trackName": "Song \#(index)", "artistName": "Artist \#(index % 50)", "#
                        + #""trackPrice": \#(Double(index % 200) / 100 + 0.29), "artworkUrl100": "https://media.example/\#(index)/100x100.jpg"}"#)
            case 1:
                results.append(
                    #"{"wrapperType": "collection", "collectionId": \#(index), "collectionName": "Album \#(index)", "#
                        + #""artistName": "Artist \#(index % 50)", "trackCount": \#(index % 20 + 1), "collectionPrice": \#(Double(index % 1000) / 100 + 4.99)}"#)
            default:
                results.append(
                    #"{"wrapperType": "artist", "artistId": \#(index), "artistName": "Artist \#(index)", "primaryGenreName": "Genre \#(index % 12)"}"#)
            }
        }
        return Data(("{\"resultCount\": \(elementCount), \"results\": [" + results.joined(separator: ", ") + "]}").utf8)
    }

    /// `{"time": ["2026-12-07T00:00", 1796601600, ...]}`: hours as text and as unix seconds in turn.
    static func timelineBody() -> Data {
        let times = (0..<elementCount).map { hour in
            hour % 2 == 0
                ? "\"2026-12-\(10 + hour / 24 % 18)T\(hour % 24 < 10 ? "0" : "")\(hour % 24):00\""
                : String(1_796_601_600 + hour * 3_600)
        }
        return Data(("{\"time\": [" + times.joined(separator: ", ") + "]}").utf8)
    }

    private func verify(_ generated: SearchPage, _ plain: PlainSearchPage) throws {
        let same = generated.results.count == Self.elementCount && plain.results.count == Self.elementCount
            && zip(generated.results, plain.results).allSatisfy { ours, theirs in
                switch (ours, theirs) {
                case (.track(let a), .track(let b)):
                    a.trackID == b.trackId && a.trackName == b.trackName && a.artistName == b.artistName
                        && a.trackPrice == b.trackPrice && a.artworkURL100 == b.artworkUrl100
                case (.collection(let a), .collection(let b)):
                    a.collectionID == b.collectionId && a.collectionName == b.collectionName && a.artistName == b.artistName
                        && a.trackCount == b.trackCount && a.collectionPrice == b.collectionPrice
                case (.artist(let a), .artist(let b)):
                    a.artistID == b.artistId && a.artistName == b.artistName && a.primaryGenreName == b.primaryGenreName
                default: false
                }
            }
        guard same, generated.resultCount == plain.resultCount else {
            throw ChildProcess.Failure(description: "union benchmark: the generated SearchPage and the baseline read different values")
        }
    }

    private func verify(_ generated: Timeline, _ plain: PlainTimeline) throws {
        let same = generated.time.count == Self.elementCount && plain.time.count == Self.elementCount
            && zip(generated.time, plain.time).enumerated().allSatisfy { index, pair in
                switch pair {
                case (.string(let a), .string(let b)): index % 2 == 0 && a == b
                case (.integer(let a), .integer(let b)): index % 2 == 1 && a == b
                default: false
                }
            }
        guard same else {
            throw ChildProcess.Failure(description: "union benchmark: the generated Timeline and the baseline read different values")
        }
    }
}

// MARK: - The baselines: plain Codable for the same JSON

private struct PlainSearchPage: Decodable {
    let resultCount: Int
    let results: [PlainSearchResult]
}

private enum PlainSearchResult: Decodable {
    case track(PlainTrack)
    case collection(PlainCollection)
    case artist(PlainArtist)

    private enum CodingKeys: String, CodingKey { case wrapperType }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .wrapperType) {
        case "track": self = .track(try PlainTrack(from: decoder))
        case "collection": self = .collection(try PlainCollection(from: decoder))
        case "artist": self = .artist(try PlainArtist(from: decoder))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .wrapperType, in: container, debugDescription: "unknown wrapperType \(other)")
        }
    }
}

private struct PlainTrack: Decodable {
    let trackId: Int
    let trackName: String
    let artistName: String
    let trackPrice: Double
    let artworkUrl100: String
}

private struct PlainCollection: Decodable {
    let collectionId: Int
    let collectionName: String
    let artistName: String
    let trackCount: Int
    let collectionPrice: Double
}

private struct PlainArtist: Decodable {
    let artistId: Int
    let artistName: String
    let primaryGenreName: String
}

private struct PlainTimeline: Decodable {
    let time: [PlainTime]
}

private enum PlainTime: Decodable {
    case string(String)
    case integer(Int)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = .integer(try container.decode(Int.self))
        }
    }
}
