import SpecGenRuntime
import Testing

/// Objects checking their rules as generated `checkBodyRules(_:)` does.
private struct Line: BodyValue {
    var code: String
    var quantity: Int?

    static func checkBodyRules(_ value: Line) throws(RequestValidationError) {
        try BodyRules.check(value.code, field: "code", minLength: 1, maxLength: 4)
        try BodyRules.check(value.quantity, field: "quantity", minimum: 1, maximum: 99)
    }
}

private struct Order: BodyValue {
    var mobile: String?
    var email: String?
    var amount: Double?
    var lines: [Line]?
    var notes: [String]?

    static func checkBodyRules(_ value: Order) throws(RequestValidationError) {
        try BodyRules.check(value.mobile, field: "mobile", maxLength: 20)
        try BodyRules.check(value.amount, field: "amount", minimum: 0)
        try BodyRules.checkCount(value.lines, field: "lines", maxItems: 3)
        try BodyRules.checkEach(value.lines, field: "lines")
        try BodyRules.checkEach(value.notes, field: "notes") { element, name throws(RequestValidationError) in
            try BodyRules.check(element, field: name, maxLength: 2)
        }
        try BodyRules.checkAtLeastOne([value.mobile != nil, value.email != nil], fields: ["mobile", "email"])
    }
}

@Suite("Body rules")
struct BodyRulesTests {
    private func problem(_ orders: [Order], envelope: String = "root.order") -> String? {
        do {
            try BodyRules.checkEach(orders, field: envelope)
            return nil
        } catch {
            return error.description
        }
    }

    private let valid = Order(mobile: "9199", amount: 3, lines: [Line(code: "A1", quantity: 2)], notes: ["ok"])

    @Test func validBodiesPass() {
        #expect(problem([valid, Order(email: "e@x")]) == nil)
    }

    @Test func errorsNameTheJSONPathWithTheEnvelope() {
        var long = valid
        long.mobile = String(repeating: "9", count: 21)
        #expect(problem([valid, valid, valid, long]) == "root.order[3].mobile must have at most 20 characters")

        var badLine = valid
        badLine.lines = [Line(code: "A"), Line(code: "TOOLONG")]
        #expect(problem([badLine]) == "root.order[0].lines[1].code must have at most 4 characters")
        badLine.lines = [Line(code: "")]
        #expect(problem([badLine]) == "root.order[0].lines[0].code must have at least 1 character")
        badLine.lines = [Line(code: "A", quantity: 100)]
        #expect(problem([badLine]) == "root.order[0].lines[0].quantity must be <= 99")

        var tooMany = valid
        tooMany.lines = Array(repeating: Line(code: "A"), count: 4)
        #expect(problem([tooMany]) == "root.order[0].lines must have at most 3 elements")

        var note = valid
        note.notes = ["ok", "too long"]
        #expect(problem([note]) == "root.order[0].notes[1] must have at most 2 characters")

        #expect(problem([valid, Order(amount: 1)]) == "root.order[1]: set at least one of mobile, email")
        #expect(problem([Order(email: "e", amount: -1)]) == "root.order[0].amount must be >= 0")
        #expect(problem([Order(email: "e", amount: .nan)]) == "root.order[0].amount must be a finite number")
        #expect(problem([long], envelope: "") == "[0].mobile must have at most 20 characters")
    }

    @Test func theValueIsNeverQuoted() {
        var order = valid
        order.mobile = "secret-0123456789-secret"
        #expect(problem([order])?.contains("secret") == false)
    }

    @Test func aBodyObjectWithoutEnvelope() {
        func problem(_ order: Order) -> String? {
            do {
                try BodyRules.check(order, field: "")
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem(Order(amount: 1)) == "body: set at least one of mobile, email")
        #expect(problem(Order(mobile: String(repeating: "1", count: 30))) == "mobile must have at most 20 characters")
    }

    @Test func lengthsCountCharactersNotBytes() throws {
        try BodyRules.check("日本語", field: "name", maxLength: 3)
        try BodyRules.check("👩‍👩‍👧", field: "name", maxLength: 1)
        #expect(throws: RequestValidationError(parameter: "name", problem: .tooLong(2))) {
            try BodyRules.check("日本語", field: "name", maxLength: 2)
        }
        #expect(throws: RequestValidationError(parameter: "name", problem: .tooShort(2))) {
            try BodyRules.check("é", field: "name", minLength: 2)
        }
    }

    @Test func listSizes() {
        #expect(throws: RequestValidationError(parameter: "root.customer", problem: .tooManyItems(100))) {
            try BodyRules.checkCount(Array(repeating: 0, count: 101), field: "root.customer", maxItems: 100)
        }
        #expect(throws: RequestValidationError(parameter: "items", problem: .tooFewItems(1))) {
            try BodyRules.checkCount([Int](), field: "items", minItems: 1)
        }
        #expect(RequestValidationError(parameter: "x", problem: .tooManyItems(1)).description == "x must have at most 1 element")
    }
}
