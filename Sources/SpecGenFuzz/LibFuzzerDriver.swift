#if FUZZING
import CLibFuzzer
import Foundation

/// The target the fuzzer's callback runs. A C callback cannot capture it, and libFuzzer calls back
/// on the thread that started it, so a global set once before the driver starts is safe.
nonisolated(unsafe) private var selectedTarget = FuzzTarget.spec

/// The C argv handed to libFuzzer, which keeps pointers into it for the whole run. Held here, never
/// freed, so that LeakSanitizer sees it as reachable at exit.
nonisolated(unsafe) private var fuzzerArgv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

enum LibFuzzerDriver {
    /// Runs libFuzzer with `arguments` (its own flags and corpus folders) until it stops.
    static func run(_ target: FuzzTarget, arguments: [String]) -> Int32 {
        selectedTarget = target
        let cStrings = arguments.map { strdup($0) } + [nil]
        fuzzerArgv = .allocate(capacity: cStrings.count)
        fuzzerArgv?.initialize(from: cStrings, count: cStrings.count)
        var argc = Int32(arguments.count)
        return LLVMFuzzerRunDriver(&argc, &fuzzerArgv, fuzzOneInput)
    }
}

/// libFuzzer's callback. It also carries the conventional name: the fuzzer runtime's own `main`,
/// which the link may pull in even though it never runs, refers to it.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selectedTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#endif
