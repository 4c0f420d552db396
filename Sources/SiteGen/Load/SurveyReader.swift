import Foundation

/// Reads `Content/nojdhet/*.csv`: one row per provider × programme × year × question.
///
/// A vendor may deliver a cell already hidden, `*` as the mean and `-` as the count; the
/// two go together, so a `*` with a count (or a mean without one) is an error rather than
/// a guess.
enum SurveyReader {
    static let required = ["anordnare", "insats", "år", "fraga", "medelvarde", "antal_svar"]

    static func read(_ source: SourceFile) throws(DiagnosticError) -> [SurveyRecord] {
        try CSVReader.records(source, required: required) { row, diagnostics in
            read(row, diagnostics: &diagnostics)
        }
    }

    private static func read(_ row: CSVRow, diagnostics: inout Diagnostics) -> SurveyRecord? {
        let before = diagnostics.all.count
        let provider = row.text("anordnare", diagnostics: &diagnostics)
        let programme = row.text("insats", required: false, diagnostics: &diagnostics)
        let year = row.wholeNumber("år", diagnostics: &diagnostics)
        let question = row.text("fraga", diagnostics: &diagnostics)
        let mean = row.text("medelvarde", diagnostics: &diagnostics)
        let count = row.text("antal_svar", diagnostics: &diagnostics)
        var cell: SurveyCell?
        switch (mean?.value, count?.value) {
        case ("*", "-"?):
            cell = .suppressedAtSource
        case ("*", _):
            diagnostics.error(count?.location ?? row.location, "a hidden mean ('*') goes with a hidden count ('-')",
                              hint: "write - in 'antal_svar' too, as the survey report does")
        case (_, "-"?):
            diagnostics.error(mean?.location ?? row.location, "a hidden count ('-') goes with a hidden mean ('*')",
                              hint: "write * in 'medelvarde' too, as the survey report does")
        case (.some, .some):
            let value = row.decimal("medelvarde", diagnostics: &diagnostics)
            let answers = row.wholeNumber("antal_svar", diagnostics: &diagnostics)
            if let value, !(1...5).contains(value.value) {
                diagnostics.error(value.location, "'medelvarde' must be between 1 and 5, found \(mean!.value)",
                                  hint: "the survey's scale runs from 1 to 5 (5 is best)")
            }
            if let value, let answers { cell = .answered(mean: value.value, answers: answers.value) }
        default:
            break
        }
        if let year, !(2000...2100).contains(year.value) {
            diagnostics.error(year.location, "'år' must be a year such as 2021, found \(year.value)")
        }
        guard diagnostics.all.count == before, let provider, let year, let question, let cell else { return nil }
        return SurveyRecord(provider: provider, programme: programme, year: year, question: question, cell: cell,
                            location: row.location)
    }
}
