/// What a field's decoder accepts beyond its declared JSON type, in words, for the response table:
/// a reader of the docs learns that a number may arrive as a string without knowing specgen's
/// leniency names. Only the options that can apply to the field's type are named.
enum LeniencyNotes {
    /// The notes for `field` read with `leniency`; empty when it is read strictly. `isEnum` tells
    /// whether a named type is an enum.
    static func notes(for field: FieldSpec, leniency: LeniencySpec, isEnum: (FieldType) -> Bool) -> [String] {
        let options = leniency.options
        guard !options.isEmpty else { return [] }
        var notes: [String] = []
        var element = field.type
        if case .list(let items, let wrapper) = field.type {
            element = items.nonNull
            if options.contains(.collapsedLists) { notes.append("one element without the list") }
            if wrapper != nil, options.contains(.unwrappedLists) { notes.append("the list without its wrapper") }
            if options.contains(.emptyAsAbsent) { notes.append("`\"\"`, `[]`, `{}` as an empty list") }
        } else if case .map(let items) = field.type {
            // Its values are read as a field of their type is; the notes say what they accept.
            element = items.innermost
            if options.contains(.emptyAsAbsent) { notes.append("`\"\"` and `[]` as an empty map") }
        }
        let isList = field.type.isList || field.type.containsMap
        switch element {
        case .scalar(.integer), .scalar(.number):
            if options.contains(.stringEncodedNumbers) { notes.append("numbers as strings (`\"42\"`)") }
        case .scalar(.date):
            if options.contains(.dateWithTime) { notes.append("a date followed by midnight (`00:00:00`)") }
        case .scalar(.boolean):
            if options.contains(.stringEncodedBooleans) { notes.append("`\"true\"` and `\"false\"` as strings") }
        case .scalar(.string):
            if options.contains(.numbersAsStrings) { notes.append("numbers and booleans, kept as text") }
        case .inlineEnum:
            notes += enumNotes(options)
        case .named where isEnum(element):
            notes += enumNotes(options)
        default:
            break
        }
        if case .scalar(.json) = element {
            // Any value is a json value as it is; no leniency changes what it reads.
        } else if options.contains(.emptyAsAbsent) {
            if isList {
                notes.append(field.type.hasMapOrNullable
                    ? "empty elements and values (`\"\"`, `[]`) skipped"
                    : "empty elements (`\"\"`, `[]`, `null`) skipped")
            } else if case .scalar(.string) = element {
                notes.append("`[]` and `[[ ]]` as absent")
            } else {
                notes.append("`\"\"`, `[]` and `[[ ]]` as absent")
            }
        }
        return notes
    }

    private static func enumNotes(_ options: Set<LeniencySpec.Option>) -> [String] {
        var notes: [String] = []
        if options.contains(.numbersAsStrings) { notes.append("numbers and booleans, kept as text") }
        if options.contains(.caseInsensitiveEnums) { notes.append("values in any letter case") }
        return notes
    }
}

private extension FieldType {
    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}
