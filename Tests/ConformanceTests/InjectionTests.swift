import CapillaryAPI
import Foundation
import SpecGenRuntime
import Testing

/// Hostile values through the generated request API: no value can add, remove or change a query
/// parameter, and no header value can carry a line break.
@Suite("Injection through the generated requests")
struct InjectionTests {
    /// Values built to break a query string or a URL: its delimiters, encodings of them, spaces,
    /// `+` (a space to form decoders), non-ASCII and invisible characters.
    static let hostileValues = [
        "a&b=c", "&", "=", "&&==", "x&format=xml", "+", "a+b", "#", "#fragment", "%", "%26", "%2", "%%41", "100%",
        " ", "two words", "?", "a?b=c", "/", "../../", ";", "é", "日本語", "😀", "\u{202E}rtl", "zero\u{200B}width",
        "\u{0}", "line\nbreak", "tab\there", "\"quoted\"", "'", "<script>", "\\", "[]", "{}", ":", "@",
    ]

    /// Every `name=value` pair of an encoded query, decoded.
    static func decodedPairs(_ encoded: String) -> [[String]] {
        encoded.split(separator: "&", omittingEmptySubsequences: false).map { pair in
            pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).removingPercentEncoding! }
        }
    }

    @Test(arguments: hostileValues)
    func aStringValueStaysOneParameterWithItsExactText(value: String) throws {
        var request = GetCustomerRequest(identifier: .externalID(["ext-1"]))
        request.storeCode = value
        request.couponOrgEntityValue = value
        let query = try request.makeQuery()
        let encoded = query.encoded
        // Only unreserved characters, escapes and the query's own delimiters.
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%&=".utf8)
        #expect(encoded.utf8.allSatisfy(allowed.contains), "\(encoded)")
        #expect(Self.decodedPairs(encoded) == [
            ["format", "json"], ["external_id", "ext-1"], ["store_code", value], ["coupon_org_entity_value", value],
        ])

        // Foundation's own URL parser reads the same parameters back.
        let url = try request.url(relativeTo: CapillaryHost.eu.baseURL)
        let items = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems)
        #expect(items.map(\.name) == ["format", "external_id", "store_code", "coupon_org_entity_value"])
        #expect(items.map { $0.value ?? "" } == ["json", "ext-1", value, value])
        #expect(url.fragment == nil)
        #expect(url.path == GetCustomerRequest.path)
    }

    @Test(arguments: hostileValues.filter { !$0.contains(",") })
    func bulkValuesStayOneParameterJoinedBySeparator(value: String) throws {
        let request = GetCustomerRequest(identifier: .email([value, "b@example.com"]))
        let pairs = Self.decodedPairs(try request.makeQuery().encoded)
        #expect(pairs == [["format", "json"], ["email", value + ",b@example.com"]])
    }

    @Test func aSeparatorInsideABulkValueIsRejectedWhereverItIs() {
        for value in [",", "a,b", ",a", "a,", "a,,b"] {
            #expect(throws: RequestValidationError(parameter: "email", problem: .separatorInValue(","))) {
                try GetCustomerRequest(identifier: .email(["ok@example.com", value])).makeQuery()
            }
        }
    }

    @Test(arguments: ["\r", "\n", "\r\n", "\u{0}", "en\r\nX-Evil: 1", "\nleading", "trailing\r", "mid\u{0}dle"])
    func headerValuesWithLineBreaksOrNULAreRejected(value: String) {
        var request = GetCustomerRequest(identifier: .id([1]))
        request.countryCode = value
        #expect(throws: RequestValidationError(parameter: "X-CAP-CLIENT-COUNTRYCODE", problem: .invalidHeaderValue)) {
            try request.makeHeaderFields()
        }
        #expect(throws: RequestValidationError.self) { try request.validate() }

        request.countryCode = "1"
        request.language = value
        #expect(throws: RequestValidationError(parameter: "language", problem: .invalidHeaderValue)) {
            try request.makeHeaderFields()
        }
    }

    @Test(arguments: ["1", "a: b", "é日本", "tab\there", "x&y=z", "\u{202E}"])
    func otherHeaderValuesAreSentExactly(value: String) throws {
        var request = GetCustomerRequest(identifier: .id([1]))
        request.countryCode = value
        #expect(try request.makeHeaderFields() == [HeaderField(name: "X-CAP-CLIENT-COUNTRYCODE", value: value)])
    }

    @Test func aBaseURLWithAQueryOrFragmentIsRefused() {
        let request = GetCustomerRequest(identifier: .id([1]))
        for base in ["https://eu.api.capillarytech.com/?format=xml", "https://eu.api.capillarytech.com/#x"] {
            #expect(throws: RequestValidationError.self) { try request.url(relativeTo: URL(string: base)!) }
        }
    }
}
