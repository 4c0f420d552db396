/// Walks CSV text one Unicode scalar at a time, knowing the line and column of each, and
/// cuts it into records (RFC 4180).
///
/// Line breaks are `\n` and `\r\n`; a lone `\r` is text, as in ``FrontMatterDocument`` —
/// except in a file with no `\n` at all, which is what Excel for Mac's "CSV (Macintosh)"
/// and other old-Mac programs write: there every `\r` ends a line.
/// Columns count Unicode scalars from 1, like every ``SourceLocation``. After an error
/// the scanner goes on at the next line, so one bad quote costs one record, not the
/// rest of the file.
struct CSVScanner {
    /// A position in the text; saved to go back to an opening quote that never closed.
    struct Position {
        var index = 0
        var line = 1
        var column = 1
    }

    /// The values of one record and the line where it starts; nil `fields` when an
    /// error inside it has already been reported.
    struct Record {
        var location: SourceLocation
        var fields: [Located<String>]?
    }

    let file: String
    private let scalars: [Unicode.Scalar]
    private(set) var position = Position()
    /// The file ends its lines with `\r` alone (old Mac).
    private let carriageReturnsEndLines: Bool

    init(_ source: SourceFile) {
        file = source.path
        scalars = Array(source.text.unicodeScalars)
        carriageReturnsEndLines = !scalars.contains("\n") && scalars.contains("\r")
    }

    var isAtEnd: Bool { position.index >= scalars.count }
    var location: SourceLocation { SourceLocation(file: file, line: position.line, column: position.column) }
    private var current: Unicode.Scalar? { isAtEnd ? nil : scalars[position.index] }

    private func scalar(at offset: Int) -> Unicode.Scalar? {
        position.index + offset < scalars.count ? scalars[position.index + offset] : nil
    }

    private var isAtLineBreak: Bool {
        current == "\n" || current == "\r" && (scalar(at: 1) == "\n" || carriageReturnsEndLines)
    }

    private mutating func advance() {
        if current == "\n" || current == "\r" && carriageReturnsEndLines {
            position.line += 1
            position.column = 1
        } else {
            position.column += 1
        }
        position.index += 1
    }

    private mutating func skipLineBreak() {
        if current == "\r" && scalar(at: 1) == "\n" { advance() }
        advance()
    }

    /// Moves to the start of the next line (or the end), for recovery after an error.
    private mutating func skipRestOfLine() {
        while !isAtEnd && !isAtLineBreak { advance() }
        if !isAtEnd { skipLineBreak() }
    }

    /// Skips lines that are completely empty, wherever they are: they carry no record.
    mutating func skipEmptyLines() {
        while isAtLineBreak { skipLineBreak() }
    }

    /// How often `;` and `,` occur outside quotes on the line that starts here, from which
    /// the reader tells the separator of the header line. A quote left open at the end of
    /// the line is the header's own mistake (reported when it is read), so then every
    /// separator on the line counts. Does not move the scanner.
    func separatorCounts() -> (semicolons: Int, commas: Int) {
        var copy = self
        var outside = (semicolons: 0, commas: 0)
        var all = (semicolons: 0, commas: 0)
        var quoted = false
        while let scalar = copy.current, !copy.isAtLineBreak {
            if scalar == "\"" { quoted.toggle() }
            if scalar == ";" { all.semicolons += 1; if !quoted { outside.semicolons += 1 } }
            if scalar == "," { all.commas += 1; if !quoted { outside.commas += 1 } }
            copy.advance()
        }
        return quoted ? all : outside
    }

    /// The record that starts here, or nil at the end of the text.
    mutating func nextRecord(delimiter: Unicode.Scalar, diagnostics: inout Diagnostics) -> Record? {
        skipEmptyLines()
        guard !isAtEnd else { return nil }
        var record = Record(location: SourceLocation(file: file, line: position.line, column: 1), fields: [])
        while true {
            guard let field = nextField(delimiter: delimiter, diagnostics: &diagnostics) else {
                record.fields = nil
                return record
            }
            record.fields?.append(field)
            if current == delimiter {
                advance()
                continue
            }
            if !isAtEnd { skipLineBreak() }
            return record
        }
    }

    /// One value, leaving the scanner on the delimiter, the line break or the end; nil
    /// after an error, with the scanner already on the next line.
    private mutating func nextField(delimiter: Unicode.Scalar, diagnostics: inout Diagnostics) -> Located<String>? {
        let start = location
        guard current == "\"" else {
            var text = String.UnicodeScalarView()
            var reported = false
            while let scalar = current, scalar != delimiter, !isAtLineBreak {
                if scalar == "\"" && !reported {
                    diagnostics.error(location, "a quote in the middle of a value that does not start with one",
                                      hint: "put the whole value in quotes and write the quote twice, e.g. \"Kim \"\"K\"\" Berg\"")
                    reported = true
                }
                text.append(scalar)
                advance()
            }
            return Located(String(text), at: start)
        }
        let opening = position
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = current else {
                return unterminated(at: opening, start, diagnostics: &diagnostics,
                                    what: "the value that starts here has no closing quote")
            }
            advance()
            if scalar != "\"" {
                text.append(scalar)
            } else if current == "\"" {
                text.append("\"")
                advance()
            } else {
                break
            }
        }
        if isAtEnd || current == delimiter || isAtLineBreak { return Located(String(text), at: start) }
        if position.line > start.line {
            return unterminated(at: opening, start, diagnostics: &diagnostics,
                                what: "the value that starts here has no closing quote on its line"
                                    + " (the next quote, at line \(position.line), column \(position.column - 1), is followed by text)")
        }
        diagnostics.error(location, "text after the closing quote of a quoted value",
                          hint: "a quote that is part of the text is written twice, e.g. \"Kim \"\"K\"\" Berg\"")
        skipRestOfLine()
        return nil
    }

    /// Reports an opening quote that never closes and goes on at the line after it, so
    /// that the rest of the file is still read (and checked) as records.
    private mutating func unterminated(at opening: Position, _ start: SourceLocation,
                                       diagnostics: inout Diagnostics, what: String) -> Located<String>? {
        diagnostics.error(start, "unterminated quote: \(what)",
                          hint: "add the closing quote; a quote that is part of the text is written twice (\"\")")
        position = opening
        skipRestOfLine()
        return nil
    }
}
