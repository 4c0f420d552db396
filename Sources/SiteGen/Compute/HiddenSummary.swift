/// How many figures a build hides, for the one line `sitegen build` prints: an editor
/// who publishes a new year sees at once how much the thresholds in `site.yml` withheld.
/// Counted from what is published, so it matches the pages and the downloads.
public struct HiddenSummary: Sendable, Equatable {
    /// Result rows (provider, programme, year, every year) with too few ended programmes.
    public var results: Int
    /// Survey cells (provider, programme, year, question, every year) with too few answers,
    /// or hidden by the vendor.
    public var surveyCells: Int
    /// Area indexes (the NKI among them) hidden on the provider pages so that a hidden
    /// question cannot be worked out.
    public var protecting: Int

    /// Survey figures other than area indexes (a provider's row across its programmes, the
    /// vendor's `alla` rows) hidden so that a hidden cell cannot be worked out.
    public var protectingFigures: Int
    /// The providers' survey rows across all their programmes (`insats` empty), which the
    /// pages show where a programme has no answers of its own.
    public var acrossProgrammes: Int
    /// Rows that give the NKI index itself (`fraga` NKI, the history), shown in the trends.
    public var indexRows: Int

    public var isEmpty: Bool { results == 0 && surveyCells == 0 && protecting == 0 && protectingFigures == 0 }

    init(_ index: SiteIndex) {
        results = index.openData.results.filter { $0.status == OpenData.status(.tooFewEnded(minimum: 0)) }.count
        surveyCells = index.openData.survey.filter { $0.status == OpenData.status(.tooFewAnswers(minimum: 0)) }.count
        // The NKI is an area too, and the compare page shows the same figure again.
        protecting = index.surveys.values.joined().flatMap(\.areas).filter { $0.index.hiddenReason == .protectsAnother }.count
        protectingFigures = index.openData.survey.filter { $0.status == OpenData.status(.protectsAnother) }.count
        acrossProgrammes = index.openData.survey.filter {
            $0.insats.isEmpty && $0.anordnare != SurveyRecord.allProviders && $0.fraga != SurveyRecord.indexQuestion
        }.count
        indexRows = index.openData.survey.filter { $0.fraga == SurveyRecord.indexQuestion }.count
    }

    /// "84 survey rows cover all of a provider's programmes: …", or nil when there are none.
    public var coverage: String? {
        guard acrossProgrammes > 0 else { return nil }
        let rows = acrossProgrammes == 1 ? "1 survey row covers" : "\(acrossProgrammes) survey rows cover"
        return "\(rows) all of a provider's programmes: shown on its page, and marked 'alla insatser' on compare and side-by-side pages where a programme has no answers of its own that year"
    }

    /// "18 NKI rows (the index only, no questions): shown as NKI over time …", or nil.
    public var history: String? {
        guard indexRows > 0 else { return nil }
        let rows = indexRows == 1 ? "1 NKI row" : "\(indexRows) NKI rows"
        return "\(rows) (the index alone, for years without question rows): in the open data, and under 'Nöjdhet över tid' on provider and compare pages wherever there are two years or more"
    }
}

extension HiddenSummary: CustomStringConvertible {
    /// "hidden for small groups: 21 results and 63 survey cells; 5 survey indexes hidden to
    /// protect them (…)".
    public var description: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var text = "hidden for small groups: \(count(results, "result", "results")) and \(count(surveyCells, "survey cell", "survey cells"))"
        if protecting > 0 { text += "; \(count(protecting, "survey index", "survey indexes")) hidden to protect them" }
        if protectingFigures > 0 {
            text += "; \(count(protectingFigures, "survey figure", "survey figures")) across programmes or providers hidden to protect them"
        }
        return text + " (thresholds in site.yml, explained on Om siffrorna)"
    }
}
