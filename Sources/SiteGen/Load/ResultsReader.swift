import Foundation

/// Reads `Content/resultat/*.csv`: one row per provider × programme × year.
///
/// Only the shape of each row is checked here (columns, numbers, arithmetic within the
/// row); whether the provider and programme exist is the Validate step's job.
enum ResultsReader {
    static let required = ["anordnare", "insats", "år", "avslutade", "egen_forsorjning"]
    static let optional = ["arbete", "studier", "eget_foretag", "medeldagar", "aterkommande_24m"]
        + EndingReason.allCases.map(\.rawValue)

    /// The largest `medeldagar`: 10 000 days is 27 years, far past any programme.
    static let mostDays = 10_000.0

    static func read(_ source: SourceFile) throws(DiagnosticError) -> [ResultRecord] {
        try CSVReader.records(source, required: required, optional: optional) { row, diagnostics in
            read(row, diagnostics: &diagnostics)
        }
    }

    private static func read(_ row: CSVRow, diagnostics: inout Diagnostics) -> ResultRecord? {
        let before = diagnostics.all.count
        let provider = row.text("anordnare", diagnostics: &diagnostics)
        let programme = row.text("insats", diagnostics: &diagnostics)
        let year = row.wholeNumber("år", in: CSVNumber.years, hint: CSVNumber.yearHint, diagnostics: &diagnostics)
        let ended = row.wholeNumber("avslutade", diagnostics: &diagnostics)
        let selfSufficient = row.wholeNumber("egen_forsorjning", diagnostics: &diagnostics)
        func optionalCount(_ column: String) -> Located<Int>? {
            guard let field = row.field(named: column), !field.value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return row.wholeNumber(column, diagnostics: &diagnostics)
        }
        let work = optionalCount("arbete"), studies = optionalCount("studier"), business = optionalCount("eget_foretag")
        let returned = optionalCount("aterkommande_24m")
        var endings: [EndingReason: Located<Int>] = [:]
        for reason in EndingReason.allCases { endings[reason] = optionalCount(reason.rawValue) }
        var meanDays: Located<Double>?
        if let field = row.field(named: "medeldagar"), !field.value.trimmingCharacters(in: .whitespaces).isEmpty {
            meanDays = row.decimal("medeldagar", in: 0...Self.mostDays,
                                   hint: "the average number of days in the programme; check the cell", diagnostics: &diagnostics)
        }
        if let ended, let selfSufficient, selfSufficient.value > ended.value {
            diagnostics.error(selfSufficient.location,
                              "'egen_forsorjning' (\(selfSufficient.value)) is more than 'avslutade' (\(ended.value))",
                              hint: "egen_forsorjning counts those of the ended programmes that ended in work, studies or own business")
        }
        // Every count is at most CSVNumber.largestCount, so these sums of a few cannot overflow.
        let split = [work, studies, business].compactMap { $0 }
        if let selfSufficient, !split.isEmpty {
            let sum = split.reduce(0) { $0 + $1.value }
            if split.count == 3 && sum != selfSufficient.value || sum > selfSufficient.value {
                diagnostics.error(split[0].location,
                                  "'arbete' + 'studier' + 'eget_foretag' is \(sum), but 'egen_forsorjning' is \(selfSufficient.value)",
                                  hint: "the three columns split egen_forsorjning and must add up to it")
            }
        }
        if let returned, let selfSufficient, returned.value > selfSufficient.value {
            diagnostics.error(returned.location,
                              "'aterkommande_24m' (\(returned.value)) is more than 'egen_forsorjning' (\(selfSufficient.value))",
                              hint: "it counts those of the self-sufficient who came back within 24 months")
        }
        let endingSum = endings.values.reduce(0) { $0 + $1.value }
        if let ended, let selfSufficient, !endings.isEmpty, endingSum + selfSufficient.value > ended.value {
            diagnostics.error(row.location,
                              "the reasons for ending add up to \(endingSum + selfSufficient.value) (egen_forsorjning and the other reasons), more than 'avslutade' (\(ended.value))",
                              hint: "each ended programme has one reason")
        }
        guard diagnostics.all.count == before, let provider, let programme, let year, let ended, let selfSufficient else { return nil }
        return ResultRecord(
            provider: provider, programme: programme, year: year, ended: ended.value,
            selfSufficient: selfSufficient.value, work: work?.value, studies: studies?.value, ownBusiness: business?.value,
            meanDays: meanDays?.value, returnedWithin24Months: returned?.value,
            otherEndings: endings.mapValues(\.value), location: row.location)
    }
}
