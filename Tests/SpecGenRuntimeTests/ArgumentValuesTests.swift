import Testing
import SpecGenRuntime

@Suite("Text arguments")
struct ArgumentValuesTests {
    private enum Order: String, CaseIterable, ArgumentValue {
        case asc, desc
    }

    @Test func valuesParseByTheirType() throws {
        let values = ArgumentValues(["n": "30", "x": "2.5", "flag": "TRUE", "day": "2024-02-09", "order": "asc", "text": "a b"])
        #expect(try values.value("n") == 30)
        #expect(try values.value("x") == 2.5)
        #expect(try values.value("flag") == true)
        #expect(try values.value("day") == CalendarDate(year: 2024, month: 2, day: 9))
        #expect(try values.value("order") == Order.asc)
        #expect(try values.value("text") == "a b")
        #expect(try values.value("absent") as Int? == nil)
    }

    @Test func badValuesNameTheArgumentNotTheValue() {
        let values = ArgumentValues(["n": "thirty", "order": "up", "x": "inf"])
        #expect(throws: ArgumentError.invalid("n", expected: "an integer")) { try values.value("n") as Int? }
        #expect(throws: ArgumentError.invalid("order", expected: "one of asc, desc")) { try values.value("order") as Order? }
        #expect(throws: ArgumentError.invalid("x", expected: "a number")) { try values.value("x") as Double? }
        #expect(!String(describing: ArgumentError.invalid("n", expected: "an integer")).contains("thirty"))
    }

    @Test func listsSplitAtTheSeparator() throws {
        let values = ArgumentValues(["id": "1,2,3", "email": "a@x.com"])
        #expect(try values.list("id", separator: ",") == [1, 2, 3])
        #expect(try values.list("email", separator: ",") == ["a@x.com"])
        #expect(throws: ArgumentError.missing("mobile")) { try values.requiredList("mobile", separator: ",") as [String] }
        #expect(throws: ArgumentError.invalid("id", expected: "an integer")) {
            try ArgumentValues(["id": "1,,2"]).list("id", separator: ",") as [Int]?
        }
    }

    @Test func groupsAndUnknownNames() throws {
        let arguments = [
            ArgumentInfo(name: "id", swiftName: "id", kind: .integer, group: "identifier", summary: ""),
            ArgumentInfo(name: "email", swiftName: "email", kind: .string, group: "identifier", summary: ""),
        ]
        try ArgumentValues(["id": "1"]).rejectUnknown(arguments)
        #expect(throws: ArgumentError.unknown("emial")) { try ArgumentValues(["emial": "a"]).rejectUnknown(arguments) }
        #expect(throws: ArgumentError.severalInGroup("identifier", given: ["id", "email"])) {
            try ArgumentValues(["id": "1", "email": "a"]).requireAtMostOne(of: ["id", "email"], group: "identifier")
        }
        // A group's rule defaults to exactly one, as in code generated before the other kinds existed.
        #expect(arguments.map(\.groupRule) == [.exactlyOne, .exactlyOne])
    }

    /// An open enum a parameter takes reads the values the spec declares (and their aliases) and
    /// refuses any other text, which the parameter does not take.
    @Test func openEnumsReadOnlyDeclaredValues() throws {
        #expect(SlabChangeKind(argumentText: "UPGRADE") == .upgrade)
        #expect(SlabChangeKind(argumentText: "UP") == .upgrade)
        #expect(SlabChangeKind(argumentText: "SIDEGRADE") == nil)
        #expect(SlabChangeKind(argumentText: "upgrade") == nil)
        #expect(SlabChangeKind.argumentDescription == "one of UPGRADE, DOWNGRADE")
        let values = ArgumentValues(["kind": "DOWNGRADE", "other": "NEW"])
        #expect(try values.value("kind") as SlabChangeKind? == .downgrade)
        #expect(throws: ArgumentError.invalid("other", expected: "one of UPGRADE, DOWNGRADE")) {
            _ = try values.value("other") as SlabChangeKind?
        }
        #expect(SlabChangeKind.downgrade.queryText == "DOWNGRADE")
    }

    @Test func atLeastOneMemberOfAGroup() throws {
        try ArgumentValues(["email": "a"]).requireAtLeastOne(of: ["id", "email"], group: "identifier")
        try ArgumentValues(["id": "1", "email": "a"]).requireAtLeastOne(of: ["id", "email"], group: "identifier")
        // A member given with an empty text is given: what it parses to is `value(_:)`'s concern.
        try ArgumentValues(["id": ""]).requireAtLeastOne(of: ["id", "email"], group: "identifier")
        #expect(throws: ArgumentError.noneInGroup("identifier", members: ["id", "email"])) {
            try ArgumentValues(["mobile": "1"]).requireAtLeastOne(of: ["id", "email"], group: "identifier")
        }
        let info = ArgumentInfo(name: "id", swiftName: "id", kind: .integer, group: "identifier", groupRule: .atLeastOne, summary: "")
        #expect(info.groupRule == .atLeastOne)
    }

    @Test func switchesAreACommaSeparatedSet() throws {
        #expect(try ArgumentValues(["include": "desc,asc,desc"]).switches("include") == Set<Order>([.asc, .desc]))
        #expect(try ArgumentValues([:]).switches("include") == Set<Order>())
    }
}
