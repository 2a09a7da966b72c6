import CapillaryAPI
import Foundation
import SpecGenRuntime

/// Encoding customer/add's body of 100 customers, `{"root":{"customer":[...]}}`, as sending does:
/// the generated `AddCustomersRequest.makeBody()` (the body's rules checked, then the generated
/// `encode(to:)` of `NewCustomer` through the runtime's strict writer: keys in spec order, dates in
/// their format, wrapped lists) against plain synthesized-`Codable` structs of the same shape
/// (`PlainNewCustomer`, the date as text) through Foundation's `JSONEncoder`. Both must write the
/// same JSON (compared as parsed objects).
struct BodyEncodeBenchmark {
    static let customerCount = 100

    var rounds = 25
    var iterations = 50

    func run(into report: inout Report) throws {
        let request = AddCustomersRequest(customers: try (0..<Self.customerCount).map(Self.customer))
        let baselineBody = PlainEnvelope(root: .init(customer: (0..<Self.customerCount).map(PlainNewCustomer.init)))
        let encoder = JSONEncoder()
        guard let written = try request.makeBody()?.bytes else {
            throw ChildProcess.Failure(description: "customer/add sent no body")
        }
        let baselineWritten = try encoder.encode(baselineBody)
        guard let ours = try JSONSerialization.jsonObject(with: Data(written)) as? NSDictionary,
              let theirs = try JSONSerialization.jsonObject(with: baselineWritten) as? NSDictionary, ours == theirs
        else {
            throw ChildProcess.Failure(description: "the generated body and the baseline's differ")
        }

        var generated: [Double] = [], baseline: [Double] = []
        for round in 0..<(rounds + 3) {
            let times = try (
                measure { for _ in 0..<iterations { blackHole(try request.makeBody()) } },
                measure { for _ in 0..<iterations { blackHole(try encoder.encode(baselineBody)) } })
            guard round >= 3 else { continue }  // warm-up
            generated.append(times.0 / Double(iterations))
            baseline.append(times.1 / Double(iterations))
        }
        let ratio = generated.median / baseline.median
        report.add(
            "encode a customer/add body of \(Self.customerCount) customers: plain `Codable` + `JSONEncoder` baseline (\(Format.count(baselineWritten.count)) bytes)",
            "\(Format.milliseconds(baseline.median)) per body")
        report.add(
            "encode a customer/add body of \(Self.customerCount) customers: generated `AddCustomersRequest.makeBody()` (rules checked, `JSONBodyWriter`) (\(Format.count(written.count)) bytes)",
            "\(Format.milliseconds(generated.median)) per body; \(Format.ratio(ratio)) the baseline",
            target: "≤ 1.3× baseline", verdict: ratio <= 1.3 ? .met : .missed)
    }

    /// A customer as customer/add takes one: identifiers, names, a type, a registration
    /// date-time, a source, custom and extended fields.
    static func customer(_ index: Int) throws -> NewCustomer {
        let plain = PlainNewCustomer(index)
        return NewCustomer(
            mobile: plain.mobile, email: plain.email, externalID: plain.external_id,
            firstname: plain.firstname, lastname: plain.lastname, type: .loyalty,
            registeredOn: try NewCustomer.registeredOnFormat.read(plain.registered_on, as: DateTime.self),
            source: plain.source,
            customFields: plain.custom_fields.field.map { NameValueField(name: $0.name, value: $0.value) },
            extendedFields: plain.extended_fields.field.map { NameValueField(name: $0.name, value: $0.value) })
    }
}

/// `{"root":{"customer":[...]}}` for the baseline: the envelope as plain types.
private struct PlainEnvelope: Encodable {
    struct Root: Encodable {
        var customer: [PlainNewCustomer]
    }

    var root: Root
}

/// customer/add's customer as a hand-written `Codable` struct would have it: JSON names as
/// property names, the date as its text, wrapped lists as nested structs.
private struct PlainNewCustomer: Encodable {
    struct Field: Encodable {
        var name: String
        var value: String
    }

    struct Fields: Encodable {
        var field: [Field]
    }

    var mobile: String
    var email: String
    var external_id: String
    var firstname: String
    var lastname: String
    var type = "LOYALTY"
    var registered_on: String
    var source = "INSTORE"
    var custom_fields: Fields
    var extended_fields: Fields

    init(_ index: Int) {
        let day = String(format: "%02d", index % 28 + 1)
        mobile = "9198\(String(format: "%08d", index))"
        email = "customer\(index)@example.com"
        external_id = "EXT-\(index)"
        firstname = "First \(index)"
        lastname = "Last-\(index)"
        registered_on = "2024-01-\(day) 10:11:12"
        custom_fields = Fields(field: [Field(name: "preferred_store", value: "S\(index % 7)"), Field(name: "newsletter", value: "yes")])
        extended_fields = Fields(field: [
            Field(name: "gender", value: index % 2 == 0 ? "Female" : "Male"), Field(name: "city", value: "Pune"),
            Field(name: "dob", value: "1990-05-\(day)"),
        ])
    }
}
