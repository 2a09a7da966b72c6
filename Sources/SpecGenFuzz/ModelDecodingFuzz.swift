import CapillaryAPI
import Foundation

/// One fuzz input as a response body for the generated `GetCustomerResponse`: decoding must give a
/// value or throw a `DecodingError`, never crash; and a value it gives must encode, and decode
/// again to the same value (the generated `encode(to:)` writes what the decoders read).
enum ModelDecodingFuzz {
    static func run(_ bytes: [UInt8]) -> String {
        let value: GetCustomerResponse
        do {
            value = try JSONDecoder().decode(GetCustomerResponse.self, from: Data(bytes))
        } catch let error as DecodingError {
            return "decoding error: \(summary(of: error))"
        } catch {
            preconditionFailure("decoding threw something other than a DecodingError: \(error)")
        }
        let encoded: Data
        do {
            encoded = try JSONEncoder().encode(value)
        } catch {
            preconditionFailure("a decoded value does not encode: \(error)")
        }
        guard let again = try? JSONDecoder().decode(GetCustomerResponse.self, from: encoded) else {
            preconditionFailure("re-encoded value does not decode: \(String(decoding: encoded, as: UTF8.self))")
        }
        precondition(again == value, "decode → encode → decode changed the value")
        return "decoded, \(value.response.customers?.count ?? 0) customers"
    }

    private static func summary(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
             .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : path + ": ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
