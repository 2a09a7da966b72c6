import AtlasAPI
import Foundation
import Testing

/// Each recorded body goes through the generated client, which must read every value of it and
/// write back (with the generated `encode(to:)`) the JSON that came: nulls as nulls, absent keys
/// absent, map keys and unknown results kept.
@Suite("Recorded bodies through the generated Atlas client")
struct AtlasRecordedBodyTests {
    static func unixSeconds(_ seconds: Int) throws -> DateTime {
        try TimeValue.integerFormat.read(String(seconds), as: DateTime.self)
    }

    /// A map of series with null gaps, a required nullable union holding unix seconds, an optional
    /// nullable field that came as `null`.
    @Test func aForecastWithMapsAndNulls() async throws {
        let (client, transport) = try Recorded.client(["/v1/forecast": RecordedAnswer(status: .ok, file: "forecast.json")])
        var request = GetForecastRequest(latitude: 52.52, longitude: 13.42)
        request.hourly = ["temperature_2m", "wind_speed_10m"]
        request.start = try GetForecastRequest.startFormat.read("1796601600", as: DateTime.self)
        let forecast = try await client.getForecast(request)

        #expect(transport.requests == ["/v1/forecast?timeformat=unixtime&latitude=52.52&longitude=13.42&hourly=temperature_2m,wind_speed_10m&start=1796601600"])
        #expect(forecast.latitude == 52.52)
        #expect(forecast.longitude == 13.419998)
        #expect(forecast.generationtimeMs == 0.0629425048828125)
        #expect(forecast.utcOffsetSeconds == 0)
        #expect(forecast.timezone == "GMT")
        #expect(forecast.elevation == .null)
        #expect(forecast.currentTime == .integer(try Self.unixSeconds(1_796_601_600)))
        if case .integer(let time)? = forecast.currentTime {
            #expect(time.description == "2026-12-07T00:00:00Z")
            #expect(time.date == Date(timeIntervalSince1970: 1_796_601_600))
        }
        #expect(forecast.hourlyUnits == ["time": "unixtime", "temperature_2m": "°C", "wind_speed_10m": "km/h"])
        #expect(forecast.hourly == [
            "time": [1_796_601_600, 1_796_605_200, 1_796_608_800],
            "temperature_2m": [1.5, nil, 2.0],
            "wind_speed_10m": [11.2, 10.8, nil],
        ])
        try expectReencodes(forecast, as: Recorded.data("forecast.json"))
    }

    /// A top-level array; one forecast has an elevation, the other leaves the key out, and both
    /// must come back that way.
    @Test func aListOfForecastsAtTheTopLevel() async throws {
        let (client, transport) = try Recorded.client(["/v1/forecast/multi": RecordedAnswer(status: .ok, file: "forecasts.json")])
        var request = GetForecastsRequest(latitude: [52.52, 48.86], longitude: [13.42, 2.35])
        request.hourly = ["temperature_2m"]
        request.timeformat = .iso8601
        let forecasts = try await client.getForecasts(request)

        #expect(transport.requests == ["/v1/forecast/multi?latitude=52.52,48.86&longitude=13.42,2.35&hourly=temperature_2m&timeformat=iso8601"])
        #expect(forecasts.count == 2)
        #expect(forecasts.map(\.timezone) == ["Europe/Berlin", "Europe/Paris"])
        #expect(forecasts.map(\.utcOffsetSeconds) == [3600, 3600])
        #expect(forecasts[0].elevation == .value(38))
        #expect(forecasts[1].elevation == nil)
        #expect(forecasts.map(\.currentTime) == [.string("2026-12-07T12:00"), .string("2026-12-07T12:00")])
        #expect(forecasts[0].hourly == ["temperature_2m": [1.5, 1.9]])
        #expect(forecasts[1].hourly == ["temperature_2m": [nil, 6.25]])
        #expect(forecasts[1].hourlyUnits == ["temperature_2m": "°C"])
        try expectReencodes(forecasts, as: Recorded.data("forecasts.json"))
    }

    /// A tagged union: three variants the spec knows (one declares its discriminator, two do not)
    /// and an audiobook it does not, kept whole with its extra keys.
    @Test func searchResultsOfEveryKindAndAnUnknownOne() async throws {
        let (client, _) = try Recorded.client(["/v1/search": RecordedAnswer(status: .ok, file: "search.json")])
        let found = try await client.search(SearchRequest(term: "jack johnson"))

        #expect(found.resultCount == 4)
        #expect(found.results.count == 4)
        guard case .track(let track) = found.results[0] else {
            Issue.record("expected a track, got \(found.results[0])")
            return
        }
        #expect(track.wrapperType == "track")
        #expect(track.kind == .song)
        #expect(track.trackID == 120_954_025)
        #expect(track.trackName == "Upside Down")
        #expect(track.artistName == "Jack Johnson")
        #expect(track.trackPrice == .value(1.29))
        #expect(track.artworkURL100 == "https://media.example/a/100x100bb.jpg")
        #expect(track.artistViewURL == "https://music.example/artist/909253")
        #expect(track.releaseDate?.date == Date(timeIntervalSince1970: 1_139_299_200))
        #expect(found.results[1] == .collection(Collection(
            collectionID: 120_954_021, collectionName: "Curious George", artistName: "Jack Johnson", trackCount: 13,
            collectionPrice: 9.99, genres: ["Rock", nil, "Soundtrack"])))
        #expect(found.results[2] == .artist(Artist(artistID: 909_253, artistName: "Jack Johnson", primaryGenreName: "Rock")))
        #expect(found.results[3] == .unknown(.object([
            "wrapperType": .string("audiobook"),
            "collectionId": .number(JSONNumber(1)),
            "collectionName": .string("A new kind of result"),
            "extra": .object(["nested": .array([.number(JSONNumber(1)), .null, .string("x")])]),
        ])))
        try expectReencodes(found, as: Recorded.data("search.json"))
    }

    /// A map at the top level whose values hold a map of objects and unix milliseconds.
    @Test func stationsKeyedByIdentifier() async throws {
        let (client, transport) = try Recorded.client(["/v1/stations": RecordedAnswer(status: .ok, file: "stations.json")])
        var request = ListStationsRequest(near: "Berlin Mitte")
        request.updatedSince = try ListStationsRequest.updatedSinceFormat.read("1796598000000", as: DateTime.self)
        let stations = try await client.listStations(request)

        #expect(transport.requests == ["/v1/stations?near=Berlin+Mitte&updated_since=1796598000000"])
        #expect(stations.keys.sorted() == ["10384", "10389"])
        let tempelhof = try #require(stations["10384"])
        #expect(tempelhof.name == "Berlin-Tempelhof")
        #expect(tempelhof.elevation == 48)
        #expect(tempelhof.lastReport?.fraction == "250")
        #expect(tempelhof.lastReport?.description == "2026-12-07T00:00:00.250Z")
        #expect(tempelhof.sensors == [
            "temperature_2m": Sensor(model: "PT100", height: 2),
            "wind_speed_10m": Sensor(model: "Cup anemometer", height: 10),
        ])
        let alexanderplatz = try #require(stations["10389"])
        #expect(alexanderplatz.elevation == nil)
        #expect(alexanderplatz.lastReport?.date == Date(timeIntervalSince1970: 1_796_598_000))
        #expect(alexanderplatz.sensors == [:])
        try expectReencodes(stations, as: Recorded.data("stations.json"))
    }

    /// A bare number, and a bare union value of either kind.
    @Test func scalarAndUnionResponses() async throws {
        let (counting, countRequests) = try Recorded.client(["/v1/search/count": RecordedAnswer(status: .ok, file: "count.json")])
        #expect(try await counting.countResults(CountResultsRequest(term: "jack johnson")) == 1843)
        #expect(countRequests.requests == ["/v1/search/count?term=jack+johnson"])

        let (clock, _) = try Recorded.client(["/v1/time": RecordedAnswer(status: .ok, file: "time.json")])
        let text = try await clock.getServerTime(GetServerTimeRequest())
        #expect(text == .string("2026-12-07T12:00"))
        try expectReencodes(text, as: Recorded.data("time.json"))

        let (unixClock, unixRequests) = try Recorded.client(["/v1/time": RecordedAnswer(status: .ok, file: "time-unix.json")])
        var request = GetServerTimeRequest()
        request.timeformat = .unixtime
        let seconds = try await unixClock.getServerTime(request)
        #expect(unixRequests.requests == ["/v1/time?timeformat=unixtime"])
        #expect(seconds == .integer(try Self.unixSeconds(1_796_601_600)))
        try expectReencodes(seconds, as: Recorded.data("time-unix.json"))
    }
}

/// Each query encoding the spec declares, compared byte for byte with what the client sent.
@Suite("Atlas query strings")
struct AtlasQueryStringTests {
    func sent(_ call: (AtlasClient) async throws -> Void, path: String, answer: String) async throws -> String {
        let (client, transport) = try Recorded.client([path: RecordedAnswer(status: .ok, file: answer)])
        try await call(client)
        return try #require(transport.requests.first)
    }

    /// API-wide literal commas and `+` for spaces; this parameter's own `list_separator: escaped`
    /// sends `%3B`; unix seconds as digits.
    @Test func forecastParameters() async throws {
        var request = GetForecastRequest(latitude: -33.87, longitude: 151.21)
        request.hourly = ["temperature_2m", "wind_speed_10m", "precipitation"]
        request.models = ["icon_seamless", "gfs_global"]
        request.start = try GetForecastRequest.startFormat.read("-86400", as: DateTime.self)
        let target = try await sent({ _ = try await $0.getForecast(request) }, path: "/v1/forecast", answer: "forecast.json")
        #expect(target == "/v1/forecast?timeformat=unixtime&latitude=-33.87&longitude=151.21"
            + "&hourly=temperature_2m,wind_speed_10m,precipitation&start=-86400&models=icon_seamless%3Bgfs_global")
    }

    /// `+` for spaces, a `+` in a value still `%2B`; a repeated list; literal brackets; the
    /// bracketed object's unix-seconds field.
    @Test func searchParameters() async throws {
        var request = SearchRequest(term: "jack johnson & a+b")
        request.entity = [.song, .album]
        request.filter = SearchRequest.Filter(
            country: "US", explicit: false, releasedAfter: try SearchRequest.Filter.releasedAfterFormat.read("1700000000", as: DateTime.self))
        request.limit = 5
        let target = try await sent({ _ = try await $0.search(request) }, path: "/v1/search", answer: "search.json")
        #expect(target == "/v1/search?term=jack+johnson+%26+a%2Bb&entity=song&entity=album"
            + "&filter[country]=US&filter[explicit]=false&filter[released_after]=1700000000&limit=5")
    }

    /// A repeated list's values may hold the separator (each is encoded on its own); a joined
    /// list's may not, literal or escaped, and nothing is sent.
    @Test func separatorsInValues() async throws {
        var search = SearchRequest(term: "x")
        search.filter = SearchRequest.Filter(country: "a]&b[")
        #expect(try search.makeQuery().encoded == "term=x&filter[country]=a%5D%26b%5B")

        let (client, transport) = try Recorded.client([:])
        var forecast = GetForecastRequest(latitude: 0, longitude: 0)
        forecast.hourly = ["temperature_2m,wind_speed_10m"]
        #expect(await refusal(client, forecast) == RequestValidationError(parameter: "hourly", problem: .separatorInValue(",")))
        forecast.hourly = nil
        forecast.models = ["a;b"]
        #expect(await refusal(client, forecast) == RequestValidationError(parameter: "models", problem: .separatorInValue(";")))
        #expect(transport.requests.isEmpty)
    }

    /// The rule a request breaks, as the client reports it before sending.
    func refusal(_ client: AtlasClient, _ request: GetForecastRequest) async -> RequestValidationError? {
        do {
            _ = try await client.getForecast(request)
        } catch {
            if case .invalidRequest(let problem) = error { return problem }
            Issue.record("expected invalidRequest, got \(error)")
        }
        return nil
    }

    /// Unix milliseconds keep their fraction digits on the wire.
    @Test func unixMillisecondsParameter() async throws {
        var request = ListStationsRequest(near: "Zürich HB")
        request.updatedSince = try ListStationsRequest.updatedSinceFormat.read("1796601600250", as: DateTime.self)
        let target = try await sent({ _ = try await $0.listStations(request) }, path: "/v1/stations", answer: "stations.json")
        #expect(target == "/v1/stations?near=Z%C3%BCrich+HB&updated_since=1796601600250")
    }
}

/// Error bodies: the endpoint's own `"400"`, the API's `4XX` and `default`, and a body that does
/// not decode as its declared type.
@Suite("Atlas error bodies")
struct AtlasErrorBodyTests {
    struct NoAPIError: Error {}

    /// The `APIError` the call throws with the client answering `answer` at `path`.
    func failure<Value>(_ answer: RecordedAnswer, path: String, _ call: (AtlasClient) async throws -> Value) async throws -> APIError {
        let (client, _) = try Recorded.client([path: answer])
        do {
            let value = try await call(client)
            Issue.record("expected an error, got \(value)")
        } catch let error as APIError {
            return error
        }
        throw NoAPIError()
    }

    @Test func theEndpointsOwn400() async throws {
        let error = try await failure(RecordedAnswer(status: .badRequest, file: "error400.json"), path: "/v1/forecast") {
            try await $0.getForecast(GetForecastRequest(latitude: 1, longitude: 2))
        }
        guard case .httpStatus(let failure) = error else {
            Issue.record("expected httpStatus, got \(error)")
            return
        }
        #expect(failure.status == 400)
        #expect(error.errorBody(as: ForecastError.self) == ForecastError(error: true, reason: "Parameter 'hourly' has an invalid value 'temperature'"))
        #expect(error.errorBody(as: Problem.self) == nil)
        #expect(failure.bodyProblem == nil)
        #expect(failure.excerpt.contains("has an invalid value"))
        // The description names the type only, not the server's text inside it.
        #expect("\(error)".contains("the body decoded as ForecastError"))
    }

    /// 404 on an endpoint without its own entries: the API's `4XX`.
    @Test func theAPIs4XX() async throws {
        let error = try await failure(RecordedAnswer(status: .notFound, file: "problem404.json"), path: "/v1/search") {
            try await $0.search(SearchRequest(term: "x"))
        }
        #expect(error.httpFailure?.status == 404)
        #expect(error.errorBody(as: Problem.self) == Problem(status: 404, message: "No such search index"))
        #expect(error.errorBody(as: ForecastError.self) == nil)
    }

    /// 500 is no 4xx: the API's `default`, a bare JSON string. On get_forecast too, whose own
    /// entry covers only 400.
    @Test func theAPIsDefaultIsAString() async throws {
        let error = try await failure(RecordedAnswer(status: .internalServerError, file: "fault500.json"), path: "/v1/forecast") {
            try await $0.getForecast(GetForecastRequest(latitude: 1, longitude: 2))
        }
        #expect(error.httpFailure?.status == 500)
        #expect(error.errorBody(as: String.self) == "The forecast models are being updated; try again in a minute")
    }

    /// A 400 whose body is not a ForecastError: no decoded body, why it failed, and the excerpt kept.
    @Test func anUndecodableErrorBodyKeepsItsExcerpt() async throws {
        let error = try await failure(RecordedAnswer(status: .badRequest, file: "error400-undecodable.json"), path: "/v1/forecast") {
            try await $0.getForecast(GetForecastRequest(latitude: 1, longitude: 2))
        }
        let failure = try #require(error.httpFailure)
        #expect(failure.status == 400)
        #expect(failure.errorBody == nil)
        #expect(error.errorBody(as: ForecastError.self) == nil)
        let problem = try #require(failure.bodyProblem)
        #expect(problem.typeName == "ForecastError")
        #expect(problem.path == "$.error")
        // The recorded file's final line break is shown, not sent to a terminal as it is.
        #expect(failure.excerpt == #"{"error": "yes", "message": "Upstream said no"}\n"#)
    }
}
