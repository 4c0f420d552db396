import Testing
@testable import SiteGen

@Suite("CSV numbers: whole numbers and decimal comma or point")
struct CSVNumberTests {
    @Test("whole numbers: digits, surrounding spaces, thousands grouped in threes", arguments: [
        ("12", 12), (" 7 ", 7), ("0", 0), ("1 234", 1234), ("1\u{A0}234", 1234), ("12\u{202F}345\u{202F}678", 12_345_678),
        ("12a", nil), ("-3", nil), ("3,5", nil), ("", nil), ("1 23", nil), ("1234 567", nil), ("+3", nil), ("١٢", nil),
    ] as [(String, Int?)])
    func wholeNumber(text: String, expected: Int?) {
        #expect(CSVNumber.wholeNumber(text) == expected)
    }

    @Test("decimals: comma as Swedish Excel writes it, or point; never both", arguments: [
        ("3,77", 3.77), ("3.77", 3.77), ("4", 4.0), (" 4,5 ", 4.5), ("-0,25", -0.25), ("1 234,5", 1234.5),
        ("1.234,5", nil), ("1,234.5", nil), ("3,", nil), (",5", nil), ("3,7,7", nil), ("", nil), ("tre", nil), ("3e2", nil),
    ] as [(String, Double?)])
    func decimal(text: String, expected: Double?) {
        #expect(CSVNumber.decimal(text) == expected)
    }

    @Test("a bad number is reported at its value, naming the column and the text as written", arguments: [
        ("12a", """
            Content/resultat/2020.csv:2:10: error: 'avslutade' is not a whole number ("12a")
              hint: write digits only, e.g. 12
            """),
        ("-3", """
            Content/resultat/2020.csv:2:10: error: 'avslutade' must be 0 or more ("-3")
              hint: a count cannot be negative; check the value
            """),
        ("", """
            Content/resultat/2020.csv:2:10: error: 'avslutade' is empty
              hint: write a whole number, e.g. 12
            """),
    ])
    func wholeNumberMessage(text: String, message: String) throws {
        let row = try #require(try CSVReader.read(SourceFile(path: "Content/resultat/2020.csv", text: "anordnare;avslutade\nFyrbåken;\(text)\n")).rows.first)
        var diagnostics = Diagnostics()
        #expect(row.wholeNumber("avslutade", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.description) == [message])
    }

    @Test("a bad decimal is reported at its value (a quoted one at its quote)", arguments: [
        ("\"3,7,7\"", """
            Content/resultat/2020.csv:2:10: error: 'medel' is not a decimal number ("3,7,7")
              hint: write digits with at most one decimal comma, e.g. 3,77
            """),
        (" ", """
            Content/resultat/2020.csv:2:10: error: 'medel' is empty
              hint: write a number, e.g. 3,77
            """),
    ])
    func decimalMessage(text: String, message: String) throws {
        let row = try #require(try CSVReader.read(SourceFile(path: "Content/resultat/2020.csv", text: "anordnare;medel\nFyrbåken;\(text)\n")).rows.first)
        var diagnostics = Diagnostics()
        #expect(row.decimal("medel", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.description) == [message])
    }

    @Test("good numbers come back with the place of their value")
    func located() throws {
        let row = try #require(try CSVReader.read(SourceFile(path: "Content/resultat/2020.csv", text: "avslutade;nki\n12;3,77\n")).rows.first)
        var diagnostics = Diagnostics()
        let ended = row.wholeNumber("avslutade", diagnostics: &diagnostics)
        let index = row.decimal("nki", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(ended?.value == 12)
        #expect(index?.value == 3.77)
        #expect(index?.location.description == "Content/resultat/2020.csv:2:4")
    }
}
