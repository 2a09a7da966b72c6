import Foundation

/// Fuzzing entry point for hostile input.
///
/// Built by `swift build` (no fuzzer), it replays inputs: every file or folder named on the
/// command line goes through the selected target and gets a one-line summary, so a crash found by
/// the fuzzer can be reproduced, and a corpus checked, in an ordinary debug build. Built by
/// `Tests/Fuzz/run-fuzzer` with `-sanitize=fuzzer,address -D FUZZING`, it hands the command line to
/// libFuzzer instead.
///
/// `--target=spec` (the default) runs the YAML reader, loader, validator and, for a valid spec,
/// the translators; `--target=decode` decodes the input as a `GetCustomerResponse` body.
@main
enum SpecGenFuzz {
    static func main() {
        var arguments = CommandLine.arguments
        guard let target = FuzzTarget.take(from: &arguments) else {
            printError("usage: SpecGenFuzz [--target=spec|decode] [files or folders...]")
            exit(2)
        }
        #if FUZZING
        exit(LibFuzzerDriver.run(target, arguments: arguments))
        #else
        exit(CorpusReplayer.replay(Array(arguments.dropFirst()), through: target))
        #endif
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
