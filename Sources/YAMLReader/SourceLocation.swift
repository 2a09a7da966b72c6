/// A position in a source file: 1-based line and column.
///
/// Every node and every error carries one, because the whole point of reading
/// YAML through this module (rather than a plain decoder) is that the generator
/// can point a spec author at the exact line that is wrong.
///
/// libyaml's marks are 0-based; the reader adds 1 so that locations match what
/// editors and compilers print. Columns count Unicode scalars (characters), not
/// bytes, which is also how libyaml counts them.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name as it should appear in messages (not necessarily a real path).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars from the start of the line.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and CI log parsers recognise.
    public var description: String { "\(file):\(line):\(column)" }
}
