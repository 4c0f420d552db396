/// Cross-checks the survey rows against the providers and `site.yml`: known provider (or
/// `alla`), programme and question (or `NKI`, the index itself); authorised programme; one
/// row per key; no future year; and a year gives either the index or its questions.
public enum SurveyValidator {
    public static func validate(_ records: [SurveyRecord], providers: [Provider], config: SiteConfig,
                                currentYear: Int) throws(DiagnosticError) -> [SurveyRecord] {
        var diagnostics = Diagnostics()
        let providersByID = Dictionary(uniqueKeysWithValues: providers.map { ($0.id, $0) })
        let programmeIDs = config.programmes.map(\.id)
        let questionIDs = config.questions.map(\.id)
        var seen: [String: SourceLocation] = [:]
        var questionRowYears: [Int: SourceLocation] = [:]
        for record in records where !record.isIndexRow && questionRowYears[record.year.value] == nil {
            questionRowYears[record.year.value] = record.location
        }
        for record in records {
            let isAll = record.provider.value == SurveyRecord.allProviders
            let provider = providersByID[record.provider.value]
            if provider == nil && !isAll {
                diagnostics.error(record.provider.location, "unknown provider '\(record.provider.value)'",
                                  hint: Suggestion.hint(for: record.provider.value, among: providersByID.keys.sorted() + [SurveyRecord.allProviders])
                                      ?? "use the provider's file name in Content/anordnare/ without .md, or 'alla' for all providers")
            }
            if let programme = record.programme {
                if !programmeIDs.contains(programme.value) {
                    diagnostics.error(programme.location, "unknown programme '\(programme.value)'",
                                      hint: Suggestion.hint(for: programme.value, among: programmeIDs)
                                          ?? "use one of: \(programmeIDs.joined(separator: ", ")), or leave it empty for all programmes")
                } else if let provider, !provider.programmes.contains(programme.value) {
                    diagnostics.error(programme.location, "'\(provider.id)' is not authorised for '\(programme.value)'",
                                      hint: "add \(programme.value) to 'insatser' in Content/anordnare/\(provider.id).md, or correct the row")
                }
            }
            if let question = config.questions.first(where: { $0.id == record.question.value }), !question.isAsked(in: record.year.value) {
                let from = question.years.lowerBound == Int.min ? "" : " from \(question.years.lowerBound)"
                let until = question.years.upperBound == Int.max ? "" : " until \(question.years.upperBound)"
                diagnostics.error(record.year.location, "the question '\(question.id)' was asked\(from)\(until), not in \(record.year.value)",
                                  hint: "correct the year or the question id, or change 'firstYear'/'lastYear' of the question in Content/site.yml")
            }
            if !questionIDs.contains(record.question.value) && !record.isIndexRow {
                diagnostics.error(record.question.location, "unknown question '\(record.question.value)'",
                                  hint: Suggestion.hint(for: record.question.value, among: questionIDs + [SurveyRecord.indexQuestion])
                                      ?? "use a question id from 'questions' in Content/site.yml, or NKI for the index itself")
            }
            if record.isIndexRow, let other = questionRowYears[record.year.value] {
                diagnostics.error(record.question.location, "\(record.year.value) has question rows (the first at \(other)), so its NKI is worked out from them",
                                  hint: "an NKI row is for a year the report gives only the index; delete the NKI rows of \(record.year.value), or its question rows")
            }
            if record.year.value > currentYear {
                diagnostics.error(record.year.location, "the year \(record.year.value) has not happened yet",
                                  hint: "survey results are reported for years that have ended or are under way")
            }
            let key = [record.provider.value, record.programme?.value ?? "", String(record.year.value), record.question.value].joined(separator: "|")
            if let first = seen[key] {
                diagnostics.error(record.location, "a second row for the same provider, programme, year and question",
                                  hint: "the first is at \(first); keep one of them")
            } else {
                seen[key] = record.location
            }
        }
        try diagnostics.check()
        return records
    }
}
