import Foundation
import OpenAPIKit
import OpenAPIKit30
import OpenAPIKitCompat

/// The document's version, and its structure checked by OpenAPIKit: a 3.0 document is decoded as
/// 3.0 and converted to 3.1, a 3.1 document decoded as 3.1, so that a malformed document (a
/// missing `info`, a parameter without `in`) is refused with OpenAPIKit's message before anything
/// is mapped.
enum OpenAPIValidation {
    enum Version: Equatable {
        case v3_0, v3_1
    }

    static func version(of document: JSONTree, name: String) throws(ImportError) -> Version {
        guard case .object = document else {
            throw ImportError(kind: .notOpenAPI, document: name, message: "not an OpenAPI document: the top level is not a mapping")
        }
        if let swagger = document["swagger"] {
            throw ImportError(
                kind: .notOpenAPI, document: name,
                message: "a Swagger \(swagger.stringValue ?? "2.0") document, not OpenAPI 3; convert it to OpenAPI 3 first (for example with swagger2openapi)")
        }
        guard let versionNode = document["openapi"] else {
            throw ImportError(kind: .notOpenAPI, document: name, message: "not an OpenAPI document: it has no 'openapi' key")
        }
        let text: String
        switch versionNode {
        case .string(let value): text = value
        case .number(let value): text = String(value)
        default: text = versionNode.jsonText
        }
        if text.hasPrefix("3.0.") || text == "3.0" { return .v3_0 }
        if text.hasPrefix("3.1.") || text == "3.1" { return .v3_1 }
        throw ImportError(kind: .unsupportedVersion, document: name, message: "OpenAPI \(text) is not supported; this import reads 3.0.x and 3.1.x")
    }

    /// Decodes the document with OpenAPIKit (a 3.0 one converted to 3.1) on a thread of its own,
    /// beside the mapping: it is the slower half of a large import. What OpenAPIKit refuses is a
    /// deviation from the standard, reported as a warning: real documents have them (OpenAI's
    /// writes 3.0's boolean `exclusiveMinimum` in a 3.1 document) and the mapping reads past them.
    final class Check: @unchecked Sendable {
        private let finished = DispatchSemaphore(value: 0)
        /// Written once by the checking thread before it signals; read only after `wait`.
        private var problem: String?

        init(_ document: JSONTree, version: Version) {
            Thread.detachNewThread { [self] in
                do throws(ImportError) {
                    _ = try OpenAPIValidation.decode(document, version: version)
                } catch {
                    problem = error.message
                }
                finished.signal()
            }
        }

        /// OpenAPIKit's objection, or nil when it read the document.
        func wait() -> String? {
            finished.wait()
            return problem
        }
    }

    /// OpenAPIKit's reading of the document: a 3.0 document decoded as 3.0 and converted to 3.1.
    static func decode(_ document: JSONTree, version: Version) throws(ImportError) -> OpenAPIKit.OpenAPI.Document {
        let data = Data(document.jsonText.utf8)
        let decoder = JSONDecoder()
        // Extensions are free-form by definition and change nothing OpenAPIKit checks; looking for
        // them, it decodes every object again as AnyCodable, which was most of its time.
        decoder.userInfo[OpenAPIKit.VendorExtensionsConfiguration.enabledKey] = false
        decoder.userInfo[OpenAPIKit30.VendorExtensionsConfiguration.enabledKey] = false
        do {
            switch version {
            case .v3_0:
                return try decoder.decode(OpenAPIKit30.OpenAPI.Document.self, from: data).convert(to: .v3_1_1)
            case .v3_1:
                return try decoder.decode(OpenAPIKit.OpenAPI.Document.self, from: data)
            }
        } catch {
            // OpenAPIKit's wrapper turns a DecodingError into a sentence naming the place.
            let message = OpenAPIKit.OpenAPI.Error(from: error).localizedDescription
            throw ImportError(kind: .invalidDocument, document: "", message: message)
        }
    }
}

