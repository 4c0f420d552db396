/// A place in a source file, as an editor's "go to line" understands it.
///
/// `file` is the path relative to the site's source folder (`Content/anordnare/x.md`),
/// so that messages read the same on every machine. Lines and columns count from 1;
/// columns count Unicode scalars, as libyaml does, so `å` is one column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or fewer parts when the line or column is unknown (0).
    public var description: String {
        guard line > 0 else { return file }
        guard column > 0 else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
