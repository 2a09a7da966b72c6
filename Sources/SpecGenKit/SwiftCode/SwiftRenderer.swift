/// Prints a `SwiftFile`. Layout rules live here: one blank line between members that have bodies
/// or doc comments, none between bare enum cases, doc comments wrapped to end by column 100.
struct SwiftRenderer {
    static let lineWidth = 100

    func render(_ file: SwiftFile) -> String {
        var printer = CodePrinter()
        for line in file.header {
            printer.line(line.isEmpty ? "//" : "// " + line)
        }
        printer.line()
        for module in file.imports {
            printer.line("import \(module)")
        }
        if !file.imports.isEmpty { printer.line() }
        for (index, declaration) in file.declarations.enumerated() {
            if index > 0 { printer.line() }
            render(declaration, into: &printer)
        }
        printer.trimTrailingBlankLines()
        return printer.text
    }

    private func render(_ declaration: Declaration, into printer: inout CodePrinter) {
        switch declaration {
        case .type(let type): render(type, into: &printer)
        case .property(let property): render(property, into: &printer)
        case .function(let function): render(function, into: &printer)
        case .enumCase(let enumCase): render(enumCase, into: &printer)
        case .typeAlias(let alias):
            renderDoc(alias.doc, into: &printer)
            printer.line("\(prefix(alias.access))typealias \(alias.name) = \(alias.type)")
        }
    }

    private func render(_ type: TypeDeclaration, into printer: inout CodePrinter) {
        renderDoc(type.doc, into: &printer)
        let inheritance = type.inherits.isEmpty ? "" : ": " + type.inherits.joined(separator: ", ")
        printer.line("\(prefix(type.access))\(type.kind.rawValue) \(type.name)\(inheritance) {")
        printer.indent()
        var previous: Declaration?
        for member in type.members {
            if let previous, needsBlankLine(between: previous, and: member) { printer.line() }
            render(member, into: &printer)
            previous = member
        }
        printer.outdent()
        printer.line("}")
    }

    /// Bare enum cases and undocumented stored properties sit together; everything else is
    /// separated by a blank line.
    private func needsBlankLine(between previous: Declaration, and next: Declaration) -> Bool {
        switch (previous, next) {
        case (.enumCase(let a), .enumCase(let b)): a.doc != nil || b.doc != nil
        case (.property(let a), .property(let b)):
            a.doc != nil || b.doc != nil || a.getter != nil || b.getter != nil || a.isStatic != b.isStatic
        default: true
        }
    }

    private func render(_ property: PropertyDeclaration, into printer: inout CodePrinter) {
        renderDoc(property.doc, into: &printer)
        // Printed piece by piece, without building the line first.
        printer.startLine()
        if let access = property.access { printer.append(access.rawValue + " ") }
        if property.isStatic { printer.append("static ") }
        printer.append(property.isMutable || property.getter != nil ? "var " : "let ")
        printer.append(property.name)
        if let type = property.type {
            printer.append(": ")
            printer.append(type)
        }
        switch property.value {
        case nil:
            break
        case .expression(let value):
            printer.append(" = ")
            printer.append(value)
        case .arrayLiteral(let elements) where elements.isEmpty:
            printer.append(" = []")
        case .arrayLiteral(let elements):
            printer.append(" = [")
            printer.endLine()
            printer.indent()
            for element in elements {
                printer.line(element, ",")
            }
            printer.outdent()
            printer.startLine()
            printer.append("]")
        }
        guard let getter = property.getter else {
            printer.endLine()
            return
        }
        printer.append(" {")
        printer.endLine()
        printer.indent()
        render(getter, into: &printer)
        printer.outdent()
        printer.line("}")
    }

    private func render(_ function: FunctionDeclaration, into printer: inout CodePrinter) {
        renderDoc(function.doc, into: &printer)
        var head = prefix(function.access) + function.modifiers.map { $0 + " " }.joined()
        switch function.kind {
        case .function(let name): head += "func \(name)"
        case .initializer: head += "init"
        }
        let parameters = function.parameters.map { parameter -> String in
            var text = parameter.label.map { $0 + " " } ?? ""
            text += "\(parameter.name): \(parameter.type)"
            if let defaultValue = parameter.defaultValue { text += " = \(defaultValue)" }
            return text
        }
        var tail = ""
        if let effects = function.effects { tail += " " + effects }
        if let returnType = function.returnType { tail += " -> " + returnType }
        if parameters.count <= 1 || Self.fitsOnOneLine(head: head, parameters: parameters, tail: tail) {
            printer.startLine()
            printer.append(head)
            printer.append("(")
            for (index, parameter) in parameters.enumerated() {
                if index > 0 { printer.append(", ") }
                printer.append(parameter)
            }
            printer.append(")")
            printer.append(tail)
            printer.append(" {")
            printer.endLine()
        } else {
            // Long signatures: one parameter per line, as swift-format would lay them out.
            printer.line(head + "(")
            printer.indent()
            for (index, parameter) in parameters.enumerated() {
                printer.line(parameter, index == parameters.count - 1 ? "" : ",")
            }
            printer.outdent()
            printer.line(")" + tail + " {")
        }
        printer.indent()
        render(function.body, into: &printer)
        printer.outdent()
        printer.line("}")
    }

    /// Whether `head(parameters) tail {` is at most 116 characters long (120 with the indentation
    /// of a member). Measured in UTF-8 bytes, which is the character count for ASCII text; a
    /// memberwise initializer's one-line form runs to thousands of characters, and counting them
    /// one by one only to find it too long cost more than printing it.
    private static func fitsOnOneLine(head: String, parameters: [String], tail: String) -> Bool {
        let pieces = [head, tail] + parameters
        let utf8Count = pieces.reduce(0) { $0 + $1.utf8.count } + 2 * (parameters.count - 1) + "(".count + ") {".count
        if utf8Count + 4 <= 120 { return true }
        guard pieces.contains(where: { $0.containsUTF8 { $0 >= 0x80 } }) else { return false }
        return (head + "(" + parameters.joined(separator: ", ") + ")" + tail + " {").count + 4 <= 120
    }

    private func render(_ enumCase: EnumCaseDeclaration, into printer: inout CodePrinter) {
        renderDoc(enumCase.doc, into: &printer)
        printer.startLine()
        printer.append("case ")
        printer.append(enumCase.name)
        if let associated = enumCase.associatedValue {
            printer.append("(")
            printer.append(associated)
            printer.append(")")
        }
        if let raw = enumCase.rawValue {
            printer.append(" = ")
            printer.append(raw)
        }
        printer.endLine()
    }

    private func render(_ statements: [Statement], into printer: inout CodePrinter) {
        for statement in statements {
            switch statement {
            case .line(let text):
                printer.line(text)
            case .block(let opening, let body):
                printer.line(opening + " {")
                printer.indent()
                render(body, into: &printer)
                printer.outdent()
                printer.line("}")
            case .ifChain(let branches, let otherwise):
                for (index, branch) in branches.enumerated() {
                    printer.line((index == 0 ? "if " : "} else if ") + branch.condition + " {")
                    printer.indent()
                    render(branch.body, into: &printer)
                    printer.outdent()
                }
                if !otherwise.isEmpty {
                    printer.line("} else {")
                    printer.indent()
                    render(otherwise, into: &printer)
                    printer.outdent()
                }
                printer.line("}")
            case .switchOver(let subject, let cases):
                printer.line("switch \(subject) {")
                for switchCase in cases {
                    printer.line(switchCase.pattern + ":")
                    printer.indent()
                    render(switchCase.body, into: &printer)
                    printer.outdent()
                }
                printer.line("}")
            }
        }
    }

    private func renderDoc(_ doc: String?, into printer: inout CodePrinter) {
        guard let doc else { return }
        let width = max(40, Self.lineWidth - printer.indentationWidth - "/// ".count)
        for line in DocText.wrapped(doc, width: width) {
            printer.line(line.isEmpty ? "///" : "/// ", line)
        }
    }

    private func prefix(_ access: AccessLevel?) -> String {
        access.map { $0.rawValue + " " } ?? ""
    }
}
