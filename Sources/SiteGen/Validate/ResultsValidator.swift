/// Cross-checks the results rows against the providers and `site.yml`: every id known,
/// every programme one the provider is authorised for, one row per provider × programme
/// × year, no year after the build's own.
public enum ResultsValidator {
    public static func validate(_ records: [ResultRecord], providers: [Provider], config: SiteConfig,
                                currentYear: Int) throws(DiagnosticError) -> [ResultRecord] {
        var diagnostics = Diagnostics()
        let providersByID = Dictionary(uniqueKeysWithValues: providers.map { ($0.id, $0) })
        let programmeIDs = config.programmes.map(\.id)
        var seen: [String: SourceLocation] = [:]
        for record in records {
            let provider = providersByID[record.provider.value]
            if provider == nil {
                diagnostics.error(record.provider.location, "unknown provider '\(record.provider.value)'",
                                  hint: Suggestion.hint(for: record.provider.value, among: providersByID.keys.sorted())
                                      ?? "use the provider's file name in Content/anordnare/ without .md")
            }
            if !programmeIDs.contains(record.programme.value) {
                diagnostics.error(record.programme.location, "unknown programme '\(record.programme.value)'",
                                  hint: Suggestion.hint(for: record.programme.value, among: programmeIDs)
                                      ?? "use one of: \(programmeIDs.joined(separator: ", "))")
            } else if let provider, !provider.programmes.contains(record.programme.value) {
                diagnostics.error(record.programme.location,
                                  "'\(provider.id)' is not authorised for '\(record.programme.value)'",
                                  hint: "add \(record.programme.value) to 'insatser' in Content/anordnare/\(provider.id).md, or correct the row")
            }
            if record.year.value > currentYear {
                diagnostics.error(record.year.location, "the year \(record.year.value) has not happened yet",
                                  hint: "results are reported for years that have ended or are under way")
            }
            let key = "\(record.provider.value)|\(record.programme.value)|\(record.year.value)"
            if let first = seen[key] {
                diagnostics.error(record.location,
                                  "a second row for '\(record.provider.value)', '\(record.programme.value)', \(record.year.value)",
                                  hint: "the first is at \(first); keep one of them")
            } else {
                seen[key] = record.location
            }
        }
        try diagnostics.check()
        return records
    }
}
