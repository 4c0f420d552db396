import Foundation

/// Reads `Content/nojdhet/*.csv`: one row per provider × programme × year × question.
///
/// A vendor may deliver a cell already hidden, `*` as the mean and `-` as the count; the
/// two go together, so a `*` with a count (or a mean without one) is an error rather than
/// a guess.
enum SurveyReader {
    static let required = ["anordnare", "insats", "år", "fraga", "medelvarde", "antal_svar"]
    /// The answers' standard deviation, when the vendor's export has it: the site then
    /// shows an interval for the mean (``MeanInterval``).
    static let optional = ["standardavvikelse"]

    static func read(_ source: SourceFile) throws(DiagnosticError) -> [SurveyRecord] {
        try CSVReader.records(source, required: required, optional: optional) { row, diagnostics in
            read(row, diagnostics: &diagnostics)
        }
    }

    private static func read(_ row: CSVRow, diagnostics: inout Diagnostics) -> SurveyRecord? {
        let before = diagnostics.all.count
        let provider = row.text("anordnare", diagnostics: &diagnostics)
        let programme = row.text("insats", required: false, diagnostics: &diagnostics)
        let year = row.wholeNumber("år", in: CSVNumber.years, hint: CSVNumber.yearHint, diagnostics: &diagnostics)
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
            } else if let value, let answers {
                cell = .answered(mean: value.value, answers: answers.value)
            }
        default:
            break
        }
        let spread = standardDeviation(row, cell: cell, diagnostics: &diagnostics)
        guard diagnostics.all.count == before, let provider, let year, let question, let cell else { return nil }
        return SurveyRecord(provider: provider, programme: programme, year: year, question: question, cell: cell,
                            standardDeviation: spread, location: row.location)
    }

    /// `standardavvikelse`, optional: empty (or `-` beside a hidden cell) means not given.
    private static func standardDeviation(_ row: CSVRow, cell: SurveyCell?, diagnostics: inout Diagnostics) -> Double? {
        guard let field = row.field(named: "standardavvikelse"), !field.value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        if case .suppressedAtSource = cell {
            if field.value.trimmingCharacters(in: .whitespaces) != "-" {
                diagnostics.error(field.location, "a hidden cell ('*') has no standard deviation",
                                  hint: "leave 'standardavvikelse' empty or write -, as for the count")
            }
            return nil
        }
        guard let spread = row.decimal("standardavvikelse", diagnostics: &diagnostics) else { return nil }
        guard case .answered(let mean, let answers) = cell else { return nil }
        let largest = MeanInterval.largestStandardDeviation(mean: mean, answers: answers)
        if spread.value < 0 || spread.value > largest + 0.05 {
            diagnostics.error(spread.location,
                              "'standardavvikelse' \(field.value.trimmingCharacters(in: .whitespaces)) is not possible for \(answers) answers on the scale 1–5 with the mean \(SwedishFormat.decimal(mean, decimals: 2))",
                              hint: "it is at most \(SwedishFormat.decimal(largest, decimals: 2)) here; check that the column holds the standard deviation, not the variance")
            return nil
        }
        return spread.value
    }
}
