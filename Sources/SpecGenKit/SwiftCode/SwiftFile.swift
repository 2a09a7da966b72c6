/// A Swift source file as a tree of declarations; `SwiftRenderer` prints it. Translators build
/// these instead of pasting strings, so layout, doc comments and blank lines are decided in one
/// place.
struct SwiftFile: Sendable {
    /// Relative to the output root, e.g. `CapillaryAPI/Models/Customer.swift`.
    var path: String
    /// Comment lines at the top (without `//`).
    var header: [String]
    var imports: [String]
    var declarations: [Declaration]
}

enum AccessLevel: String {
    case `public`
    case `private`
}

/// Not `indirect`: nesting goes through arrays, which are on the heap already; boxing every
/// declaration and statement as well cost an allocation each.
enum Declaration: Sendable {
    case type(TypeDeclaration)
    case property(PropertyDeclaration)
    case function(FunctionDeclaration)
    case enumCase(EnumCaseDeclaration)
    case typeAlias(TypeAliasDeclaration)
}

/// A struct, enum or extension.
struct TypeDeclaration: Sendable {
    enum Kind: String {
        case structure = "struct"
        case enumeration = "enum"
        case `extension`
    }

    var doc: String?
    var access: AccessLevel?
    var kind: Kind
    var name: String
    var inherits: [String] = []
    var members: [Declaration] = []
}

struct PropertyDeclaration: Sendable {
    var doc: String?
    var access: AccessLevel?
    var isStatic = false
    var isMutable = true
    var name: String
    var type: String?
    var value: PropertyValue?
    /// A computed property's getter.
    var getter: [Statement]?
}

/// A stored property's initial value.
enum PropertyValue: Sendable, ExpressibleByStringLiteral {
    /// A Swift expression, printed on the declaration's line.
    case expression(String)
    /// An array literal of Swift expressions, one element per line (a catalogue, a table).
    case arrayLiteral([String])

    init(stringLiteral expression: String) {
        self = .expression(expression)
    }
}

struct FunctionDeclaration: Sendable {
    enum Kind {
        case function(String)
        case initializer
    }

    struct Parameter {
        /// The argument label when it differs from the name (`_` for none).
        var label: String?
        var name: String
        var type: String
        var defaultValue: String?
    }

    var doc: String?
    var access: AccessLevel?
    var modifiers: [String] = []
    var kind: Kind
    var parameters: [Parameter] = []
    /// `throws` or `throws(SomeError)`.
    var effects: String?
    var returnType: String?
    var body: [Statement]
}

struct EnumCaseDeclaration: Sendable {
    var doc: String?
    var name: String
    /// A Swift literal, already escaped.
    var rawValue: String?
    var associatedValue: String?
}

struct TypeAliasDeclaration: Sendable {
    var doc: String?
    var access: AccessLevel?
    var name: String
    var type: String
}

/// Function bodies: lines, and blocks whose body is indented.
enum Statement: Sendable {
    case line(String)
    /// `opening {` body `}`; `opening` excludes the brace.
    case block(String, [Statement])
    /// `switch subject { case pattern: body ... }`
    case switchOver(String, [SwitchCase])
    /// `if a { } else if b { } else { }`: conditions exclude `if`, the last branch is the `else`.
    case ifChain([(condition: String, body: [Statement])], otherwise: [Statement])
}

struct SwitchCase: Sendable {
    /// `case .a(let x)` or `default`, without the colon.
    var pattern: String
    var body: [Statement]
}
