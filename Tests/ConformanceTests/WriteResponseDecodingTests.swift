import CapillaryAPI
import Foundation
import SpecGenRuntime
import Testing

/// Decodes a write endpoint's recorded body (`Fixtures/writes/NAME.body.json`).
func decodeWriteFixture<Body: Decodable>(_ name: String, as type: Body.Type = Body.self) throws -> Body {
    try JSONDecoder().decode(Body.self, from: RecordedExchange.fixture("writes/\(name).body.json"))
}

/// The shapes the write endpoints answer in, one fixture per published generation or irregularity
/// (see `Fixtures/writes/README.md`), read field by field.
@Suite("Write endpoints' responses, field by field")
struct WriteResponseDecodingTests {
    @Test func customerAddCurrentStyle() throws {
        let body = try decodeWriteFixture("customer-add-two", as: AddCustomersResponse.self).response
        #expect(body.status == RequestStatus(success: true, code: 200, message: "Success", total: 2, successCount: 2))
        let customers = try #require(body.customers)
        #expect(customers.map(\.userID) == [610022481, 610022482])
        #expect(customers.map(\.type) == [.loyalty, .nonLoyalty])
        let ann = customers[0]
        #expect(ann.currentSlab == "Copper ")
        #expect(ann.tierExpiryDate?.day == CalendarDate("2125-03-05"))
        let summary = try #require(ann.pointsSummaries?.first)
        #expect(summary.programID == 2207)
        #expect(summary.slabSerialNumber == 1)
        #expect(summary.lifetimePoints == 25)
        #expect(summary.totalPoints == nil, "\"\" is no number")
        #expect(ann.subscriptions == [SubscriptionState(channel: "SMS", priority: "TRANS", scope: "ALL", status: "1")])
        let effects = try #require(ann.sideEffects)
        #expect(effects.map(\.type) == [[.points], [.coupon]])
        #expect(effects[0].awardedPoints == 25)
        #expect(effects[1].id == 71120045)
        #expect(effects[1].couponCode == "WLCM7Q2X")
        #expect(effects[1].validTill == "2024-06-30 23:59:59")
        #expect(ann.itemStatus == WriteItemStatus(success: true, code: 1000, message: "Customer registration successful", warnings: []))
        // The second customer: identifiers and tier null, every list empty.
        let ben = customers[1]
        #expect(ben.email == nil && ben.externalID == nil && ben.currentSlab == nil && ben.tierExpiryDate == nil)
        #expect(ben.pointsSummaries == [] && ben.sideEffects == [] && ben.subscriptions == [])
    }

    @Test func customerAddOlderGenerationSendsEveryNumberAsAString() throws {
        let body = try decodeWriteFixture("customer-add-older-strings", as: AddCustomersResponse.self).response
        #expect(body.status == RequestStatus(success: true, code: 200, message: "SUCCESS", total: nil, successCount: nil))
        let customers = try #require(body.customers)
        #expect(customers.map(\.userID) == [7731, 7732])
        #expect(customers.map(\.lifetimePurchases) == [90, 410])
        #expect(customers.map { $0.itemStatus?.code } == [1000, 1000])
        let coupon = try #require(customers[0].sideEffects?.last)
        #expect(coupon.type == [.coupon])
        #expect(coupon.id == 55100923)
        #expect(coupon.couponType == "CAMPAIGN/DVS")
        #expect(customers[0].sideEffects?.first?.awardedPoints == 250)
        // "side_effects": {} is an empty list; an extended field may come without its value.
        #expect(customers[1].sideEffects == [])
        #expect(customers[1].extendedFields == [
            NameValueField(name: "colour", value: "teal"), NameValueField(name: "vat_code", value: nil),
        ])
    }

    @Test func customerAddReferralEffectsAndAWarning() throws {
        let customer = try #require(
            try decodeWriteFixture("customer-add-referral-warning", as: AddCustomersResponse.self).response.customers?.first)
        #expect(customer.fraudStatus == "NONE")
        #expect(customer.reason == "")
        let effects = try #require(customer.sideEffects)
        #expect(effects.map(\.customerID) == [610022500, 610019904, nil])
        #expect(effects.map(\.isReferrer) == [nil, true, nil])
        #expect(effects[2].type == [.alternateCurrency])
        #expect(effects[2].alternateCurrencyName == "stars")
        #expect(effects[2].awardedValue == 15)
        #expect(customer.itemStatus?.warnings == [1017])
        #expect(customer.itemStatus?.message == "Customer registration successful, Provided Custom Field is invalid")
    }

    @Test func customerAddPartialBatchKeepsTheFailedEcho() throws {
        let body = try decodeWriteFixture("customer-add-partial-201", as: AddCustomersResponse.self).response
        #expect(body.status.code == 201)
        #expect(body.status.success == true, "customer/add says true when only some failed")
        let failed = try #require(body.customers?[1])
        #expect(failed.mobile == "447700900111")
        #expect(failed.email == "")
        #expect(failed.userID == nil)
        #expect(failed.sideEffectsOfFailure == [], "one failure branch spells the key side_effect")
        #expect(failed.itemStatus?.code == 1033)
        #expect(failed.itemStatus?.success == false)
    }

    @Test func customerAddAllFailedWithAnEmptyItem() throws {
        let body = try decodeWriteFixture("customer-add-all-failed-500", as: AddCustomersResponse.self).response
        #expect(body.status == RequestStatus(
            success: false, code: 500, message: "All requests have failed due to errors", total: 1, successCount: 0))
        #expect(body.customers?.count == 1)
        #expect(body.customers?.first?.itemStatus == nil)
        #expect(body.customers?.first?.mobile == nil)
    }

    @Test func customerUpdateWithTwoWarningsAndTwoPrograms() throws {
        let customer = try #require(
            try decodeWriteFixture("customer-update", as: UpdateCustomerResponse.self).response.customers?.first)
        #expect(customer.lastname == "Carter")
        #expect(customer.pointsSummaries?.map(\.programID) == [2207, 2311])
        #expect(customer.pointsSummaries?.map(\.nextSlab) == ["Bronze", "Silver "])
        #expect(customer.pointsSummaries?.first?.cumulativePurchases == 1200)
        #expect(customer.itemStatus?.warnings == [91017, 1017])
        #expect(customer.itemStatus?.message == "Customer successfully updated")
        let updated = try #require(customer.updatedOn)
        #expect((updated.hour, updated.minute, updated.second) == (16, 45, 2))
    }

    @Test func customerUpdateNotFound() throws {
        let body = try decodeWriteFixture("customer-update-not-found-500", as: UpdateCustomerResponse.self).response
        #expect(body.status.code == 500)
        #expect(body.customers?.first?.mobile == "447700900999")
        #expect(body.customers?.first?.itemStatus?.code == 1012)
    }

    @Test func transactionAddCurrentStyle() throws {
        let body = try decodeWriteFixture("transaction-add", as: AddTransactionsResponse.self).response
        #expect(body.status == RequestStatus(success: true, code: 200, message: "Success", total: nil, successCount: nil))
        let bill = try #require(body.transactions?.first)
        #expect(bill.id == 48120077)
        #expect(bill.number == "TILL4-000871")
        #expect(bill.type == "REGULAR")
        #expect(bill.outlierStatus == .normal)
        #expect(bill.source == "INSTORE")
        #expect(bill.customer?.userID == 610022481)
        #expect(bill.customer?.lifetimePurchases == 1150.5)
        #expect(bill.customer?.pointsSummaries?.first?.cumulativePurchases == 1150.5)
        #expect(bill.sideEffects?.map(\.type) == [[.points], [.coupon]])
        #expect(bill.sideEffects?.last?.description == "Tea towel with your next kettle")
        #expect(bill.itemStatus == WriteItemStatus(success: true, code: 600, message: "Transaction added successfully", warnings: nil))
    }

    @Test func transactionAddOlderGeneration() throws {
        // status after transactions, every number a string, a DVS coupon typed ["coupon", "DVS"],
        // and awarded rather than awarded_points.
        let body = try decodeWriteFixture("transaction-add-older-strings", as: AddTransactionsResponse.self).response
        #expect(body.status.code == 200)
        let bill = try #require(body.transactions?.first)
        #expect(bill.id == 3301457)
        #expect(bill.type == "regular")
        #expect(bill.billClientID == "77")
        #expect(bill.customer?.lifetimePurchases == 48000)
        #expect(bill.itemStatus?.code == 600)
        let effects = try #require(bill.sideEffects)
        #expect(effects[0].type == [.coupon, .dvs])
        #expect(effects[0].code == "QX7m21")
        #expect(effects[0].validTill == "2013-05-20")
        #expect(effects[0].discountValue == 15)
        #expect(effects[1].awarded == 60)
        #expect(effects[1].awardedPoints == nil)
    }

    @Test func transactionAddTierUpgradeAndAlternateCurrencies() throws {
        let body = try decodeWriteFixture("transaction-add-tier-and-currency", as: AddTransactionsResponse.self).response
        #expect(body.status.success == true, "a JSON boolean, as for some older point-of-sale clients")
        let bill = try #require(body.transactions?.first)
        #expect(bill.itemStatus?.code == 1630)
        #expect(bill.source == "ECOMM")
        let effects = try #require(bill.sideEffects)
        #expect(effects.map(\.type) == [[.alternateCurrency], [.alternateCurrency], [.points], [.slab]])
        #expect(effects.map(\.awardedValue) == [30, 420, nil, nil])
        #expect(effects[3].previousSlabNumber == 1)
        #expect(effects[3].upgradedSlabName == "Bronze")
        #expect(effects[3].upgradedSlabNumber == 2)
    }

    @Test func pointsRedeemed() throws {
        let body = try decodeWriteFixture("points-redeem", as: RedeemPointsResponse.self).response
        let points = try #require(body.responses?.points)
        #expect(points.userID == 610022481)
        #expect(points.redemptionID == "Xq4wLm")
        #expect(points.pointsRedeemed == 25)
        #expect(points.redeemedValue == 12.5)
        #expect(points.balance == 115)
        let redemption = try #require(points.sideEffects?.first)
        #expect(redemption.id == 30551872)
        #expect(redemption.pointsRedemptionSummaryID == 30551872)
        #expect(redemption.caseValue == false)
        #expect(redemption.redeemedOnBillID == -1)
        #expect(redemption.redeemedOnBillNumber == "TILL4-000871")
        #expect(points.itemStatus?.code == 800)
    }

    @Test func pointsNotFound() throws {
        let body = try decodeWriteFixture("points-redeem-not-found-816", as: RedeemPointsResponse.self).response
        #expect(body.status.success == false)
        let points = try #require(body.responses?.points)
        #expect(points.userID == nil)
        #expect(points.redeemedValue == 0)
        #expect(points.sideEffects == [])
        #expect(points.itemStatus == WriteItemStatus(
            success: false, code: 816, message: "Customer not found for organization", warnings: nil))
    }

    @Test func pointsOlderGenerationWithEffectsBesideThePoints() throws {
        let responses = try #require(
            try decodeWriteFixture("points-redeem-older-strings", as: RedeemPointsResponse.self).response.responses)
        #expect(responses.points?.pointsRedeemed == 300)
        #expect(responses.points?.redeemedValue == 150)
        #expect(responses.points?.balance == 915)
        #expect(responses.points?.sideEffects == nil)
        let effect = try #require(responses.sideEffects?.first)
        #expect(effect.isGroupRedemption == true)
        #expect(effect.redeemedOnBillID == -1)
        #expect(effect.numPoints == 300)
    }

    @Test func couponRedeemed() throws {
        let body = try decodeWriteFixture("coupon-redeem", as: RedeemCouponResponse.self).response
        #expect(body.status.code == 200)
        let coupon = try #require(body.coupons?.coupon)
        #expect(coupon.redemptionID == "9120334")
        #expect(coupon.isAbsolute == false)
        #expect(coupon.couponValue == 10)
        #expect(coupon.seriesInfo == .array([]))
        #expect(coupon.transaction?.amount == 1150.5)
        #expect(coupon.transaction?.number == "TILL4-000871")
        #expect(coupon.sideEffects == [])
        #expect(coupon.itemStatus?.code == 700)
    }

    @Test func couponLimitReached() throws {
        let body = try decodeWriteFixture("coupon-redeem-limit-696", as: RedeemCouponResponse.self).response
        #expect(body.status.success == false, "a JSON boolean on this failure path")
        let coupon = try #require(body.coupons?.coupon)
        #expect(coupon.redemptionID == nil && coupon.discountCode == nil && coupon.couponValue == nil)
        #expect(coupon.itemStatus?.code == 696)
        #expect(coupon.itemStatus?.success == false)
    }

    @Test func couponOlderGenerationWithAnXMLArtefact() throws {
        let coupon = try #require(
            try decodeWriteFixture("coupon-redeem-older-strings", as: RedeemCouponResponse.self).response.coupons?.coupon)
        #expect(coupon.customer?.userID == 7731)
        #expect(coupon.isAbsolute == true)
        #expect(coupon.couponValue == 0)
        #expect(coupon.itemStatus == WriteItemStatus(success: true, code: 200, message: "SUCCESS", warnings: nil))
    }

    /// The latest published success sample has no `response` wrapper: its status and coupons sit
    /// at the top level. The spec's `may_be_inlined` reads it as the wrapped form, and writes the
    /// wrapper back.
    @Test func couponUnwrappedBodyReadsAsTheWrappedOne() throws {
        let unwrapped = try decodeWriteFixture("coupon-redeem-unwrapped", as: RedeemCouponResponse.self)
        #expect(unwrapped.response.status.code == 200)
        #expect(unwrapped.response.coupons?.coupon?.code == "ZP3MD8C1")
        #expect(unwrapped.response.coupons?.coupon?.redemptionID == "9120360")
        #expect(unwrapped.response.coupons?.coupon?.itemStatus?.code == 700)
        let rewritten = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(unwrapped))
        guard case .object(let top) = rewritten else {
            Issue.record("not an object")
            return
        }
        #expect(top.keys.sorted() == ["response"])
        // A body with neither the wrapper nor any of its keys is still refused, at the top level.
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RedeemCouponResponse.self, from: Data(#"{"coupon": {}}"#.utf8))
        }
    }

    /// The 2017 transaction/add sample wraps one number in line breaks (`"\n100000033000\n"`, a
    /// line-wrap artefact of the docs). A number with anything around it is not a number the
    /// leniency reads, so the body is refused at that field's path rather than read as a guess.
    @Test func aNumberWrappedInLineBreaksIsRefusedAtItsPath() throws {
        let body = #"{"response":{"status":{"code":"200"},"transactions":{"transaction":[{"customer":{"lifetime_purchases":"\n48000\n"}}]}}}"#
        do {
            _ = try JSONDecoder().decode(AddTransactionsResponse.self, from: Data(body.utf8))
            Issue.record("decoded a number wrapped in line breaks")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                == ["response", "transactions", "transaction", "[0]", "customer", "lifetime_purchases"])
        }
    }

    /// Decoding then encoding then decoding gives the same value for every write fixture.
    @Test(arguments: [
        "customer-add-two", "customer-add-older-strings", "customer-add-referral-warning", "customer-add-partial-201",
        "customer-add-all-failed-500",
    ])
    func customerBodiesRoundTrip(name: String) throws {
        try expectRoundTrip(decodeWriteFixture(name, as: AddCustomersResponse.self))
    }

    @Test func otherBodiesRoundTrip() throws {
        try expectRoundTrip(decodeWriteFixture("customer-update", as: UpdateCustomerResponse.self))
        try expectRoundTrip(decodeWriteFixture("transaction-add", as: AddTransactionsResponse.self))
        try expectRoundTrip(decodeWriteFixture("transaction-add-older-strings", as: AddTransactionsResponse.self))
        try expectRoundTrip(decodeWriteFixture("transaction-add-tier-and-currency", as: AddTransactionsResponse.self))
        try expectRoundTrip(decodeWriteFixture("points-redeem", as: RedeemPointsResponse.self))
        try expectRoundTrip(decodeWriteFixture("points-redeem-older-strings", as: RedeemPointsResponse.self))
        try expectRoundTrip(decodeWriteFixture("coupon-redeem", as: RedeemCouponResponse.self))
        try expectRoundTrip(decodeWriteFixture("coupon-redeem-older-strings", as: RedeemCouponResponse.self))
    }

    private func expectRoundTrip<Body: Codable & Equatable>(_ value: Body) throws {
        let encoded = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(Body.self, from: encoded) == value)
    }
}
