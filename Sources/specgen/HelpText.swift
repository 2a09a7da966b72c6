/// Help and usage text, printed from the same ``CommandDefinition``s the parser reads.
enum HelpText {
    static let tool = "specgen"
    static let abstract = "Generates Swift models, typed requests and Markdown docs from YAML endpoint specs."
    private static let width = 80
    private static let labelColumn = 24

    /// `specgen --help`: the subcommands, the first being the default.
    static func overview(of commands: [CommandDefinition]) -> String {
        var text = wrap("OVERVIEW: \(abstract)", indent: 0) + "\n\nUSAGE: \(tool) <subcommand>\n\nOPTIONS:\n"
        text += row("-h, --help", "Show help information.")
        text += "\nSUBCOMMANDS:\n"
        for (index, command) in commands.enumerated() {
            text += row(index == 0 ? "\(command.name) (default)" : command.name, command.abstract)
        }
        text += "\n  See '\(tool) help <subcommand>' for detailed help.\n"
        return text
    }

    /// `specgen <subcommand> --help`.
    static func help(for command: CommandDefinition) -> String {
        var text = wrap("OVERVIEW: \(command.abstract)", indent: 0) + "\n\n"
        if let discussion = command.discussion { text += wrap(discussion, indent: 0) + "\n\n" }
        text += "USAGE: \(usage(of: command))\n\n"
        if let operands = command.operands {
            text += "ARGUMENTS:\n" + row("<\(operands.valueName)>", operands.help) + "\n"
        }
        text += "OPTIONS:\n"
        for option in command.options {
            var label = option.shortName.map { "-\($0), " } ?? ""
            label += "--\(option.name)"
            if let valueName = option.valueName { label += " <\(valueName)>" }
            let help = option.defaultValue.map { "\(option.help) (default: \($0))" } ?? option.help
            text += row(label, help)
        }
        text += row("-h, --help", "Show help information.")
        return text
    }

    /// One line of synopsis: required options bare, optional ones in brackets.
    static func usage(of command: CommandDefinition) -> String {
        var parts = ["\(tool) \(command.name)"]
        for option in command.options {
            let text = option.isFlag ? "--\(option.name)" : "--\(option.name) <\(option.valueName!)>"
            parts.append(option.isRequired ? text : "[\(text)]")
        }
        if let operands = command.operands { parts.append("<\(operands.valueName)> ...") }
        return parts.joined(separator: " ")
    }

    /// An error in the command line: what was wrong, the synopsis, where to read more.
    static func usageError(_ error: UsageError, command: CommandDefinition) -> String {
        "error: \(error.message)\nUsage: \(usage(of: command))\n  See '\(tool) \(command.name) --help' for more information.\n"
    }

    /// A label in the left column and its text wrapped in the right one; a label too wide for the
    /// column gets its text on the following lines.
    private static func row(_ label: String, _ help: String) -> String {
        let wrapped = wrap(help, indent: labelColumn)
        let labelText = "  " + label
        if labelText.count < labelColumn {
            return labelText + String(repeating: " ", count: labelColumn - labelText.count)
                + wrapped.dropFirst(labelColumn) + "\n"
        }
        return labelText + "\n" + wrapped + "\n"
    }

    /// `text` broken into lines of at most ``width`` columns, each indented by `indent` spaces.
    private static func wrap(_ text: String, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent + line.count + 1 + word.count > width {
                lines.append(margin + line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        lines.append(margin + line)
        return lines.joined(separator: "\n")
    }
}
