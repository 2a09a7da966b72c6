/// A command line taken apart against a ``CommandDefinition``.
///
/// Hand-written rather than swift-argument-parser: that library discovers a command's options by
/// reflection at start-up, which took about a sixth of a whole `specgen generate` run (11.6 M of
/// 67 M instructions), and a build-tool plugin user would also compile it for this one tool.
/// The surface is small and fixed: `--name value`, `--name=value`, flags, `-h`/`--help`, `--`.
struct ParsedArguments: Equatable {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var operands: [String] = []
    var wantsHelp = false

    /// The value of an option that has a default or is required (checked by ``parse(_:for:)``).
    func value(_ name: String) -> String {
        values[name]!
    }

    /// The value of an optional option, nil when it was not given.
    func optionalValue(_ name: String) -> String? {
        values[name]
    }
}

/// A command line the definition does not accept. The message names the offending argument.
struct UsageError: Error, Equatable {
    var message: String
}

extension ParsedArguments {
    static func parse(_ arguments: [String], for command: CommandDefinition) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var remaining = arguments[...]
        var onlyOperands = false
        while let argument = remaining.popFirst() {
            if onlyOperands || !argument.hasPrefix("-") || argument == "-" {
                parsed.operands.append(argument)
                continue
            }
            if argument == "--" {
                onlyOperands = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                parsed.wantsHelp = true
                continue
            }
            let option: CommandDefinition.Option
            var inlineValue: String?
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let found = command.option(named: name) else {
                    throw UsageError(message: "unknown option '--\(name)'")
                }
                option = found
            } else {
                guard argument.count == 2, let found = command.option(short: argument.last!) else {
                    throw UsageError(message: "unknown option '\(argument)'")
                }
                option = found
            }
            if option.isFlag {
                guard inlineValue == nil else {
                    throw UsageError(message: "'--\(option.name)' takes no value")
                }
                parsed.flags.insert(option.name)
                continue
            }
            guard let value = inlineValue ?? remaining.popFirst() else {
                throw UsageError(message: "missing value for '--\(option.name) <\(option.valueName!)>'")
            }
            guard parsed.values.updateValue(value, forKey: option.name) == nil else {
                throw UsageError(message: "'--\(option.name)' given more than once")
            }
        }
        guard !parsed.wantsHelp else { return parsed }
        for option in command.options where !option.isFlag && !option.isOptional && parsed.values[option.name] == nil {
            guard let defaultValue = option.defaultValue else {
                throw UsageError(message: "missing '--\(option.name) <\(option.valueName!)>'")
            }
            parsed.values[option.name] = defaultValue
        }
        if let operands = command.operands {
            guard !parsed.operands.isEmpty else {
                throw UsageError(message: "missing <\(operands.valueName)>")
            }
        } else if let unexpected = parsed.operands.first {
            throw UsageError(message: "unexpected argument '\(unexpected)'")
        }
        return parsed
    }
}
