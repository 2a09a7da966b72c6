import Foundation
import SpecGenRuntime
import Testing

/// `may_be_inlined`: an object field read from under its key, or from the enclosing object itself
/// when the key is absent and the object carries one of the field's keys — the way generated
/// `init(from:)` code calls the runtime.
@Suite("Inlined objects")
struct InlinedObjectTests {
    /// The field's type: `{"status": {...}, "count": 2}`.
    struct Answer: Codable, Equatable, WireObject {
        var status: Item
        var count: Int?
        static let wireKeys: Set<String> = ["status", "count"]

        init(status: Item, count: Int? = nil) {
            self.status = status
            self.count = count
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            status = try container.requireValue(container.decodeObject(Item.self, forKey: "status", leniency: .strict), forKey: "status")
            count = try container.decodeScalar(Int.self, forKey: "count", leniency: .strict)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeField(status, forKey: "status")
            try container.encodeField(count, forKey: "count")
        }
    }

    /// The enclosing type: `response` required and inlinable, `version` beside it, unknown keys kept.
    struct Envelope: Codable, Equatable, WireObject {
        var response: Answer
        var version: String?
        var unknownFields: [String: JSONValue] = [:]
        static let wireKeys: Set<String> = ["response", "version"]

        init(response: Answer, version: String? = nil, unknownFields: [String: JSONValue] = [:]) {
            self.response = response
            self.version = version
            self.unknownFields = unknownFields
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            response = try container.requireValue(
                container.decodeObject(Answer.self, forKey: "response", orInlinedFrom: decoder, leniency: .strict),
                forKey: "response")
            version = try container.decodeScalar(String.self, forKey: "version", leniency: .strict)
            unknownFields = try container.holdsInlined(Answer.self, forKey: "response")
                ? [:] : container.decodeUnknownFields(besides: Self.wireKeys)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeField(response, forKey: "response")
            try container.encodeField(version, forKey: "version")
            try container.encodeUnknownFields(unknownFields, besides: Self.wireKeys)
        }
    }

    /// An optional inlinable field holding the envelope, for nesting: `{"data": {...}}` or the envelope's keys.
    struct Outer: Codable, Equatable, WireObject {
        var data: Envelope?
        static let wireKeys: Set<String> = ["data"]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            data = try container.decodeObject(Envelope.self, forKey: "data", orInlinedFrom: decoder, leniency: .strict)
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    private let answer = Answer(status: Item(id: 200, name: "ok"), count: 2)

    @Test func wrappedFormReadsTheKey() throws {
        let envelope = try decode(Envelope.self, #"{"response": {"status": {"id": 200, "name": "ok"}, "count": 2}, "version": "v1"}"#)
        #expect(envelope == Envelope(response: answer, version: "v1"))
    }

    @Test func unwrappedFormReadsTheEnclosingObject() throws {
        let envelope = try decode(Envelope.self, #"{"status": {"id": 200, "name": "ok"}, "count": 2, "version": "v1"}"#)
        #expect(envelope == Envelope(response: answer, version: "v1"))
        // One key of the type is enough: the rest are its optional fields.
        let partial = try decode(Envelope.self, #"{"status": {"id": 7}}"#)
        #expect(partial.response == Answer(status: Item(id: 7, name: nil)))
    }

    @Test func reEncodingWritesTheWrappedForm() throws {
        let envelope = try decode(Envelope.self, #"{"status": {"id": 200, "name": "ok"}, "count": 2}"#)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(envelope), as: UTF8.self)
        #expect(text == #"{"response":{"count":2,"status":{"id":200,"name":"ok"}}}"#)
    }

    @Test func neitherKeyNorTypeKeysIsTheMissingKeyErrorAtItsPath() throws {
        for json in [#"{}"#, #"{"version": "v1", "other": 1}"#] {
            let error = #expect(throws: DecodingError.self) { try decode(Envelope.self, json) }
            guard case .keyNotFound(let key, let context)? = error else {
                Issue.record("expected keyNotFound for \(json), got \(String(describing: error))")
                continue
            }
            #expect(key.stringValue == "response")
            #expect(context.codingPath.isEmpty)
        }
        // Nested: the path leads to the object that lacks it.
        let nested = #expect(throws: DecodingError.self) { try decode(Outer.self, #"{"data": {"version": "v1"}}"#) }
        guard case .keyNotFound(let key, let context)? = nested else {
            Issue.record("expected keyNotFound, got \(String(describing: nested))")
            return
        }
        #expect(key.stringValue == "response")
        #expect(context.codingPath.map(\.stringValue) == ["data"])
    }

    @Test func anOptionalFieldWithNeitherIsNil() throws {
        #expect(try decode(Outer.self, #"{}"#).data == nil)
        #expect(try decode(Outer.self, #"{"other": {"status": {"id": 1}}}"#).data == nil)
    }

    @Test func withTheKeyOnlyTheWrappedValueIsRead() throws {
        // The type's keys beside the wrapper are not mixed in: they are the enclosing type's unknown keys.
        let envelope = try decode(Envelope.self, #"{"response": {"status": {"id": 1}}, "status": {"id": 2}, "count": 9}"#)
        #expect(envelope.response == Answer(status: Item(id: 1, name: nil)))
        #expect(envelope.unknownFields == ["status": .object(["id": .number(JSONNumber(2))]), "count": .number(JSONNumber(9))])
        // A wrapped value lacking what it requires is an error inside it, not a fallback to the other form.
        let error = #expect(throws: DecodingError.self) {
            try decode(Envelope.self, #"{"response": {"count": 1}, "status": {"id": 2}}"#)
        }
        guard case .keyNotFound(let key, let context)? = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error))")
            return
        }
        #expect(key.stringValue == "status")
        #expect(context.codingPath.map(\.stringValue) == ["response"])
        // `null` under the key is a missing value, not a reason to look at the enclosing object.
        #expect(throws: DecodingError.self) { try decode(Envelope.self, #"{"response": null, "status": {"id": 2}}"#) }
    }

    @Test func inlinedKeysBelongToTheValueNotToTheEnclosingUnknownKeys() throws {
        let envelope = try decode(Envelope.self, #"{"status": {"id": 1}, "extra": true, "version": "v2"}"#)
        #expect(envelope == Envelope(response: Answer(status: Item(id: 1, name: nil)), version: "v2", unknownFields: [:]))
        let wrapped = try decode(Envelope.self, #"{"response": {"status": {"id": 1}}, "extra": true}"#)
        #expect(wrapped.unknownFields == ["extra": .bool(true)])
    }

    @Test func errorsInsideTheInlinedValueHaveTheEnclosingPath() throws {
        let error = #expect(throws: DecodingError.self) { try decode(Outer.self, #"{"data": {"status": {"id": "x"}}}"#) }
        #expect(error.map(codingPath(of:)) == ["data", "status", "id"])
    }

    @Test func nestedInliningReadsEveryShape() throws {
        let wrapped = #"{"data": {"response": {"status": {"id": 200, "name": "ok"}, "count": 2}}}"#
        let innerInlined = #"{"data": {"status": {"id": 200, "name": "ok"}, "count": 2}}"#
        let outerInlined = #"{"response": {"status": {"id": 200, "name": "ok"}, "count": 2}}"#
        for json in [wrapped, innerInlined, outerInlined] {
            #expect(try decode(Outer.self, json).data == Envelope(response: answer), "\(json)")
        }
        // An object is recognized by the keys its type itself declares, not by those of a field
        // inlined in it: `Envelope` declares `response` and `version`, neither of which is here.
        let bothInlined = #"{"status": {"id": 200, "name": "ok"}, "count": 2}"#
        #expect(try decode(Outer.self, bothInlined).data == nil)
    }
}
