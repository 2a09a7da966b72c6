/// A generated type that can be sent in a request body: it checks the rules the spec gives its
/// fields (bounds, lengths, list sizes, declared enum values, `at_least_one`) before it is sent.
///
/// A static requirement, called as `Customer.checkBodyRules(customer)`: an instance method could
/// be hidden by a field of the same name.
public protocol BodyValue {
    /// Throws the first broken rule, its `parameter` the field's JSON path inside `value`
    /// (`custom_fields[2].name`); the caller prefixes where `value` sits.
    static func checkBodyRules(_ value: Self) throws(RequestValidationError)
}

extension RequestValidationError {
    /// The error with its field path inside the object field `key`: `mobile` in `customer` is
    /// `customer.mobile`, `[3].mobile` is `customer[3].mobile`.
    public func inside(_ key: String) -> RequestValidationError {
        guard !key.isEmpty else { return self }
        var error = self
        error.parameter = key + (parameter.hasPrefix("[") || parameter.isEmpty ? "" : ".") + parameter
        return error
    }

    /// The error with its field path inside element `index` of a list.
    public func inside(index: Int) -> RequestValidationError {
        var error = self
        error.parameter = "[\(index)]" + (parameter.hasPrefix("[") || parameter.isEmpty ? "" : ".") + parameter
        return error
    }
}

/// The checks generated `checkBodyRules(_:)` and `makeBody()` are made of: each names the field by
/// its JSON key (or path) and never quotes the value.
public enum BodyRules {
    /// A number within its bounds; NaN and the infinities are refused whatever the bounds.
    public static func check(_ value: Double?, field: String, minimum: Double? = nil, maximum: Double? = nil) throws(RequestValidationError) {
        guard let value else { return }
        guard value.isFinite else { throw RequestValidationError(parameter: field, problem: .notFinite) }
        try checkBounds(value, field: field, minimum: minimum, maximum: maximum)
    }

    /// An integer within its bounds.
    public static func check(_ value: Int?, field: String, minimum: Double? = nil, maximum: Double? = nil) throws(RequestValidationError) {
        guard let value else { return }
        try checkBounds(Double(value), field: field, minimum: minimum, maximum: maximum)
    }

    private static func checkBounds(_ value: Double, field: String, minimum: Double?, maximum: Double?) throws(RequestValidationError) {
        if let minimum, value < minimum { throw RequestValidationError(parameter: field, problem: .belowMinimum(minimum)) }
        if let maximum, value > maximum { throw RequestValidationError(parameter: field, problem: .aboveMaximum(maximum)) }
    }

    /// Text whose length, in characters (grapheme clusters, as a person counts them), is within bounds.
    public static func check(_ value: String?, field: String, minLength: Int? = nil, maxLength: Int? = nil) throws(RequestValidationError) {
        guard let value else { return }
        // `count` walks the whole string; the UTF-8 length bounds it from above and below cheaply
        // (a character takes 1 to many bytes), so most texts are decided without walking.
        let bytes = value.utf8.count
        if let minLength, bytes < minLength || (value.count < minLength) {
            throw RequestValidationError(parameter: field, problem: .tooShort(minLength))
        }
        if let maxLength, bytes > maxLength, value.count > maxLength {
            throw RequestValidationError(parameter: field, problem: .tooLong(maxLength))
        }
    }

    /// A list whose size is within bounds.
    public static func checkCount<Element>(_ list: [Element]?, field: String, minItems: Int? = nil, maxItems: Int? = nil) throws(RequestValidationError) {
        guard let list else { return }
        if let minItems, list.count < minItems { throw RequestValidationError(parameter: field, problem: .tooFewItems(minItems)) }
        if let maxItems, list.count > maxItems { throw RequestValidationError(parameter: field, problem: .tooManyItems(maxItems)) }
    }

    /// A map whose number of entries is within bounds.
    public static func checkCount<Value>(_ map: [String: Value]?, field: String, minItems: Int? = nil, maxItems: Int? = nil) throws(RequestValidationError) {
        guard let map else { return }
        if let minItems, map.count < minItems { throw RequestValidationError(parameter: field, problem: .tooFewItems(minItems)) }
        if let maxItems, map.count > maxItems { throw RequestValidationError(parameter: field, problem: .tooManyItems(maxItems)) }
    }

    /// An open enum value the spec declares: a body sends only those (`.unknown` is refused).
    public static func checkDeclared<Value: OpenEnum>(_ value: Value?, field: String) throws(RequestValidationError) {
        guard let value else { return }
        if !Value.knownValues.contains(value) { throw RequestValidationError(parameter: field, problem: .undeclaredValue) }
    }

    /// An object's own rules, its errors placed inside `field` (empty: the object is the body
    /// itself, and a rule of the whole object is named `body`).
    public static func check<Value: BodyValue>(_ value: Value?, field: String) throws(RequestValidationError) {
        guard let value else { return }
        do {
            try Value.checkBodyRules(value)
        } catch {
            var placed = error.inside(field)
            if placed.parameter.isEmpty { placed.parameter = "body" }
            throw placed
        }
    }

    /// Each element's own rules, its errors placed inside `field` at the element's index
    /// (`field` empty: the list is the body itself, and the path starts at the index).
    public static func checkEach<Value: BodyValue>(_ list: [Value]?, field: String) throws(RequestValidationError) {
        guard let list else { return }
        for (index, element) in list.enumerated() {
            do {
                try Value.checkBodyRules(element)
            } catch {
                let placed = error.inside(index: index)
                throw field.isEmpty ? placed : placed.inside(field)
            }
        }
    }

    /// Each element of a list of scalars, checked by `check`, its errors named `field[index]`.
    public static func checkEach<Element>(
        _ list: [Element]?, field: String, _ check: (Element, String) throws(RequestValidationError) -> Void
    ) throws(RequestValidationError) {
        guard let list else { return }
        for (index, element) in list.enumerated() {
            try check(element, "\(field)[\(index)]")
        }
    }

    /// Each value of a map, checked by `check`, its errors named `field.key`; keys are visited in
    /// ``MapKeyOrder``, so the error reported first is the same every time.
    public static func checkEachValue<Value>(
        _ map: [String: Value]?, field: String, _ check: (Value, String) throws(RequestValidationError) -> Void
    ) throws(RequestValidationError) {
        guard let map else { return }
        for name in map.keys.sorted(by: MapKeyOrder.precedes) {
            try check(map[name]!, field + "." + name)
        }
    }

    /// `at_least_one`: one of the fields is set; `fields` are their JSON keys. The error names the
    /// object (an empty path, which the caller's placing fills in).
    public static func checkAtLeastOne(_ isSet: [Bool], fields: [String]) throws(RequestValidationError) {
        if !isSet.contains(true) {
            throw RequestValidationError(parameter: "", problem: .noneInGroup(members: fields))
        }
    }
}
