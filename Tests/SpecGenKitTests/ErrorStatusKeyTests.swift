import Testing
@testable import SpecGenKit

/// The keys of `errors`: what each means, and the order the client tries them in.
@Suite("Error status keys")
struct ErrorStatusKeyTests {
    @Test func keysAreStatusesClassesOrDefault() {
        #expect(ErrorBodySpec.Status(key: "100") == .exact(100))
        #expect(ErrorBodySpec.Status(key: "400") == .exact(400))
        #expect(ErrorBodySpec.Status(key: "599") == .exact(599))
        #expect(ErrorBodySpec.Status(key: "1XX") == .statusClass(1))
        #expect(ErrorBodySpec.Status(key: "4XX") == .statusClass(4))
        #expect(ErrorBodySpec.Status(key: "5xx") == .statusClass(5))
        #expect(ErrorBodySpec.Status(key: "default") == .default)
        for key in ["099", "600", "6XX", "0XX", "40", "4000", "4X0", "X00", "4XY", "", "Default", " 400", "400 ", "٤٠٠", "4Xx"] {
            let status = ErrorBodySpec.Status(key: key)
            // `4Xx` mixes cases, which is still a class; everything else is no status.
            #expect(key == "4Xx" ? status == .statusClass(4) : status == nil, "\(key)")
        }
    }

    @Test func twoHundredsAreTheResponseTypes() {
        #expect(ErrorBodySpec.Status.exact(200).isSuccess)
        #expect(ErrorBodySpec.Status.exact(299).isSuccess)
        #expect(ErrorBodySpec.Status.statusClass(2).isSuccess)
        #expect(!ErrorBodySpec.Status.exact(300).isSuccess)
        #expect(!ErrorBodySpec.Status.exact(199).isSuccess)
        #expect(!ErrorBodySpec.Status.default.isSuccess)
    }

    @Test func exactStatusesComeFirstThenClassesThenDefault() {
        let keys: [ErrorBodySpec.Status] = [.default, .statusClass(5), .exact(503), .statusClass(4), .exact(400)]
        #expect(keys.sorted() == [.exact(400), .exact(503), .statusClass(4), .statusClass(5), .default])
        #expect(keys.sorted().map(\.description) == ["400", "503", "4XX", "5XX", "default"])
    }
}
