/// What one fuzz input is fed to.
enum FuzzTarget: String, CaseIterable {
    /// A spec file through YAML → loader → validator (→ translators when valid).
    case spec
    /// A response body through the generated models' decoders.
    case decode

    static let flag = "--target="

    /// Removes `--target=NAME` from `arguments` (so libFuzzer never sees it) and returns the target:
    /// `spec` when there is no such argument, nil when NAME is not a target.
    static func take(from arguments: inout [String]) -> FuzzTarget? {
        guard let index = arguments.firstIndex(where: { $0.hasPrefix(flag) }) else { return .spec }
        let name = String(arguments.remove(at: index).dropFirst(flag.count))
        return FuzzTarget(rawValue: name)
    }

    /// Runs one input; a broken invariant stops the process, which is what the fuzzer looks for.
    /// Returns a one-line summary for the replayer.
    @discardableResult
    func run(_ bytes: [UInt8]) -> String {
        switch self {
        case .spec: SpecPipelineFuzz.run(bytes)
        case .decode: ModelDecodingFuzz.run(bytes)
        }
    }
}
