import Testing
@testable import SpecGenKit

@Suite("Swift names")
struct NamingTests {
    @Test(arguments: [
        ("external_id", "externalID"),
        ("programId", "programID"),
        ("PartnerPrograms", "partnerPrograms"),
        ("X-CAP-CLIENT-COUNTRYCODE", "xCapClientCountrycode"),
        ("NOT_INTERESTED_RETURN", "notInterestedReturn"),
        ("isDefault", "isDefault"),
        ("HTTPServer", "httpServer"),
        ("id", "id"),
        ("3ds", "_3ds"),
        ("user id", "userID"),
        ("café_menu", "caféMenu"),
        // An acronym is cased the same whether digits follow it or not (issue 16).
        ("artistViewUrl", "artistViewURL"),
        ("artworkUrl100", "artworkURL100"),
        ("artwork_url_100", "artworkURL100"),
        ("user_ids2", "userIDs2"),
        ("http2_push", "http2Push"),
        ("café_url60", "caféURL60"),
        ("url100", "url100"),
        ("size_100", "size100"),
        ("version2", "version2"),
    ])
    func camelCase(wire: String, expected: String) {
        #expect(SwiftName.camelCase(wire) == expected)
    }

    @Test func pascalCase() {
        #expect(SwiftName.pascalCase("registered_store") == "RegisteredStore")
        #expect(SwiftName.pascalCase("get_customer") == "GetCustomer")
        #expect(SwiftName.pascalCase("item_status") == "ItemStatus")
        #expect(SwiftName.pascalCase("api_url") == "APIURL")
        #expect(SwiftName.pascalCase("url100_id2") == "URL100ID2")
        #expect(SwiftName.pascalCase("json5") == "JSON5")
        #expect(SwiftName.pascalCase("über_url2") == "ÜberURL2")
        #expect(SwiftName.pascalCase("v2") == "V2")
    }

    @Test func keywordsAreEscapedOrRenamed() {
        #expect(SwiftName.member("default") == "`default`")
        #expect(SwiftName.member("class") == "`class`")
        #expect(SwiftName.member("type") == "type")
        #expect(SwiftName.member("self") == "self_")
        #expect(SwiftName.type("Type") == "TypeValue")
        #expect(SwiftName.type("Error") == "ErrorValue")
        #expect(SwiftName.property(wire: "default", override: nil) == "`default`")
        #expect(SwiftName.property(wire: "x", override: "custom") == "custom")
    }

    @Test func everyKeywordIsEscapedAndEveryReservedTypeRenamed() {
        for keyword in ["associatedtype", "precedencegroup", "in", "is", "do", "Any", "borrowing", "package"] {
            #expect(SwiftName.member(keyword) == "`\(keyword)`")
        }
        for name in ["String", "Sendable", "RequestValidationError", "Response", "URL"] {
            #expect(SwiftName.type(name) == name + "Value")
        }
        // Same length as a keyword, or a keyword's prefix or extension: left alone.
        for name in ["inn", "i", "fox", "classes", "precedencegroups", "Class", ""] {
            #expect(SwiftName.member(name) == name)
        }
    }

    @Test func wordListMatchesWholeWordsOnly() {
        let list: WordList = ["in", "is", "if", "inout", "precedencegroup"]
        #expect(list.contains("in") && list.contains("is") && list.contains("if") && list.contains("inout"))
        #expect(list.contains("precedencegroup"))
        #expect(!list.contains("it") && !list.contains("i") && !list.contains("") && !list.contains("inouts"))
        #expect(!list.contains("precedencegroupX") && !list.contains("In"))
        let empty: WordList = []
        #expect(!empty.contains("") && !empty.contains("in"))
    }

    @Test func wordsSplitAtCaseChanges() {
        #expect(SwiftName.words("loyaltyPoints2x") == ["loyalty", "points2x"])
        #expect(SwiftName.words("--") == [])
        #expect(SwiftName.camelCase("--") == "_")
    }
}
