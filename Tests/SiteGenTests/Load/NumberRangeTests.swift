import Testing
@testable import SiteGen

/// A column of a data file and a value that must not pass: huge, negative, or not a
/// finite number at all.
struct BadNumber: Sendable, CustomTestStringConvertible {
    var column: String
    var value: String
    var testDescription: String { "\(column) = \(value.count > 24 ? String(value.prefix(20)) + "…" : value)" }
}

private let huge = ["9223372036854775807", "9223372036854775808", "99999999999999999999", "-9223372036854775808",
                    String(repeating: "9", count: 400), "1 000 001", "1e308", "NaN", "inf", "-1"]

private let resultsHeader = ["anordnare", "insats", "år", "avslutade", "egen_forsorjning", "arbete", "studier",
                             "eget_foretag", "medeldagar", "aterkommande_24m", "flytt"]
private let resultsRow = ["fyrbaken", "grund", "2021", "20", "9", "6", "2", "1", "120", "1", "3"]

private let surveyHeader = ["anordnare", "insats", "år", "fraga", "medelvarde", "antal_svar", "standardavvikelse"]
private let surveyRow = ["fyrbaken", "grund", "2021", "nki-nojd", "3,8", "10", "0,9"]

private let surveyYML = InlineSite.siteYML + """
    questions:
      - id: nki-nojd
        area: NKI
        text: Hur nöjd är du?

    """

/// What a site reports when `column` of the one data row holds `value`.
private func problems(header: [String], row: [String], file: String, replacing column: String, with value: String,
                      files: [String: String] = [:]) throws -> (found: [String], column: Int) {
    let index = try #require(header.firstIndex(of: column))
    var row = row
    row[index] = value
    // Columns count Unicode scalars from 1, each value after its ';'.
    let start = row[..<index].map { $0.unicodeScalars.count + 1 }.reduce(1, +)
    let csv = header.joined(separator: ";") + "\n" + row.joined(separator: ";") + "\n"
    return (try InlineSite.diagnostics(files.merging([file: csv]) { $1 }), start)
}

@Suite("Numbers in data files: every count and figure is range-checked where it is read")
struct NumberRangeTests {
    @Test("the example rows are valid, so each case below fails for its one value")
    func baseRowsLoad() throws {
        let results = resultsHeader.joined(separator: ";") + "\n" + resultsRow.joined(separator: ";") + "\n"
        let survey = surveyHeader.joined(separator: ";") + "\n" + surveyRow.joined(separator: ";") + "\n"
        #expect(try InlineSite.diagnostics(["Content/resultat/2021.csv": results]) == [])
        #expect(try InlineSite.diagnostics(["Content/site.yml": surveyYML, "Content/nojdhet/2021.csv": survey]) == [])
    }

    @Test("a huge, negative or non-finite results value is one error at its cell, naming the column, with a hint",
          arguments: ["år", "avslutade", "egen_forsorjning", "arbete", "studier", "eget_foretag", "medeldagar",
                      "aterkommande_24m", "flytt"].flatMap { column in huge.map { BadNumber(column: column, value: $0) } })
    func results(bad: BadNumber) throws {
        let (found, column) = try problems(header: resultsHeader, row: resultsRow, file: "Content/resultat/2021.csv",
                                           replacing: bad.column, with: bad.value)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].hasPrefix("Content/resultat/2021.csv:2:\(column): error: '\(bad.column)'"), "\(found[0])")
        #expect(found[0].contains("\n  hint: "), "\(found[0])")
    }

    @Test("a huge, negative or non-finite survey value is one error at its cell, naming the column, with a hint",
          arguments: ["år", "medelvarde", "antal_svar", "standardavvikelse"].flatMap { column in
              huge.map { BadNumber(column: column, value: $0) }
          })
    func survey(bad: BadNumber) throws {
        let (found, column) = try problems(header: surveyHeader, row: surveyRow, file: "Content/nojdhet/2021.csv",
                                           replacing: bad.column, with: bad.value, files: ["Content/site.yml": surveyYML])
        try #require(found.count == 1, "\(found)")
        #expect(found[0].hasPrefix("Content/nojdhet/2021.csv:2:\(column): error: '\(bad.column)'"), "\(found[0])")
        #expect(found[0].contains("\n  hint: "), "\(found[0])")
    }

    @Test("eget_foretag = Int.max, the Excel paste that stopped the build, gives the whole message")
    func pastedCell() throws {
        let (found, _) = try problems(header: resultsHeader, row: resultsRow, file: "Content/resultat/2021.csv",
                                      replacing: "eget_foretag", with: "9223372036854775807")
        #expect(found == ["""
            Content/resultat/2021.csv:2:30: error: 'eget_foretag' is more than 1 000 000 ("9223372036854775807")
              hint: no count here is above 1 000 000 customers; check the cell, which may hold a value pasted into the wrong column
            """])
    }

    @Test("a count of exactly 1 000 000 is allowed; the limit is inclusive")
    func largestCount() throws {
        var row = resultsRow
        row[3] = "1 000 000"
        let csv = resultsHeader.joined(separator: ";") + "\n" + row.joined(separator: ";") + "\n"
        #expect(try InlineSite.diagnostics(["Content/resultat/2021.csv": csv]) == [])
    }

    @Test("a date written in other digits than 0–9 is not a date", arguments: ["٢٠٢٣-03-15", "2023-٠٣-15", "2023-03-15T١٢:00"])
    func otherDigitsInDate(text: String) {
        #expect(BuildDate.parse(text) == nil)
    }

    @Test("whole numbers too large for the machine are nil, not a trap", arguments: [
        "9223372036854775808", "99999999999999999999", String(repeating: "9", count: 400),
    ])
    func overflowingWholeNumber(text: String) {
        #expect(CSVNumber.wholeNumber(text) == nil)
    }

    @Test("decimals too large for a Double are nil, not infinity", arguments: [
        String(repeating: "9", count: 400), String(repeating: "9", count: 400) + ",5",
    ])
    func overflowingDecimal(text: String) {
        #expect(CSVNumber.decimal(text) == nil)
    }
}
