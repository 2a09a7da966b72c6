import ArgumentParser
import SpecGenClient
import SpecGenRuntime

/// Turns command-line options into a request's text arguments, using the catalogue the generator
/// wrote for the request type, so every parameter of the spec is an option without being listed
/// here.
///
/// - `--gap-to-upgrade-for 30` or `--gap-to-upgrade-for=30`: the option name is the Swift name in
///   kebab case (`countryCode` → `--country-code`) or the wire name with dashes (`--coupon-limit`).
/// - Boolean parameters are flags: `--mlp`; `--mlp=false` or `--no-mlp` send false.
/// - A list takes its values comma-separated, or as the option repeated.
/// - `--include next-slab,slab-history`: the switch set takes switch names, and also the names of
///   boolean parameters, which are then sent as true.
struct EndpointOptions {
    let arguments: [ArgumentInfo]

    /// `--gap-to-upgrade-for` → the argument, for every spelling.
    private var byOption: [String: ArgumentInfo] {
        var table: [String: ArgumentInfo] = [:]
        for argument in arguments {
            table[Self.kebabCase(argument.swiftName)] = argument
            table[Self.dashed(argument.name)] = argument
        }
        return table
    }

    /// The text arguments `tokens` give, by wire name, with the request body's JSON if any.
    func parse(_ tokens: [String], body: [UInt8]? = nil) throws -> ArgumentValues {
        let options = byOption
        var values: [String: String] = [:]
        var index = 0
        func store(_ argument: ArgumentInfo, _ value: String) throws {
            if let previous = values[argument.name] {
                guard let separator = argument.separator ?? (isSwitchSet(argument) ? "," : nil) else {
                    throw ValidationError("--\(Self.kebabCase(argument.swiftName)) is given twice")
                }
                values[argument.name] = previous + separator + value
            } else {
                values[argument.name] = value
            }
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.hasPrefix("--"), token.count > 2 else {
                throw ValidationError("unexpected argument '\(token)'")
            }
            var name = String(token.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if let argument = options[name] {
                if argument.kind == .boolean {
                    try store(argument, inlineValue ?? "true")
                    continue
                }
                guard let value = inlineValue ?? (index < tokens.count ? tokens[index] : nil) else {
                    throw ValidationError("--\(name) needs a value")
                }
                if inlineValue == nil { index += 1 }
                if isSwitchSet(argument) {
                    for item in value.split(separator: ",") {
                        try include(String(item), switchSet: argument, options: options, store: store)
                    }
                } else {
                    try store(argument, value)
                }
            } else if name.hasPrefix("no-"), let argument = options[String(name.dropFirst(3))], argument.kind == .boolean,
                      inlineValue == nil {
                try store(argument, "false")
            } else {
                throw ValidationError("unknown option '--\(name)'" + suggestion(for: name, among: options.keys))
            }
        }
        return ArgumentValues(values, body: body)
    }

    /// A name given to `--include`: a switch, or a boolean parameter.
    private func include(
        _ name: String, switchSet: ArgumentInfo, options: [String: ArgumentInfo],
        store: (ArgumentInfo, String) throws -> Void
    ) throws {
        guard case .switches(let switches) = switchSet.kind else { return }
        let wire = name.replacingOccurrences(of: "-", with: "_")
        if switches.contains(wire) {
            try store(switchSet, wire)
        } else if let parameter = options[Self.dashed(name)], parameter.kind == .boolean {
            try store(parameter, "true")
        } else {
            let choices = switches + arguments.filter { $0.kind == .boolean }.map(\.name)
            throw ValidationError(
                "--\(Self.kebabCase(switchSet.swiftName)) does not know '\(name)'; it takes: "
                    + choices.map(Self.dashed).joined(separator: ", "))
        }
    }

    private func isSwitchSet(_ argument: ArgumentInfo) -> Bool {
        if case .switches = argument.kind { return true }
        return false
    }

    private func suggestion(for name: String, among names: Dictionary<String, ArgumentInfo>.Keys) -> String {
        let close = names.filter { $0.hasPrefix(name) || name.hasPrefix($0) }.sorted()
        return close.isEmpty ? "" : "; did you mean " + close.map { "--" + $0 }.joined(separator: " or ") + "?"
    }

    /// The options, for `--help`.
    var helpText: String {
        arguments.map { argument in
            let value: String
            switch argument.kind {
            case .boolean: value = ""
            case .integer: value = argument.separator == nil ? " <integer>" : " <integers>"
            case .number: value = " <number>"
            case .date: value = " <YYYY-MM-DD>"
            case .datetime: value = " <YYYY-MM-DDTHH:mm:ss±hh:mm>"
            case .formatted(let pattern): value = " <\(pattern)>"
            case .string: value = argument.separator == nil ? " <text>" : " <list>"
            case .choice(let values): value = " <" + values.joined(separator: "|") + ">"
            case .switches: value = " <names>"
            }
            // One line per option: ArgumentParser re-wraps the discussion and would lose any indentation.
            var line = "--\(Self.kebabCase(argument.swiftName))\(value): \(argument.summary)"
            if let group = argument.group {
                switch argument.groupRule {
                case .exactlyOne: line += " (one \(group) option is required)"
                case .atLeastOne: line += " (at least one \(group) option is required)"
                case .atMostOne: line += " (at most one \(group) option)"
                }
            }
            if case .switches(let names) = argument.kind {
                line += " Names: " + names.map(Self.dashed).joined(separator: ", ") + ", or any boolean option."
            }
            switch argument.location {
            case .header: line += " Sent as the \(argument.name) header."
            case .path: line += " Required; sent as one segment of the path."
            case .query: break
            }
            // Every part of the line comes from the spec: escaped for the terminal, one line each.
            return TerminalText.escaped(line)
        }.joined(separator: "\n")
    }

    /// `gapToUpgradeFor` → `gap-to-upgrade-for`, `externalID` → `external-id`.
    static func kebabCase(_ swiftName: String) -> String {
        var result = ""
        var previous: Character?
        for character in swiftName.replacingOccurrences(of: "`", with: "") {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                result.append("-")
            }
            result.append(Character(character.lowercased()))
            previous = character
        }
        return result
    }

    /// `gap_to_upgrade_for` → `gap-to-upgrade-for`.
    static func dashed(_ wireName: String) -> String {
        wireName.lowercased().replacingOccurrences(of: "_", with: "-")
    }
}
