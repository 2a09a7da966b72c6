import CapillaryAPI
import Foundation

/// Decoding a bulk customer/get response of 1,000 customers, built from every customer in the
/// conformance fixtures: the generated `GetCustomerResponse` on the data as the service sends it,
/// against plain synthesized `Codable` structs of the same shape on a clean copy of the same data.
struct DecodeBenchmark {
    static let customerCount = 1_000

    var fixtures: String
    var rounds = 25

    func run(into report: inout Report) throws {
        let (messy, pool) = try bulkResponse()
        // The clean copy: what the generated model read, written back canonically — numbers as
        // numbers, booleans as booleans, lists wrapped, empty forms left out.
        let decoder = JSONDecoder()
        let generated = try decoder.decode(GetCustomerResponse.self, from: messy)
        let clean = try JSONEncoder().encode(generated)
        try verify(generated, pool: pool, clean: clean)

        var lenient: [Double] = [], strict: [Double] = [], lenientOnClean: [Double] = []
        for round in 0..<(rounds + 3) {
            let times = try (
                measure { blackHole(try decoder.decode(GetCustomerResponse.self, from: messy)) },
                measure { blackHole(try decoder.decode(StrictGetCustomerResponse.self, from: clean)) },
                measure { blackHole(try decoder.decode(GetCustomerResponse.self, from: clean)) })
            guard round >= 3 else { continue }  // warm-up
            lenient.append(times.0)
            strict.append(times.1)
            lenientOnClean.append(times.2)
        }
        let ratio = lenient.median / strict.median
        let count = Format.count(Self.customerCount)
        report.add(
            "decode \(count) customers: plain `Codable` baseline, clean copy (\(Format.count(clean.count)) bytes)",
            "\(Format.milliseconds(strict.median)) per response")
        report.add(
            "decode \(count) customers: generated `GetCustomerResponse`, as sent (\(Format.count(messy.count)) bytes)",
            "\(Format.milliseconds(lenient.median)) per response; \(Format.ratio(ratio)) the baseline",
            target: "≤ 1.3× baseline", verdict: ratio <= 1.3 ? .met : .missed)
        report.add(
            "decode \(count) customers: generated `GetCustomerResponse`, clean copy",
            "\(Format.milliseconds(lenientOnClean.median)) per response; \(Format.ratio(lenientOnClean.median / strict.median)) the baseline")
    }

    /// The 1,000-customer response as the service would send it (customers cycled from the
    /// fixtures, each with its quirks), and the fixtures' customers as the generated model reads
    /// them one response at a time.
    private func bulkResponse() throws -> (Data, [Customer]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures)
            .filter { $0.hasSuffix(".body.json") }.sorted()
        var rawCustomers: [Any] = []
        var pool: [Customer] = []
        for name in names {
            let data = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name))
            guard let body = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let response = body["response"] as? [String: Any],
                  let customers = response["customers"] as? [String: Any],
                  let customer = customers["customer"]
            else { continue }
            let found = (customer as? [Any]) ?? [customer]
            let decoded = try JSONDecoder().decode(GetCustomerResponse.self, from: data).response.customers ?? []
            guard decoded.count == found.count else {
                throw ChildProcess.Failure(description: "\(name): \(found.count) customers in the JSON, \(decoded.count) decoded")
            }
            rawCustomers += found
            pool += decoded
        }
        guard !rawCustomers.isEmpty else { throw ChildProcess.Failure(description: "no customers in \(fixtures)") }
        let bulk = (0..<Self.customerCount).map { rawCustomers[$0 % rawCustomers.count] }
        let object: [String: Any] = [
            "response": [
                "status": [
                    "success": "true", "code": 201, "message": "Some requests have failed due to errors",
                    "total": String(Self.customerCount), "success_count": String(Self.customerCount - 1),
                ] as [String: Any],
                "customers": ["customer": bulk],
            ] as [String: Any],
        ]
        return (try JSONSerialization.data(withJSONObject: object), pool)
    }

    /// Both sides must read the same customers, or the comparison means nothing.
    private func verify(_ generated: GetCustomerResponse, pool: [Customer], clean: Data) throws {
        let customers = generated.response.customers ?? []
        guard customers.count == Self.customerCount else {
            throw ChildProcess.Failure(description: "decoded \(customers.count) customers, expected \(Self.customerCount)")
        }
        for (index, customer) in customers.enumerated() where customer != pool[index % pool.count] {
            throw ChildProcess.Failure(description: "customer \(index) of the bulk response differs from its fixture")
        }
        guard try JSONDecoder().decode(GetCustomerResponse.self, from: clean) == generated else {
            throw ChildProcess.Failure(description: "the clean copy does not decode to the same response")
        }
        let strict = try JSONDecoder().decode(StrictGetCustomerResponse.self, from: clean)
        let strictCustomers = strict.response.customers?.customer ?? []
        guard strictCustomers.count == customers.count,
              zip(strictCustomers, customers).allSatisfy({ $0.agrees(with: $1) })
        else {
            throw ChildProcess.Failure(description: "the baseline reads the clean copy differently")
        }
    }
}
