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
    ])
    func camelCase(wire: String, expected: String) {
        #expect(SwiftName.camelCase(wire) == expected)
    }

    @Test func pascalCase() {
        #expect(SwiftName.pascalCase("registered_store") == "RegisteredStore")
        #expect(SwiftName.pascalCase("get_customer") == "GetCustomer")
        #expect(SwiftName.pascalCase("item_status") == "ItemStatus")
        #expect(SwiftName.pascalCase("api_url") == "APIURL")
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

    @Test func wordsSplitAtCaseChanges() {
        #expect(SwiftName.words("loyaltyPoints2x") == ["loyalty", "points2x"])
        #expect(SwiftName.words("--") == [])
        #expect(SwiftName.camelCase("--") == "_")
    }
}
