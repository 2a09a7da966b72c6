import CapillaryAPI
import Foundation
import SpecGenRuntime
import Testing

/// Decodes a fixture's body with the generated models.
func decodeFixture(_ name: String) throws -> GetCustomerResponse {
    try JSONDecoder().decode(GetCustomerResponse.self, from: RecordedExchange.named(name).body())
}

@Suite("Every recorded body decodes and round-trips")
struct RoundTripTests {
    @Test(arguments: RecordedExchange.allNames)
    func encodeThenDecodeGivesTheSameValue(name: String) throws {
        let decoded = try decodeFixture(name)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let reencoded = try encoder.encode(decoded)
        #expect(try JSONDecoder().decode(GetCustomerResponse.self, from: reencoded) == decoded)
    }

    @Test(arguments: RecordedExchange.allNames)
    func everyRecordedResponseIsHTTP200WithJSON(name: String) throws {
        let exchange = try RecordedExchange.named(name)
        #expect(exchange.response.status == 200)
        #expect(exchange.response.headers["Content-Type"]?.hasPrefix("application/json") == true)
    }
}

@Suite("Recorded responses, field by field")
struct ResponseConformanceTests {
    @Test func referenceBulkByEmail() throws {
        let body = try decodeFixture("reference-bulk-email").response
        #expect(body.status == RequestStatus(success: true, code: 200, message: "Success", total: 3, successCount: 3))
        let customers = try #require(body.customers)
        #expect(customers.map(\.email) == ["sai.ishina9@gmail.com", "sai.ishina95@gmail.com", "9478341389@pixar.com"])
        #expect(customers.map(\.lifetimePoints) == [1540, 0, 8812.25])
        #expect(customers.map(\.loyaltyPoints) == [1215, 0, 3301.75])
        #expect(customers.map(\.externalID) == ["RB-EM-0001", "RB-EM-0002", "RB-EM-0003"])
        #expect(customers.map(\.currentSlab) == ["Silver Tier ", "Member Tier ", "Gold Tier "])
        #expect(customers.allSatisfy { $0.itemStatus?.code == 1000 && $0.itemStatus?.success == true })
        #expect(customers.allSatisfy { $0.id == nil && $0.gender == nil })
    }

    @Test func referenceBulkByID() throws {
        let body = try decodeFixture("reference-bulk-id").response
        #expect(body.status.total == 2)
        let customers = try #require(body.customers)
        #expect(customers.map(\.id) == [387020208, 3879773])
        #expect(customers.map(\.email) == ["halvard.brennick@example.com", "odalys.fenwright@example.org"])
        #expect(customers.map(\.lifetimePoints) == [5120, 310.5])
        #expect(customers.map(\.type) == [.loyalty, .loyalty])
    }

    @Test func singleCustomerCurrentStyle() throws {
        let body = try decodeFixture("single-customer").response
        let customer = try #require(body.customers?.first)
        #expect(body.customers?.count == 1)
        #expect(customer.firstname == "Wilhelmina")
        #expect(customer.lastname == "Achterberg")
        #expect(customer.mobile == "447700900123")
        #expect(customer.lifetimePoints == 26447.104)
        #expect(customer.lifetimePurchases == 183920.5)
        #expect(customer.loyaltyPoints == 4012.55)
        #expect(customer.currentSlab == "Platinum Tier ")
        let registeredOn = try #require(customer.registeredOn)
        #expect(registeredOn.day == CalendarDate("2012-10-02"))
        #expect((registeredOn.hour, registeredOn.minute, registeredOn.second) == (10, 11, 12))
        #expect(registeredOn.offset == nil, "the store's time zone is not known")
        #expect(registeredOn.date == nil, "so it is not an instant")
        #expect(customer.source == "instore")
        #expect(customer.registeredStore == StoreReference(code: "kb-soho", name: "Kestrel & Birch Soho"))
        #expect(customer.registeredTill == StoreReference(code: "kb-soho-t3", name: "Soho Till 3"))
        #expect(customer.fraudDetails == Customer.FraudDetails(
            status: .noneValue, markedBy: "", modifiedOn: nil, reason: ""), "\"\" is no date")
        #expect(customer.fraudDetails?.markedBy == "")
        #expect(customer.customFields == [
            NameValueField(name: "preferred_store", value: "kb-soho"),
            NameValueField(name: "newsletter_frequency", value: "weekly"),
        ])
        #expect(customer.extendedFields?.map(\.name) == ["gender", "city", "dob"])
        #expect(customer.extendedFields?.map(\.value) == ["Female", "Bristol", "1983-06-14 00:00:00"])
        #expect(customer.transactions?.map(\.id) == [91822041, 91377530])
        #expect(customer.transactions?.map(\.number) == ["SOHO-3-0045812", "WEB-0129973"])
        #expect(customer.transactions?.first?.store == "Kestrel & Birch Soho")
        let coupon = try #require(customer.coupons?.first)
        #expect(coupon.id == 55120873)
        #expect(coupon.seriesID == 8841)
        #expect(coupon.code == "KBWINTER15Q7")
        #expect(coupon.redeemed == false)
        #expect(coupon.validTill?.description == "2024-02-29T23:59:59")
        #expect(customer.itemStatus?.warnings == [])
    }

    @Test func userIDSlabHistoryAndProgramSummary() throws {
        let customer = try #require(try decodeFixture("user-id-slab-history-program-summary").response.customers?.first)
        #expect(customer.userID == 402117734)
        #expect(customer.externalID == "MBR/2019/0417")
        let history = try #require(customer.slabHistory)
        #expect(history.count == 2)
        #expect(history[0].type == .upgrade)
        #expect(history[0].from == "Silver Tier")
        #expect(history[0].to == "Gold Tier")
        #expect(history[0].store == StoreReference(code: "kb-shef", name: "Kestrel & Birch Sheffield"))
        #expect(history[0].programID == 458)
        #expect(history[0].notes == "Lifetime points threshold crossed")
        #expect(history[1].type == .unknown("REVISED"))
        #expect(history[1].type?.rawValue == "REVISED")
        let programs = try #require(customer.programsList)
        #expect(programs.map(\.programID) == [458, 612])
        #expect(programs.map(\.name) == ["Kestrel Rewards", "Birch Partners"])
        #expect(programs.map(\.isDefault) == [true, false])
        let summaries = try #require(customer.pointsSummaries)
        #expect(summaries.map(\.programID) == [458, 612])
        #expect(summaries.map(\.loyaltyPoints) == [3140, 75.5])
        #expect(summaries.map(\.redeemed) == [9540, 0])
        #expect(summaries.first?.nextSlab == "Platinum Tier")
    }

    @Test func piiDeletedCustomerInA500Envelope() throws {
        let body = try decodeFixture("pii-deleted-500").response
        #expect(body.status == RequestStatus(
            success: false, code: 500, message: "All requests have failed due to errors", total: 2, successCount: 0))
        let items = try #require(body.customers)
        #expect(items.count == 2)
        #expect(items[0].id == 518340271)
        #expect(items[0].itemStatus?.code == 8109)
        #expect(items[0].itemStatus?.success == false)
        #expect(items[0].itemStatus?.message == "Customer is deleted after PII delete request")
        #expect(items[0].firstname == nil)
        #expect(items[1].id == nil)
        #expect(items[1].email == nil)
        #expect(items[1].itemStatus?.code == 400)
    }

    @Test func unknownCustomer() throws {
        let body = try decodeFixture("unknown-customer").response
        #expect(body.status.code == 500)
        #expect(body.status.success == false)
        let item = try #require(body.customers?.first)
        #expect(body.customers?.count == 1)
        #expect(item.id == 900000417)
        #expect(item.itemStatus?.code == 1012)
        #expect(item.itemStatus?.message == "Customer not found")
    }

    @Test func partialSuccessInABulkRequest() throws {
        let body = try decodeFixture("bulk-partial-201").response
        #expect(body.status == RequestStatus(
            success: true, code: 201, message: "Some requests have failed due to errors", total: 3, successCount: 2))
        let items = try #require(body.customers)
        #expect(items.map(\.email) == ["rosalind.okonkwo@example.org", "no.such.member@example.com", "ana+loyalty@example.com"])
        #expect(items.map { $0.itemStatus?.code } == [1000, 1012, 1000])
        #expect(items[1].firstname == nil)
        #expect(items[2].firstname == "Anaïs")
        #expect(items[2].lifetimePoints == 19404.5)
    }

    @Test func olderStyleStringsCollapsedListsAndEmptyValues() throws {
        let body = try decodeFixture("older-style").response
        #expect(body.status.code == 200)
        #expect(body.status.success == true)
        #expect(body.status.total == nil)
        #expect(body.status.successCount == nil)
        let customers = try #require(body.customers)
        #expect(customers.count == 1, "a bare customer object is a one-element list")
        let customer = customers[0]
        #expect(customer.lifetimePoints == 2300)
        #expect(customer.lifetimePurchases == 18450)
        #expect(customer.loyaltyPoints == 5_632_820_109)
        #expect(customer.currentSlab == nil, "[] means no slab")
        #expect(customer.nextSlabSerialNumber == 2)
        #expect(customer.nextSlab == "Silver Tier")
        #expect(customer.registeredTill == nil, "\"\" means no till")
        #expect(customer.fraudDetails == nil, "[[ ]] means no fraud details")
        #expect(customer.customFields == [])
        #expect(customer.coupons == [])
        #expect(customer.extendedFields == [NameValueField(name: "gender", value: "Male")])
        #expect(customer.transactions?.map(\.id) == [4410287])
        #expect(customer.transactions?.first?.number == "YORK-1-000932")
        #expect(customer.updatedOn?.offset == UTCOffset("+05:30"), "older fields carry an offset")
        #expect(customer.updatedOn?.date == Date(timeIntervalSince1970: 1_504_443_127))
        #expect(customer.registeredOn?.offset == nil)
        // Each date-time goes back in the form it came in.
        let encoded = try JSONEncoder().encode(customer)
        let json = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(json["updated_on"] as? String == "2017-09-03T18:22:07+05:30")
        #expect(json["registered_on"] as? String == "2017-04-12 10:15:30")
        #expect(customer.itemStatus?.code == 1000)
    }

    @Test func unknownEnumValuesAreKeptAndUnknownKeysIgnored() throws {
        let customer = try #require(try decodeFixture("unknown-enum-and-extra-keys").response.customers?.first)
        #expect(customer.type == .unknown("PROSPECT"))
        #expect(customer.fraudDetails?.status == .unknown("UNDER_REVIEW"))
        #expect(customer.id == 423300017)
        #expect(customer.source == "campaign_landing")
        let encoded = try JSONEncoder().encode(customer)
        let json = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(json["type"] as? String == "PROSPECT")
    }
}
