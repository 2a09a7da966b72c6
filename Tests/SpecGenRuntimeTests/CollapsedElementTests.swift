import Foundation
import SpecGenRuntime
import Testing

/// When an object stands for a one-element list, and when it is an error: an element is never
/// invented from an object that cannot be one (with every field nil), and a wrapper's other keys
/// are read, not lost.
@Suite("Collapsed list elements and list wrappers")
struct CollapsedElementTests {
    @Test func anObjectWithOneOfTheElementKeysIsTheOnlyElement() throws {
        #expect(try objectList(Item.self, #"{"id": 7}"#, .collapsedLists) == [Item(id: 7, name: nil)])
        #expect(try objectList(Item.self, #"{"name": "a", "other": 1}"#, .collapsedLists) == [Item(id: nil, name: "a")])
        #expect(try objectList(Item.self, #"{"item": {"id": 7}}"#, wrapper: "item", .collapsedLists) == [Item(id: 7, name: nil)])
        #expect(try objectList(Item.self, #"{"id": 7}"#, wrapper: "item", [.collapsedLists, .unwrappedLists])
            == [Item(id: 7, name: nil)])
    }

    /// `"transactions": {"count": 0}`: no wrapper key, none of the element's keys.
    @Test(arguments: [Leniency.all, [.collapsedLists, .unwrappedLists]])
    func aWrapperWithoutItsListIsNotAnElement(leniency: Leniency) throws {
        let error = #expect(throws: DecodingError.self) {
            try objectList(Item.self, #"{"count": 0}"#, wrapper: "item", leniency)
        }
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(context(of: error!)?.debugDescription.contains(#"none of its keys ("count")"#) == true)
    }

    /// `{"items": [...]}` where the wrapper key is `item`: the real elements must not be dropped
    /// for one invented empty element.
    @Test func aWrongWrapperKeyIsAnError() throws {
        let json = #"{"items": [{"id": 1}, {"id": 2}]}"#
        let error = #expect(throws: DecodingError.self) { try objectList(Item.self, json, wrapper: "item", .all) }
        #expect(error.map(codingPath(of:)) == ["field"])
    }

    /// `{"item": {"item": [...]}}`: a wrapper inside the wrapper is not an element either.
    @Test func aNestedWrapperIsAnError() throws {
        let json = #"{"item": {"item": [{"id": 1}]}}"#
        let error = #expect(throws: DecodingError.self) { try objectList(Item.self, json, wrapper: "item", .all) }
        #expect(error.map(codingPath(of:)) == ["field", "item"])
    }

    @Test func aForeignObjectForAPlainListIsAnError() throws {
        let error = #expect(throws: DecodingError.self) {
            try objectList(Item.self, #"{"error": "quota", "code": 9}"#, .all)
        }
        #expect(error.map(codingPath(of:)) == ["field"])
        #expect(context(of: error!)?.debugDescription.contains(#"("code", "error")"#) == true)
    }

    /// Values that are not objects at all stay errors, with or without collapsing.
    @Test(arguments: [#""oops""#, "42", "true"])
    func aScalarIsNotAnElement(json: String) throws {
        #expect(throws: DecodingError.self) { try objectList(Item.self, json, .all.subtracting(.emptyAsAbsent)) }
    }

    // MARK: Fields beside the list

    @Test func wrapperFieldsAreReadBesideTheList() throws {
        let page = try decodeDocument(Page.self, #"{"count": 2, "item": [{"id": 1}, {"id": 2}]}"#, leniency: .all)
        #expect(page.items == [Item(id: 1, name: nil), Item(id: 2, name: nil)])
        #expect(page.count == 2)
        #expect(try encodeJSON(page) == #"{"field":{"count":2,"item":[{"id":1},{"id":2}]}}"#)
    }

    /// A wrapper that holds a declared field but no list: the list is absent, the field is kept.
    @Test(arguments: [Leniency.strict, .all])
    func aWrapperWithOnlyItsFieldsHasNoList(leniency: Leniency) throws {
        let page = try decodeDocument(Page.self, #"{"count": 0}"#, leniency: leniency)
        #expect(page.items == nil)
        #expect(page.count == 0)
        #expect(try encodeJSON(page) == #"{"field":{"count":0}}"#)
    }

    /// A bare list (unwrapped) has no wrapper to hold the fields.
    @Test func anUnwrappedListHasNoWrapperFields() throws {
        let page = try decodeDocument(Page.self, #"[{"id": 1}]"#, leniency: .all)
        #expect(page.items == [Item(id: 1, name: nil)])
        #expect(page.count == nil)
    }

    /// What a generated type with `wrapper_fields: [count]` on a list `field` of `Item` does.
    private struct Page: Codable, Equatable {
        var items: [Item]?
        var count: Int?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            let leniency = decoder.userInfo[.leniency] as? Leniency ?? .strict
            items = try container.decodeObjectList(
                Item.self, forKey: "field", wrapperKey: "item", wrapperFields: ["count"], leniency: leniency)
            if let wrapper = container.listWrapper(forKey: "field", wrapperKey: "item", wrapperFields: ["count"]) {
                count = try wrapper.decodeScalar(Int.self, forKey: "count", leniency: leniency)
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            if items != nil || count != nil {
                var wrapper = container.listWrapper(forKey: "field")
                try wrapper.encodeField(items, forKey: "item")
                try wrapper.encodeField(count, forKey: "count")
            }
        }
    }
}
