import Foundation

/// Reads a CSV file (RFC 4180) into a ``CSVTable``, reporting every problem at once, each
/// with its `file:line:column` and a hint.
///
/// Our own reader rather than a library, because the CSV libraries at hand lose line
/// numbers and, at an unterminated quote, swallow the rest of the file as one value.
/// The rules, for the staff who export these files from Excel:
///
/// - The first line names the columns. Its separator, `;` (Swedish Excel) or `,`, is
///   whichever of the two occurs outside quotes in it; both or neither is an error.
/// - Values may be quoted: `"Fisksätra; Orminge"`, with `""` for a quote inside, and a
///   quoted value may span lines. A row's place is the line where it starts; each value
///   knows its own line and column.
/// - Line breaks are `\n` or `\r\n`, with or without one at the end. Completely empty
///   lines are skipped anywhere (Excel and editors leave them at the end); a line of
///   only separators (`;;;`) is a row of empty values, which the loader judges.
/// - Every row has exactly one value per column; column names are trimmed, must not be
///   empty and must differ.
///
/// The text comes from ``SourceFile``, which has already refused non-UTF-8 bytes (an
/// Excel "CSV (semikolonavgränsad)" export is Windows-1252) and removed a byte order mark.
public enum CSVReader {
    public static func read(_ source: SourceFile) throws(DiagnosticError) -> CSVTable {
        var scanner = CSVScanner(source)
        var diagnostics = Diagnostics()
        scanner.skipEmptyLines()
        let separator = try separator(of: scanner)
        guard let header = scanner.nextRecord(delimiter: separator, diagnostics: &diagnostics),
              let names = header.fields else {
            try diagnostics.check()
            throw DiagnosticError([])
        }
        let columns = names.map { Located($0.value.trimmingCharacters(in: .whitespaces), at: $0.location) }
        var columnIndex: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            if column.value.isEmpty {
                diagnostics.error(column.location, "column \(index + 1) has no name in the header",
                                  hint: "write a name for it in the first line, or delete the empty column")
            } else if let first = columnIndex[column.value] {
                diagnostics.error(column.location, "the column name '\(column.value)' is used twice (also column \(first + 1))",
                                  hint: "give each column its own name")
            } else {
                columnIndex[column.value] = index
            }
        }
        var rows: [CSVRow] = []
        while let record = scanner.nextRecord(delimiter: separator, diagnostics: &diagnostics) {
            guard let fields = record.fields else { continue }
            guard fields.count == columns.count else {
                diagnostics.error(record.location, "expected \(columns.count) values, one for each column of the header, found \(fields.count)",
                                  hint: fields.count > columns.count
                                      ? "a value that contains '\(separator)' must be in quotes, e.g. \"Fisksätra\(separator) Orminge\""
                                      : "write a value, or leave it empty between two '\(separator)', for every column")
                continue
            }
            rows.append(CSVRow(location: record.location, fields: fields, columnIndex: columnIndex))
        }
        try diagnostics.check()
        return CSVTable(file: source.path, delimiter: Character(separator), columns: columns, rows: rows)
    }

    /// `;` or `,`, told from the header line that starts where `scanner` stands.
    private static func separator(of scanner: CSVScanner) throws(DiagnosticError) -> Unicode.Scalar {
        let example = "e.g. anordnare;insats;avslutade"
        guard !scanner.isAtEnd else {
            throw DiagnosticError([Diagnostic(SourceLocation(file: scanner.file, line: 1, column: 1), "the file is empty",
                                              hint: "the first line names the columns, separated by ';', \(example)")])
        }
        let counts = scanner.separatorCounts()
        switch (counts.semicolons > 0, counts.commas > 0) {
        case (true, false): return ";"
        case (false, true): return ","
        case (true, true):
            throw DiagnosticError([Diagnostic(scanner.location,
                "cannot tell the separator: the header line has both ';' and ',' outside quotes",
                hint: "separate the column names with ';' only (or ',' only); a name that contains the other goes in quotes")])
        case (false, false):
            throw DiagnosticError([Diagnostic(scanner.location,
                "cannot tell the separator: the header line has neither ';' nor ',' outside quotes",
                hint: "the first line names the columns, separated by ';' (as Swedish Excel writes) or ',', \(example)")])
        }
    }
}

extension CSVReader {
    /// Reads a data file whose rows become records: checks the columns, reads every row
    /// with `read` (which reports its own problems and returns nil for a bad row), and
    /// throws every problem of the file at once.
    static func records<T>(_ source: SourceFile, required: [String], optional: [String] = [],
                           _ read: (CSVRow, inout Diagnostics) -> T?) throws(DiagnosticError) -> [T] {
        let table = try CSVReader.read(source)
        try table.checkColumns(required: required, optional: optional)
        var diagnostics = Diagnostics()
        let records = table.rows.compactMap { read($0, &diagnostics) }
        try diagnostics.check()
        return records
    }
}
