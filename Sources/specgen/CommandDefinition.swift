/// What one subcommand accepts, declared once: the parser reads it and the help text is printed
/// from it, so the two cannot disagree.
struct CommandDefinition: Sendable {
    struct Option: Sendable {
        var name: String
        var shortName: Character?
        /// The placeholder shown in help (`<folder>`), or nil for a flag that takes no value.
        var valueName: String?
        var defaultValue: String?
        /// A value option that may be left out and has no default (`--api` where one API is enough).
        var isOptional = false
        var help: String

        static func value(_ name: String, _ valueName: String, default defaultValue: String? = nil, help: String) -> Option {
            Option(name: name, valueName: valueName, defaultValue: defaultValue, help: help)
        }

        static func optionalValue(_ name: String, _ valueName: String, help: String) -> Option {
            Option(name: name, valueName: valueName, isOptional: true, help: help)
        }

        static func flag(_ name: String, short: Character? = nil, help: String) -> Option {
            Option(name: name, shortName: short, valueName: nil, help: help)
        }

        var isFlag: Bool { valueName == nil }
        var isRequired: Bool { !isFlag && defaultValue == nil && !isOptional }
    }

    /// Trailing arguments that are not options, e.g. the spec files of `sources`.
    struct Operands: Sendable {
        var valueName: String
        var help: String
    }

    var name: String
    var abstract: String
    var discussion: String?
    var options: [Option]
    var operands: Operands?

    func option(named name: String) -> Option? {
        options.first { $0.name == name }
    }

    func option(short: Character) -> Option? {
        options.first { $0.shortName == short }
    }
}
