import Foundation
import PropertyBased
import Testing
@testable import SiteGen

/// Reads `text` as if it were `Content/resultat/2020.csv`.
private func table(_ text: String) throws(DiagnosticError) -> CSVTable {
    try CSVReader.read(SourceFile(path: "Content/resultat/2020.csv", text: text))
}

/// The values of every row, header excluded.
private func values(_ text: String) throws -> [[String]] {
    try table(text).rows.map { $0.fields.map(\.value) }
}

/// The printed diagnostics of reading `text`, or an empty list when it reads.
private func errors(_ text: String) -> [String] {
    do {
        _ = try table(text)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Suite("CSV reader: reading")
struct CSVReaderReadingTests {
    @Test("the separator is the one of ';' and ',' that the header uses outside quotes", arguments: [
        ("anordnare;avslutade\nFyrbåken;12\n", Character(";"), ["Fyrbåken", "12"]),
        ("anordnare,avslutade\nFyrbåken,12\n", Character(","), ["Fyrbåken", "12"]),
        ("\"namn, kort\";medel\nFyrbåken;3,77\n", Character(";"), ["Fyrbåken", "3,77"]),
        ("\"namn; kort\",medel\nFyrbåken,\"3,77\"\n", Character(","), ["Fyrbåken", "3,77"]),
    ])
    func separator(text: String, separator: Character, row: [String]) throws {
        let table = try table(text)
        #expect(table.delimiter == separator)
        #expect(table.rows.map { $0.fields.map(\.value) } == [row])
    }

    @Test("quoted values may hold separators, doubled quotes and nothing; unquoted values keep their spaces", arguments: [
        ("x;\"a;b\"", ["x", "a;b"]),
        ("x;\"Kim \"\"K\"\" Berg\"", ["x", "Kim \"K\" Berg"]),
        ("x;\"\"\"\"", ["x", "\""]),
        ("x;\"\"", ["x", ""]),
        ("x;", ["x", ""]),
        (";", ["", ""]),
        ("\"\";\"\"", ["", ""]),
        ("  x ; y ", ["  x ", " y "]),
        ("Älta;\"ö,å\"", ["Älta", "ö,å"]),
    ])
    func quoting(line: String, expected: [String]) throws {
        #expect(try values("a;b\n" + line + "\n") == [expected])
    }

    @Test("LF and CRLF, a last line break or none, and empty lines anywhere read alike", arguments: [
        "a;b\n1;2\n3;4\n",
        "a;b\r\n1;2\r\n3;4\r\n",
        "a;b\n1;2\n3;4",
        "a;b\r\n1;2\r\n3;4",
        "a;b\n1;2\n3;4\n\n\n",
        "a;b\r\n1;2\r\n3;4\r\n\r\n",
        "\na;b\n1;2\n\n3;4\n",
        "a;b\r1;2\r3;4\r",
        "a;b\r1;2\r\r3;4",
    ])
    func lineEndings(text: String) throws {
        let table = try table(text)
        #expect(table.columnNames == ["a", "b"])
        #expect(table.rows.map { $0.fields.map(\.value) } == [["1", "2"], ["3", "4"]])
    }

    @Test("a file with old-Mac line breaks (CR alone, Excel's 'CSV (Macintosh)') keeps its line numbers")
    func carriageReturnLines() throws {
        let table = try table("anordnare;avslutade\rfyrbaken;12\rlunden;x1\r")
        #expect(table.rows.map(\.location.line) == [2, 3])
        #expect(table.rows[1].fields[1].location.description == "Content/resultat/2020.csv:3:8")
    }

    @Test("a quoted value keeps its line breaks as written, LF or CRLF")
    func quotedLineBreaks() throws {
        #expect(try values("a;b\n1;\"x\ny\"\n") == [["1", "x\ny"]])
        #expect(try values("a;b\r\n1;\"x\r\ny\"\r\n") == [["1", "x\r\ny"]])
    }

    @Test("a row that spans lines is placed where it starts, and later rows keep their real line numbers")
    func linesOfLaterRows() throws {
        let text = """
            anordnare;kommentar;avslutade
            Fyrbåken;"första raden
            andra raden
            tredje";12

            Lunden;kort;7
            """
        let table = try table(text)
        #expect(table.rows.map(\.location.line) == [2, 6])
        let comment = try #require(table.rows[0].field(named: "kommentar"))
        #expect(comment.value == "första raden\nandra raden\ntredje")
        #expect(comment.location.description == "Content/resultat/2020.csv:2:10")
        #expect(table.rows[0].field(named: "avslutade")?.location.description == "Content/resultat/2020.csv:4:9")
        #expect(table.rows[1].field(named: "avslutade")?.location.description == "Content/resultat/2020.csv:6:13")
    }

    @Test("columns count Unicode scalars from 1, so å and ö are one column each; a quoted value is placed at its quote")
    func columns() throws {
        let row = try #require(try table("a;b;c\nÄlta;åö;\"x\"\n").rows.first)
        #expect(row.fields.map(\.location.column) == [1, 6, 9])
        #expect(row.location.description == "Content/resultat/2020.csv:2:1")
    }

    @Test("column names are trimmed, and lookup by name is exact after trimming")
    func fieldNamed() throws {
        let table = try table(" anordnare ; Avslutade\nFyrbåken;12\n")
        #expect(table.columnNames == ["anordnare", "Avslutade"])
        #expect(table.rows[0].field(named: "Avslutade")?.value == "12")
        #expect(table.rows[0].field(named: "avslutade") == nil)
        #expect(table.rows[0].field(named: " anordnare ") == nil)
        #expect(table.columns[1].location.description == "Content/resultat/2020.csv:1:13")
    }

    @Test("a header with no rows is an empty table")
    func headerOnly() throws {
        let table = try table("anordnare;avslutade\r\n")
        #expect(table.columnNames == ["anordnare", "avslutade"])
        #expect(table.rows.isEmpty)
    }
}

@Suite("CSV reader: bytes through SourceFile")
struct CSVSourceFileTests {
    @Test("a UTF-8 byte order mark (Excel's 'CSV UTF-8') is removed before the first column name")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("anordnare;ort\r\nÄlta;Fisksätra\r\n".utf8)
        let source = try SourceFile.decode(Data(bytes), path: "Content/resultat/2020.csv")
        let table = try CSVReader.read(source)
        #expect(table.columnNames == ["anordnare", "ort"])
        #expect(table.columns[0].location.column == 1)
        #expect(table.rows[0].field(named: "anordnare")?.value == "Älta")
    }

    @Test("a Windows-1252 file (Excel's 'CSV (semikolonavgränsad)') is refused at its first non-UTF-8 byte")
    func windows1252() {
        // "Älta;Fisksätra" in Windows-1252: Ä is 0xC4, ä is 0xE4.
        let bytes: [UInt8] = Array("anordnare;ort\r\n".utf8) + [0xC4] + Array("lta;Fisks".utf8) + [0xE4] + Array("tra\r\n".utf8)
        #expect(throws: DiagnosticError.self) { try SourceFile.decode(Data(bytes), path: "Content/resultat/2020.csv") }
        do {
            _ = try SourceFile.decode(Data(bytes), path: "Content/resultat/2020.csv")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["""
                Content/resultat/2020.csv:2:1: error: the file is not UTF-8 text
                  hint: save it as UTF-8: in Excel choose 'CSV UTF-8 (kommaavgränsad)'; in a text editor choose the encoding UTF-8
                """])
        }
    }
}

@Suite("CSV reader: errors, each with its place and a hint")
struct CSVReaderErrorTests {
    @Test("each kind of mistake gives one whole message", arguments: [
        ("a;b\n1;\"open\n2;3\n", """
            Content/resultat/2020.csv:2:3: error: unterminated quote: the value that starts here has no closing quote
              hint: add the closing quote; a quote that is part of the text is written twice ("")
            """),
        ("a;b\n1;\"open\n\"x\";3\n", """
            Content/resultat/2020.csv:2:3: error: unterminated quote: the value that starts here has no closing quote on its line (the next quote, at line 3, column 1, is followed by text)
              hint: add the closing quote; a quote that is part of the text is written twice ("")
            """),
        ("a;b\n1;12\"a\n", """
            Content/resultat/2020.csv:2:5: error: a quote in the middle of a value that does not start with one
              hint: put the whole value in quotes and write the quote twice, e.g. "Kim ""K"" Berg"
            """),
        ("a;b\n1;\"Kim \"K\" Berg\"\n", """
            Content/resultat/2020.csv:2:9: error: text after the closing quote of a quoted value
              hint: a quote that is part of the text is written twice, e.g. "Kim ""K"" Berg"
            """),
        ("a;b\n1;2;3\n", """
            Content/resultat/2020.csv:2:1: error: expected 2 values, one for each column of the header, found 3
              hint: a value that contains ';' must be in quotes, e.g. "Fisksätra; Orminge"
            """),
        ("a,b,c\n1,2\n", """
            Content/resultat/2020.csv:2:1: error: expected 3 values, one for each column of the header, found 2
              hint: write a value, or leave it empty between two ',', for every column
            """),
        ("a;b;a\n1;2;3\n", """
            Content/resultat/2020.csv:1:5: error: the column name 'a' is used twice (also column 1)
              hint: give each column its own name
            """),
        ("a; ;b\n1;2;3\n", """
            Content/resultat/2020.csv:1:3: error: column 2 has no name in the header
              hint: write a name for it in the first line, or delete the empty column
            """),
        ("a;b,c\n1;2\n", """
            Content/resultat/2020.csv:1:1: error: cannot tell the separator: the header line has both ';' and ',' outside quotes
              hint: separate the column names with ';' only (or ',' only); a name that contains the other goes in quotes
            """),
        ("anordnare\nFyrbåken\n", """
            Content/resultat/2020.csv:1:1: error: cannot tell the separator: the header line has neither ';' nor ',' outside quotes
              hint: the first line names the columns, separated by ';' (as Swedish Excel writes) or ',', e.g. anordnare;insats;avslutade
            """),
        ("\"anordnare;avslutade\nx;1\n", """
            Content/resultat/2020.csv:1:1: error: unterminated quote: the value that starts here has no closing quote
              hint: add the closing quote; a quote that is part of the text is written twice ("")
            """),
        ("\r\n\r\n", """
            Content/resultat/2020.csv:1:1: error: the file is empty
              hint: the first line names the columns, separated by ';', e.g. anordnare;insats;avslutade
            """),
    ])
    func oneMistake(text: String, message: String) {
        #expect(errors(text) == [message])
    }

    @Test("every mistake in a file is reported in one run, in file order, and rows after a bad quote are still checked")
    func severalMistakes() {
        let text = """
            anordnare;insats;anordnare
            Fyrbåken;grund;"öppen
            Lunden;sai
            Löwen;"grund"x;1
            Älta;sai;2;3
            """
        #expect(errors(text) == [
            """
            Content/resultat/2020.csv:1:18: error: the column name 'anordnare' is used twice (also column 1)
              hint: give each column its own name
            """,
            """
            Content/resultat/2020.csv:2:16: error: unterminated quote: the value that starts here has no closing quote on its line (the next quote, at line 4, column 7, is followed by text)
              hint: add the closing quote; a quote that is part of the text is written twice ("")
            """,
            """
            Content/resultat/2020.csv:3:1: error: expected 3 values, one for each column of the header, found 2
              hint: write a value, or leave it empty between two ';', for every column
            """,
            """
            Content/resultat/2020.csv:4:14: error: text after the closing quote of a quoted value
              hint: a quote that is part of the text is written twice, e.g. "Kim ""K"" Berg"
            """,
            """
            Content/resultat/2020.csv:5:1: error: expected 3 values, one for each column of the header, found 4
              hint: a value that contains ';' must be in quotes, e.g. "Fisksätra; Orminge"
            """,
        ])
    }

    @Test("the thrown error prints every diagnostic and a count")
    func printedError() {
        #expect(throws: DiagnosticError.self) { try table("a;b\n1\n2;3;4\n") }
        do {
            _ = try table("a;b\n1\n2;3;4\n")
        } catch {
            #expect(error.description.hasSuffix("\n2 errors"))
        }
    }
}

@Suite("CSV reader: checking the columns a loader expects")
struct CSVColumnTests {
    @Test("a misspelt column is reported once, as unknown with 'did you mean'; a missing one at the header")
    func misspeltAndMissing() {
        let table = try! table("anordnare;avslutad;extra\nFyrbåken;12;x\n")
        do {
            try table.checkColumns(required: ["anordnare", "avslutade", "insats"], optional: ["kommentar"])
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                """
                Content/resultat/2020.csv:1:1: error: the column 'insats' is missing
                  hint: add a column named 'insats' to the first line
                """,
                """
                Content/resultat/2020.csv:1:11: error: unknown column 'avslutad'
                  hint: did you mean 'avslutade'?
                """,
                """
                Content/resultat/2020.csv:1:20: error: unknown column 'extra'
                  hint: the columns here are: anordnare, avslutade, insats, kommentar
                """,
            ])
        }
    }

    @Test("a header with every required column passes")
    func complete() throws {
        try table("anordnare;avslutade\n").checkColumns(required: ["anordnare", "avslutade"], optional: ["kommentar"])
    }
}
