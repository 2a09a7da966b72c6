import Foundation
import SpecGenRuntime
import Testing

/// A struct written the way the code generator writes models: explicit
/// `init(from:)` / `encode(to:)` calling the runtime's helpers with a
/// per-field leniency.
private struct Customer: Codable, Equatable, Sendable {
    var id: Int64?
    var email: String?
    var points: Int?
    var lifetimeValue: Double?
    var active: Bool?
    var joined: CalendarDate?
    var slabChange: SlabChangeKind?
    var externalID: String?
    var tags: [String]?
    var transactions: [Transaction]?
    var address: Address?

    enum CodingKeys: String, CodingKey {
        case id, email, points, active, joined, tags, transactions, address
        case lifetimeValue = "lifetime_value"
        case slabChange = "slab_change"
        case externalID = "external_id"
    }

    struct Transaction: Codable, Equatable, Sendable, WireObject {
        var number: String?
        var amount: Double?

        static let wireKeys: Set<String> = ["number", "amount"]

        init(number: String?, amount: Double?) {
            self.number = number
            self.amount = amount
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyCodingKey.self)
            number = try c.decodeScalar(String.self, forKey: AnyCodingKey("number"), leniency: .numbersAsStrings)
            amount = try c.decodeScalar(Double.self, forKey: AnyCodingKey("amount"), leniency: .stringEncodedNumbers)
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: AnyCodingKey.self)
            try c.encodeIfPresent(number, forKey: AnyCodingKey("number"))
            try c.encodeIfPresent(amount, forKey: AnyCodingKey("amount"))
        }
    }

    struct Address: Codable, Equatable, Sendable {
        var city: String?
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let quirky: Leniency = [.stringEncodedNumbers, .emptyAsAbsent]
        id = try c.decodeScalar(Int64.self, forKey: .id, leniency: quirky)
        email = try c.decodeScalar(String.self, forKey: .email, leniency: .emptyAsAbsent)
        points = try c.decodeScalar(Int.self, forKey: .points, leniency: quirky)
        lifetimeValue = try c.decodeScalar(Double.self, forKey: .lifetimeValue, leniency: quirky)
        active = try c.decodeScalar(Bool.self, forKey: .active, leniency: [.stringEncodedBooleans, .emptyAsAbsent])
        joined = try c.decodeScalar(CalendarDate.self, forKey: .joined, leniency: .emptyAsAbsent)
        slabChange = try c.decodeScalar(SlabChangeKind.self, forKey: .slabChange, leniency: .all)
        externalID = try c.decodeScalar(String.self, forKey: .externalID, leniency: .numbersAsStrings)
        tags = try c.decodeScalarList(String.self, forKey: .tags, wrapperKey: nil, leniency: [.collapsedLists, .emptyAsAbsent])
        transactions = try c.decodeObjectList(Transaction.self, forKey: .transactions, wrapperKey: "transaction", leniency: .all)
        address = try c.decodeObject(Address.self, forKey: .address, leniency: .emptyAsAbsent)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(points, forKey: .points)
        try c.encodeIfPresent(lifetimeValue, forKey: .lifetimeValue)
        try c.encodeIfPresent(active, forKey: .active)
        try c.encodeIfPresent(joined, forKey: .joined)
        try c.encodeIfPresent(slabChange, forKey: .slabChange)
        try c.encodeIfPresent(externalID, forKey: .externalID)
        try c.encodeList(tags, forKey: .tags, wrapperKey: nil)
        try c.encodeList(transactions, forKey: .transactions, wrapperKey: "transaction")
        try c.encodeIfPresent(address, forKey: .address)
    }
}

@Suite("Round trips")
struct RoundTripTests {
    /// What the service sends on a bad day.
    let quirky = #"""
    {
      "id": "387020208",
      "email": "",
      "points": "2300",
      "lifetime_value": 5.632820109E9,
      "active": "TRUE",
      "joined": "",
      "slab_change": "SIDEGRADE",
      "external_id": 9478341389,
      "tags": "vip",
      "transactions": {"transaction": {"number": 42, "amount": "26447.104"}},
      "address": [[ ]],
      "unknown_key": {"anything": [1, "two"]}
    }
    """#

    @Test func quirkyDocumentDecodes() throws {
        let customer = try JSONDecoder().decode(Customer.self, from: Data(quirky.utf8))
        #expect(customer.id == 387020208)
        #expect(customer.email == "")
        #expect(customer.points == 2300)
        #expect(customer.lifetimeValue == 5_632_820_109)
        #expect(customer.active == true)
        #expect(customer.joined == nil)
        #expect(customer.slabChange == .unknown("SIDEGRADE"))
        #expect(customer.externalID == "9478341389")
        #expect(customer.tags == ["vip"])
        #expect(customer.transactions == [.init(number: "42", amount: 26447.104)])
        #expect(customer.address == nil)
    }

    @Test func encodingIsCanonicalAndDecodesBackEqual() throws {
        let customer = try JSONDecoder().decode(Customer.self, from: Data(quirky.utf8))
        let json = try encodeJSON(customer)
        #expect(json == #"{"active":true,"email":"","external_id":"9478341389","id":387020208,"#
            + #""lifetime_value":5632820109,"points":2300,"slab_change":"SIDEGRADE","tags":["vip"],"#
            + #""transactions":{"transaction":[{"amount":26447.104,"number":"42"}]}}"#)
        let again = try JSONDecoder().decode(Customer.self, from: Data(json.utf8))
        #expect(again == customer)
        #expect(try encodeJSON(again) == json)
    }

    @Test func fullValueRoundTrips() throws {
        let document = #"""
        {"id": 5, "email": "a@b.c", "points": 0, "lifetime_value": -0.5, "active": false,
         "joined": "2024-02-29", "slab_change": "UPGRADE", "external_id": "X-1",
         "tags": ["a", "", "c"], "transactions": {"transaction": []}, "address": {"city": "Pune"}}
        """#
        let customer = try JSONDecoder().decode(Customer.self, from: Data(document.utf8))
        #expect(customer.joined == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(customer.tags == ["a", "", "c"])
        #expect(customer.transactions == [])
        #expect(customer.address == Customer.Address(city: "Pune"))
        let again = try JSONDecoder().decode(Customer.self, from: try JSONEncoder().encode(customer))
        #expect(again == customer)
    }

    @Test func absentFieldsStayAbsent() throws {
        let customer = try JSONDecoder().decode(Customer.self, from: Data("{}".utf8))
        #expect(try encodeJSON(customer) == "{}")
    }

    @Test func encodeListShapes() throws {
        struct Lists: Encodable {
            var wrapped: [Int]?
            var bare: [CalendarDate]?
            var none: [Int]?
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: AnyCodingKey.self)
                try c.encodeList(wrapped, forKey: AnyCodingKey("wrapped"), wrapperKey: "id")
                try c.encodeList(bare, forKey: AnyCodingKey("bare"), wrapperKey: nil)
                try c.encodeList(none, forKey: AnyCodingKey("none"), wrapperKey: "x")
            }
        }
        let value = Lists(wrapped: [1, 2], bare: [CalendarDate("2024-02-09")!], none: nil)
        #expect(try encodeJSON(value) == #"{"bare":["2024-02-09"],"wrapped":{"id":[1,2]}}"#)
        #expect(try encodeJSON(Lists(wrapped: [], bare: [], none: nil)) == #"{"bare":[],"wrapped":{"id":[]}}"#)
    }

    @Test func badKnownFieldIsNeverSilentlyDropped() {
        let document = #"{"points": "12.5"}"#
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Customer.self, from: Data(document.utf8))
        }
        #expect(error.map(codingPath(of:)) == ["points"])
        let nested = #"{"transactions": {"transaction": [{"amount": "lots"}]}}"#
        let nestedError = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Customer.self, from: Data(nested.utf8))
        }
        #expect(nestedError.map(codingPath(of:)) == ["transactions", "transaction", "Index 0", "amount"])
    }
}
