/// One parameter, switch set or header of a request, described for tools that take requests as
/// text: a command line, a configuration file. Generated per request type, in query order.
public struct ArgumentInfo: Sendable, Hashable {
    public enum Location: String, Sendable, Hashable {
        case query
        case header
        /// A path parameter: one segment of the path, always required.
        case path
    }

    /// What text the argument takes.
    public enum Kind: Sendable, Hashable {
        case string
        case integer
        case number
        /// `true` or `false`.
        case boolean
        /// `YYYY-MM-DD`.
        case date
        /// RFC 3339 with its offset: `2016-08-31T12:00:00+05:30`.
        case datetime
        /// A date, or a date and time, written as the pattern says (`DD-MM-YYYY`,
        /// `YYYY-MM-DD HH:mm:ss`): see ``DateTimeFormat``.
        case formatted(pattern: String)
        /// One of these values.
        case choice([String])
        /// Any of these names, each sent as `name=<value>`.
        case switches([String])
    }

    /// The wire name: the query parameter, the switch set's name or the header.
    public var name: String
    /// The Swift property or case name, such as `countryCode`, for deriving option names.
    public var swiftName: String
    public var location: Location
    public var kind: Kind
    /// For lists: the separator several values are joined with.
    public var separator: String?
    /// The group the argument is a member of.
    public var group: String?
    /// How many of the group's members a request takes.
    public var groupRule: GroupRule
    public var isRequired: Bool
    /// The first sentence of the spec's description.
    public var summary: String

    public init(
        name: String, swiftName: String, location: Location = .query, kind: Kind, separator: String? = nil,
        group: String? = nil, groupRule: GroupRule = .exactlyOne, isRequired: Bool = false, summary: String
    ) {
        self.groupRule = groupRule
        self.name = name
        self.swiftName = swiftName
        self.location = location
        self.kind = kind
        self.separator = separator
        self.group = group
        self.isRequired = isRequired
        self.summary = summary
    }
}

/// How many members of a parameter group a request takes.
public enum GroupRule: Sendable, Hashable {
    case exactlyOne, atLeastOne, atMostOne
}

/// A request that can be built from text arguments.
public protocol ArgumentBuildable {
    /// Every argument the request takes, in query order, then the headers.
    static var arguments: [ArgumentInfo] { get }
    /// Builds the request from text values by wire name; throws for an unknown name, a value that
    /// does not parse, or a group with no member or several.
    init(arguments: ArgumentValues) throws(ArgumentError)
}
