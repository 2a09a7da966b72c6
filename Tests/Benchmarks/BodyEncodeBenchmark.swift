import CapillaryAPI
import Foundation
import SpecGenRuntime

/// Encoding a customer/add-like body of 100 customers, `{"root":{"customer":[...]}}`: the
/// generated `Customer` values through the runtime's strict writer (`RequestBody.json`, the
/// generated `encode(to:)`, keys in spec order, dates in their formats) against plain
/// synthesized-`Codable` structs of the same shape (`StrictCustomer`, dates as text) through
/// Foundation's `JSONEncoder`. Both must write the same JSON (compared as parsed objects).
struct BodyEncodeBenchmark {
    static let customerCount = 100

    var rounds = 25
    var iterations = 50

    func run(into report: inout Report) throws {
        let customers = try (0..<Self.customerCount).map(Self.customer)
        // The baseline's values: the same customers, read by the plain structs.
        let canonical = try JSONEncoder().encode(customers)
        let plain = try JSONDecoder().decode([StrictCustomer].self, from: canonical)
        let baselineBody = PlainEnvelope(root: .init(customer: plain))
        let encoder = JSONEncoder()
        let written = try RequestBody.json(customers, envelope: ["root", "customer"]).bytes
        let baselineWritten = try encoder.encode(baselineBody)
        guard let ours = try JSONSerialization.jsonObject(with: Data(written)) as? NSDictionary,
              let theirs = try JSONSerialization.jsonObject(with: baselineWritten) as? NSDictionary, ours == theirs
        else {
            throw ChildProcess.Failure(description: "the generated body and the baseline's differ")
        }

        var generated: [Double] = [], baseline: [Double] = []
        for round in 0..<(rounds + 3) {
            let times = try (
                measure { for _ in 0..<iterations { blackHole(try RequestBody.json(customers, envelope: ["root", "customer"])) } },
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
            "encode a customer/add body of \(Self.customerCount) customers: generated `Customer` + `JSONBodyWriter` (\(Format.count(written.count)) bytes)",
            "\(Format.milliseconds(generated.median)) per body; \(Format.ratio(ratio)) the baseline",
            target: "≤ 1.3× baseline", verdict: ratio <= 1.3 ? .met : .missed)
    }

    /// A customer as customer/add takes one: identifiers, names, a registration date-time, a type,
    /// custom and extended fields.
    static func customer(_ index: Int) throws -> Customer {
        Customer(
            firstname: "First \(index)", lastname: "Last \"\(index)\"", mobile: "9198\(String(format: "%08d", index))",
            email: "customer\(index)@example.com", externalID: "EXT-\(index)",
            registeredOn: try Customer.registeredOnFormat.read("2024-01-\(String(format: "%02d", index % 28 + 1)) 10:11:12", as: DateTime.self),
            type: .loyalty, source: "INSTORE",
            customFields: [NameValueField(name: "preferred_store", value: "S\(index % 7)"), NameValueField(name: "newsletter", value: "yes")],
            extendedFields: [
                NameValueField(name: "gender", value: index % 2 == 0 ? "Female" : "Male"), NameValueField(name: "city", value: "Pune"),
                NameValueField(name: "dob", value: "1990-05-\(String(format: "%02d", index % 28 + 1))"),
            ])
    }
}

/// `{"root":{"customer":[...]}}` for the baseline: the envelope as plain types.
private struct PlainEnvelope: Encodable {
    struct Root: Encodable {
        var customer: [StrictCustomer]
    }

    var root: Root
}
