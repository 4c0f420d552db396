/// Cross-checks the survey rows against the providers and `site.yml`: known provider (or
/// `alla`), programme and question; authorised programme; one row per key; no future year.
public enum SurveyValidator {
    public static func validate(_ records: [SurveyRecord], providers: [Provider], config: SiteConfig,
                                currentYear: Int) throws(DiagnosticError) -> [SurveyRecord] {
        var diagnostics = Diagnostics()
        let providersByID = Dictionary(uniqueKeysWithValues: providers.map { ($0.id, $0) })
        let programmeIDs = config.programmes.map(\.id)
        let questionIDs = config.questions.map(\.id)
        var seen: [String: SourceLocation] = [:]
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
            if !questionIDs.contains(record.question.value) {
                diagnostics.error(record.question.location, "unknown question '\(record.question.value)'",
                                  hint: Suggestion.hint(for: record.question.value, among: questionIDs)
                                      ?? "use a question id from 'questions' in Content/site.yml")
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
