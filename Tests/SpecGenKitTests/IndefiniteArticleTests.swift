import Testing
@testable import SpecGenKit

/// "a" or "an" before the names the docs print (issue 16: "a OpenWeatherClient").
@Suite("Indefinite article")
struct IndefiniteArticleTests {
    @Test(arguments: [
        // A vowel letter, a consonant letter.
        ("OpenWeatherClient", "an"), ("UpdateCustomerResult", "an"), ("AddCustomersResult", "an"),
        ("ItunesClient", "an"), ("CapillaryClient", "a"), ("ShopClient", "a"),
        // Acronyms are read letter by letter: by the sound of the first letter's name.
        ("HTTPClient", "an"), ("SDK", "an"), ("SDKClient", "an"), ("MLModel", "an"), ("FAQ", "an"),
        ("URL", "a"), ("URLSession", "a"), ("UUID", "a"), ("JSONBody", "a"), ("OAuth", "an"),
        ("X", "an"), ("X-Ray", "an"), ("B2", "a"),
        // A vowel letter with a consonant sound, a silent h.
        ("UserClient", "a"), ("user", "a"), ("UnitClient", "a"), ("EuroRates", "a"), ("one-off", "a"),
        ("hour", "an"), ("HourlyForecast", "an"), ("HonestClient", "an"), ("HistoryClient", "a"),
        // Scalar kinds in messages.
        ("integer", "an"), ("number", "a"), ("object", "an"), ("string", "a"),
        // Numbers by how they are said.
        ("8", "an"), ("80s", "an"), ("11", "an"), ("18", "an"), ("11500", "an"),
        ("110", "a"), ("1800", "a"), ("1", "a"),
        // Characters before the word are not read.
        ("`OpenWeatherClient`", "an"), ("_3ds", "a"), ("", "a"),
    ])
    func article(word: String, expected: String) {
        #expect(IndefiniteArticle.article(before: word) == expected)
    }

    @Test func prefixed() {
        #expect(IndefiniteArticle.prefixed("OpenWeatherClient") == "an OpenWeatherClient")
        #expect(IndefiniteArticle.prefixed("CapillaryClient") == "a CapillaryClient")
    }
}
