import Foundation
import SpecGenRuntime
import Testing

/// A number or boolean field that arrived as a string is read string-first the next time
/// (`StringFormHints`); whatever the order, every value and error must be what a first read gives.
/// Each test uses a key of its own, so the sequence of forms below is what that key has seen.
@Suite("Scalars: the string-first order after a string")
struct StringFormHintTests {
    private struct Probe<T: LenientScalar>: Decodable {
        static var key: String { "hinted_\(T.self)" }
        var value: T?
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            value = try container.decodeScalar(T.self, forKey: Self.key, leniency: decoder.leniency)
        }
    }

    private func read<T: LenientScalar>(_ type: T.Type, _ json: String?, _ leniency: Leniency = .all) throws -> T? {
        let decoder = JSONDecoder()
        decoder.userInfo[.leniency] = leniency
        let document = json.map { #"{"\#(Probe<T>.key)": \#($0)}"# } ?? "{}"
        return try decoder.decode(Probe<T>.self, from: Data(document.utf8)).value
    }

    @Test func integersReadTheSameInEveryOrder() throws {
        #expect(try read(Int.self, #""42""#) == 42)
        #expect(try read(Int.self, "43") == 43)
        #expect(try read(Int.self, #""44""#) == 44)
        #expect(try read(Int.self, #""1.2e3""#) == 1200)
        #expect(try read(Int.self, "null") == nil)
        #expect(try read(Int.self, nil) == nil)
        #expect(try read(Int.self, #""""#) == nil)
        #expect(try read(Int.self, "[]") == nil)
        let fraction = #expect(throws: DecodingError.self) { try read(Int.self, #""12.5""#) }
        #expect(fraction.map(isDataCorrupted) == true)
        #expect(fraction.map(codingPath(of:)) == [Probe<Int>.key])
        #expect(try read(Int.self, #""45""#) == 45)
        let number = #expect(throws: DecodingError.self) { try read(Int.self, "12.5") }
        #expect(number.map(isDataCorrupted) == true)
        #expect(try read(Int.self, #""46""#) == 46)
        // Without the flag the string is a type mismatch, hint or not.
        let strict = #expect(throws: DecodingError.self) { try read(Int.self, #""47""#, .strict) }
        #expect(strict.map(isTypeMismatch) == true)
        #expect(try read(Int.self, "48", .strict) == 48)
    }

    @Test func booleansReadTheSameInEveryOrder() throws {
        #expect(try read(Bool.self, #""TRUE""#) == true)
        #expect(try read(Bool.self, "false") == false)
        #expect(try read(Bool.self, #""false""#) == false)
        let word = #expect(throws: DecodingError.self) { try read(Bool.self, #""yes""#) }
        #expect(word.map(isDataCorrupted) == true)
        #expect(try read(Bool.self, "true") == true)
        #expect(throws: DecodingError.self) { try read(Bool.self, "1") }
    }

    @Test func doublesReadTheSameInEveryOrder() throws {
        #expect(try read(Double.self, #""26447.104""#) == 26447.104)
        #expect(try read(Double.self, "5.632820109E9") == 5_632_820_109)
        #expect(try read(Double.self, #""-3.5""#) == -3.5)
        #expect(throws: DecodingError.self) { try read(Double.self, #""nan""#) }
        #expect(throws: DecodingError.self) { try read(Double.self, "{}") }
        #expect(try read(Double.self, "1") == 1)
    }
}
