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

    public var isEmpty: Bool { results == 0 && surveyCells == 0 && protecting == 0 }

    init(_ index: SiteIndex) {
        results = index.openData.results.filter { $0.status == OpenData.status(.tooFewEnded(minimum: 0)) }.count
        surveyCells = index.openData.survey.filter { $0.status == OpenData.status(.tooFewAnswers(minimum: 0)) }.count
        // The NKI is an area too, and the compare page shows the same figure again.
        protecting = index.surveys.values.joined().flatMap(\.areas).filter { $0.index.hiddenReason == .protectsAnother }.count
    }
}

extension HiddenSummary: CustomStringConvertible {
    /// "hidden for small groups: 21 results and 63 survey cells; 5 survey indexes hidden to
    /// protect them (…)".
    public var description: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var text = "hidden for small groups: \(count(results, "result", "results")) and \(count(surveyCells, "survey cell", "survey cells"))"
        if protecting > 0 { text += "; \(count(protecting, "survey index", "survey indexes")) hidden to protect them" }
        return text + " (thresholds in site.yml, explained on Om siffrorna)"
    }
}
