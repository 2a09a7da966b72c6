import CapillaryAPI
import Foundation

/// Building a request: a typed `GetCustomerRequest` value → its URL with the query string.
struct RequestBenchmark {
    static let expected = "https://eu.api.capillarytech.com/v1.1/customer/get?format=json"
        + "&email=a%40example.com%2Cb%40example.com&mlp=true&gap_to_upgrade_for=30"
        + "&next_slab=true&points_summary=true"

    var rounds = 15
    var iterations = 20_000

    func run(into report: inout Report) throws {
        var request = GetCustomerRequest(identifier: .email(["a@example.com", "b@example.com"]))
        request.mlp = true
        request.gapToUpgradeFor = 30
        request.include = [.nextSlab, .pointsSummary]
        let base = CapillaryHost.eu.baseURL
        let url = try request.url(relativeTo: base)
        guard url.absoluteString == Self.expected else {
            throw ChildProcess.Failure(description: "built \(url.absoluteString), expected \(Self.expected)")
        }
        var samples: [Double] = []
        for round in 0..<(rounds + 2) {
            let seconds = try measure {
                for _ in 0..<iterations {
                    blackHole(try request.url(relativeTo: base))
                }
            }
            if round >= 2 { samples.append(seconds / Double(iterations)) }
        }
        report.add(
            "build a `GetCustomerRequest` (2 e-mails, 2 options, 2 switches) → URL",
            "\(Format.microseconds(samples.median)) per request")
    }
}
