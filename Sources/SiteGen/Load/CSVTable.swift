/// A CSV file as read: the column names from its first line and one ``CSVRow`` per
/// record, every value with the place it was written.
///
/// Values are kept exactly as written (RFC 4180: spaces belong to the value); only the
/// column names are trimmed, so that `avslutade ` in the header still finds `avslutade`.
/// The table says nothing about what the columns mean: that is the job of the loader
/// that reads, say, `Content/resultat/2020.csv`.
public struct CSVTable: Sendable {
    public var file: String
    /// `;` (Swedish Excel, whose decimal separator is the comma) or `,`.
    public var delimiter: Character
    /// The column names, trimmed, each with its place in the header line.
    public var columns: [Located<String>]
    public var rows: [CSVRow]

    public var columnNames: [String] { columns.map(\.value) }

    /// Where the header starts; a missing column is reported here.
    public var headerLocation: SourceLocation {
        columns.first.map { SourceLocation(file: file, line: $0.location.line, column: 1) }
            ?? SourceLocation(file: file, line: 1, column: 1)
    }

    /// Checks the header against the columns a loader understands: every `required`
    /// name must be there, and every name must be `required` or `optional` — so that a
    /// misspelt optional column (`avslutad`) is an error with "did you mean" instead of
    /// silently empty, just as ``FieldReader`` treats front-matter keys.
    public func checkColumns(required: [String], optional: [String] = []) throws(DiagnosticError) {
        var diagnostics = Diagnostics()
        let known = required + optional
        var suggested: Set<String> = []
        for column in columns where !known.contains(column.value) {
            let closest = Suggestion.closest(to: column.value, among: known)
            if let closest { suggested.insert(closest) }
            diagnostics.error(column.location, "unknown column '\(column.value)'",
                              hint: closest.map { "did you mean '\($0)'?" }
                                  ?? "the columns here are: \(known.joined(separator: ", "))")
        }
        // A misspelt required column is reported once, as unknown with "did you mean".
        for name in required where !columnNames.contains(name) && !suggested.contains(name) {
            diagnostics.error(headerLocation, "the column '\(name)' is missing",
                              hint: "add a column named '\(name)' to the first line")
        }
        try diagnostics.check()
    }
}

/// One record of a ``CSVTable``.
public struct CSVRow: Sendable {
    /// The line where the record starts (a quoted value may continue on later lines).
    public var location: SourceLocation
    /// One value per column, in header order.
    public var fields: [Located<String>]
    /// Column name → index, shared by every row of a table.
    let columnIndex: [String: Int]

    init(location: SourceLocation, fields: [Located<String>], columnIndex: [String: Int]) {
        self.location = location
        self.fields = fields
        self.columnIndex = columnIndex
    }

    /// The value in the column called `name` (exactly, as trimmed in the header), with
    /// its place; nil when the table has no such column.
    public func field(named name: String) -> Located<String>? {
        columnIndex[name].map { fields[$0] }
    }
}
