import Foundation
import Testing
@testable import SpecGenKit

/// Every query parameter and response field of Capillary's reference table for
/// `GET /v1.1/customer/get` appears in the generated docs. The names below are the reference's
/// (with its nameless row read as `email`, and `note` as the service's `notes`).
@Suite("Docs cover the reference")
struct DocsCoverageTests {
    static let referenceParameters = [
        "id", "email", "external_id", "card_external_id", "number", "store_code", "till_code", "amount", "date",
        "type", "tenders", "credit_notes", "user_id", "coupon_limit", "coupon_offset", "coupon_order_by",
        "coupon_sort_order", "next_slab", "slab_history", "registered_store", "registered_till", "fraud_details",
        "ndnc_status", "optin_status", "expiry_schedule", "expired_points", "points_summary", "promotion_points",
        "membership_retention_criteria", "tier_upgrade_criteria", "mlp", "gap_to_upgrade_for", "gap_to_renew_for",
        "user_group", "customer_image", "transactions", "subscriptions", "segments", "member_care_access",
        "card_details", "tracker_info", "delayed_accrual", "coupon_active", "basic", "program_id", "coupon_offer",
        "coupon_org_entity_type", "coupon_org_entity_value", "coupon_status", "program_summary",
    ]

    /// Response rows as paths in the JSON the docs show.
    static let referenceResponseFields = [
        "response.status.success", "response.status.code", "response.status.message", "response.status.total",
        "response.status.success_count",
        "customer[].firstname", "customer[].lastname", "customer[].mobile", "customer[].email",
        "customer[].external_id", "customer[].lifetime_points", "customer[].lifetime_purchases",
        "customer[].loyalty_points", "customer[].current_slab", "customer[].registered_on", "customer[].updated_on",
        "customer[].type", "customer[].source", "customer[].registered_by",
        "customer[].registered_store.code", "customer[].registered_store.name",
        "customer[].registered_till.code", "customer[].registered_till.name",
        "customer[].fraud_details.status",
        "customer[].extended_fields.field[].name", "customer[].extended_fields.field[].value",
        "customer[].item_status.success", "customer[].item_status.code", "customer[].item_status.message",
        "customer[].programs_list.program[]",
        "customer[].slab_history.history[].to", "customer[].slab_history.history[].from",
        "customer[].slab_history.history[].store", "customer[].slab_history.history[].type",
        "customer[].slab_history.history[].tier_expiry_date", "customer[].slab_history.history[].changed_on",
        "customer[].slab_history.history[].notes", "customer[].slab_history.history[].program_id",
    ]

    private func page() throws -> String {
        let url = TestSpec.repositoryRoot.appendingPathComponent("Generated/Docs/Capillary/get_customer.md")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func everyReferenceParameterIsDocumented() throws {
        let page = try page()
        for name in Self.referenceParameters {
            #expect(page.contains("| `\(name)` |"), "parameter \(name) is missing from the docs")
        }
        #expect(page.contains("| `language` |"))
        #expect(page.contains("| `X-CAP-CLIENT-COUNTRYCODE` |"))
    }

    @Test func everyReferenceResponseFieldIsDocumented() throws {
        let page = try page()
        for path in Self.referenceResponseFields {
            #expect(page.contains(path), "response field \(path) is missing from the docs")
        }
        // Extended fields named in the reference: gender, city, dob.
        for name in ["gender", "city", "dob"] {
            #expect(page.contains(name))
        }
    }

    @Test func examplesShowTheReferenceRequests() throws {
        let page = try page()
        #expect(page.contains("https://eu.api.capillarytech.com/v1.1/customer/get?format=json&id=387020208%2C3879773"))
        #expect(page.contains("?format=json&email=sai.ishina9%40gmail.com%2Csai.ishina95%40gmail.com%2C9478341389%40pixar.com"))
    }
}
