import CapillaryAPI

/// The decode baseline: plain structs with synthesized `Codable`, strict types and the same shape
/// as the generated `GetCustomerResponse` (same keys, same list wrappers, open enums as `String`).
/// They read only clean JSON: numbers as numbers, booleans as booleans, every list wrapped.
struct StrictGetCustomerResponse: Codable {
    struct Body: Codable {
        var status: StrictRequestStatus
        var customers: CustomerList?
    }

    struct CustomerList: Codable {
        var customer: [StrictCustomer]
    }

    var response: Body
}

struct StrictRequestStatus: Codable {
    var success: Bool?
    var code: Int?
    var message: String?
    var total: Int?
    var successCount: Int?

    enum CodingKeys: String, CodingKey {
        case success, code, message, total
        case successCount = "success_count"
    }
}

struct StrictItemStatus: Codable {
    struct Warning: Codable {
        var code: Int?
        var message: String?
    }

    struct WarningList: Codable {
        var warning: [Warning]
    }

    var success: Bool?
    var code: Int?
    var message: String?
    var warnings: WarningList?
}

struct StrictStoreReference: Codable {
    var code: String?
    var name: String?
}

struct StrictNameValueField: Codable {
    var name: String?
    var value: String?
}

struct StrictCustomer: Codable {
    struct FraudDetails: Codable {
        var status: String?
        var markedBy: String?
        var modifiedOn: String?
        var reason: String?

        enum CodingKeys: String, CodingKey {
            case status, reason
            case markedBy = "marked_by"
            case modifiedOn = "modified_on"
        }
    }

    struct FieldList: Codable {
        var field: [StrictNameValueField]
    }

    struct Transaction: Codable {
        var id: Int?
        var number: String?
        var type: String?
        var createdDate: String?
        var store: String?

        enum CodingKeys: String, CodingKey {
            case id, number, type, store
            case createdDate = "created_date"
        }
    }

    struct TransactionList: Codable {
        var transaction: [Transaction]
    }

    struct Coupon: Codable {
        var id: Int?
        var seriesID: Int?
        var code: String?
        var description: String?
        var createdDate: String?
        var validTill: String?
        var redeemed: Bool?

        enum CodingKeys: String, CodingKey {
            case id, code, description, redeemed
            case seriesID = "series_id"
            case createdDate = "created_date"
            case validTill = "valid_till"
        }
    }

    struct CouponList: Codable {
        var coupon: [Coupon]
    }

    struct PointsSummary: Codable {
        var programId: Int?
        var loyaltyPoints: Double?
        var lifetimePoints: Double?
        var redeemed: Double?
        var expired: Double?
        var currentSlab: String?
        var nextSlab: String?
    }

    struct PointsSummaryList: Codable {
        var pointsSummary: [PointsSummary]

        enum CodingKeys: String, CodingKey {
            case pointsSummary = "points_summary"
        }
    }

    struct SlabChange: Codable {
        var to: String?
        var from: String?
        var store: StrictStoreReference?
        var type: String?
        var tierExpiryDate: String?
        var changedOn: String?
        var notes: String?
        var programID: Int?

        enum CodingKeys: String, CodingKey {
            case to, from, store, type, notes
            case tierExpiryDate = "tier_expiry_date"
            case changedOn = "changed_on"
            case programID = "program_id"
        }
    }

    struct SlabHistory: Codable {
        var history: [SlabChange]
    }

    struct Program: Codable {
        var programId: Int?
        var name: String?
        var description: String?
        var isDefault: Bool?
    }

    struct ProgramList: Codable {
        var program: [Program]
    }

    struct PartnerProgram: Codable {
        var partnerProgramName: String?

        enum CodingKeys: String, CodingKey {
            case partnerProgramName = "partner_program_name"
        }
    }

    struct PartnerProgramList: Codable {
        var partnerProgram: [PartnerProgram]

        enum CodingKeys: String, CodingKey {
            case partnerProgram = "PartnerProgram"
        }
    }

    var id: Int?
    var userID: Int?
    var firstname: String?
    var lastname: String?
    var mobile: String?
    var email: String?
    var externalID: String?
    var cardNumber: String?
    var cardExternalID: String?
    var lifetimePoints: Double?
    var lifetimePurchases: Double?
    var loyaltyPoints: Double?
    var currentSlab: String?
    var registeredOn: String?
    var updatedOn: String?
    var type: String?
    var source: String?
    var registeredBy: String?
    var gender: String?
    var currentNpsStatus: String?
    var registeredStore: StrictStoreReference?
    var registeredTill: StrictStoreReference?
    var fraudDetails: FraudDetails?
    var nextSlab: String?
    var nextSlabSerialNumber: Int?
    var nextSlabDescription: String?
    var customFields: FieldList?
    var extendedFields: FieldList?
    var transactions: TransactionList?
    var coupons: CouponList?
    var pointsSummaries: PointsSummaryList?
    var slabHistory: SlabHistory?
    var programsList: ProgramList?
    var partnerPrograms: PartnerProgramList?
    var itemStatus: StrictItemStatus?

    enum CodingKeys: String, CodingKey {
        case id, firstname, lastname, mobile, email, gender, source, type, transactions, coupons
        case userID = "user_id"
        case externalID = "external_id"
        case cardNumber = "card_number"
        case cardExternalID = "card_external_id"
        case lifetimePoints = "lifetime_points"
        case lifetimePurchases = "lifetime_purchases"
        case loyaltyPoints = "loyalty_points"
        case currentSlab = "current_slab"
        case registeredOn = "registered_on"
        case updatedOn = "updated_on"
        case registeredBy = "registered_by"
        case currentNpsStatus = "current_nps_status"
        case registeredStore = "registered_store"
        case registeredTill = "registered_till"
        case fraudDetails = "fraud_details"
        case nextSlab = "next_slab"
        case nextSlabSerialNumber = "next_slab_serial_number"
        case nextSlabDescription = "next_slab_description"
        case customFields = "custom_fields"
        case extendedFields = "extended_fields"
        case pointsSummaries = "points_summaries"
        case slabHistory = "slab_history"
        case programsList = "programs_list"
        case partnerPrograms = "PartnerPrograms"
        case itemStatus = "item_status"
    }

    /// Whether this strict reading agrees with the generated model's reading of the same customer,
    /// field by field where the types allow a direct comparison.
    func agrees(with customer: Customer) -> Bool {
        // One comparison per element keeps each expression quick to type-check.
        let checks: [Bool] = [
            id == customer.id,
            userID == customer.userID,
            firstname == customer.firstname,
            email == customer.email,
            mobile == customer.mobile,
            externalID == customer.externalID,
            cardNumber == customer.cardNumber,
            lifetimePoints == customer.lifetimePoints,
            loyaltyPoints == customer.loyaltyPoints,
            currentSlab == customer.currentSlab,
            type == customer.type?.rawValue,
            fraudDetails?.status == customer.fraudDetails?.status?.rawValue,
            nextSlabSerialNumber == customer.nextSlabSerialNumber,
            extendedFields?.field.map(\.value) == customer.extendedFields?.map(\.value),
            transactions?.transaction.map(\.id) == customer.transactions?.map(\.id),
            coupons?.coupon.map(\.redeemed) == customer.coupons?.map(\.redeemed),
            pointsSummaries?.pointsSummary.map(\.loyaltyPoints) == customer.pointsSummaries?.map(\.loyaltyPoints),
            slabHistory?.history.map(\.type) == customer.slabHistory?.map { $0.type?.rawValue },
            programsList?.program.map(\.isDefault) == customer.programsList?.map(\.isDefault),
            itemStatus?.success == customer.itemStatus?.success,
            itemStatus?.code == customer.itemStatus?.code,
        ]
        return !checks.contains(false)
    }
}
