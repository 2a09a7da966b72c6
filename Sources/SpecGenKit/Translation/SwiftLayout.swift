/// How generated Swift is spread over files.
public enum SwiftLayout: String, Sendable, CaseIterable {
    /// `<Module>/<Name>.swift`, `<Module>/Models/<Type>.swift`, `<Module>/Requests/<Request>.swift`:
    /// small files that review well when committed.
    case perType = "per-type"
    /// `<spec file name>.swift` for each spec file: output names a build-tool plugin can know from
    /// its inputs alone, before the generator runs.
    case perSpecFile = "per-spec-file"

    /// The output of one spec file in the per-spec-file layout: `shop/items.yaml` → `items.swift`.
    public static func perSpecFileName(of specPath: String) -> String {
        let name = specPath.split(separator: "/").last.map(String.init) ?? specPath
        let stem = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
        return stem + ".swift"
    }
}
