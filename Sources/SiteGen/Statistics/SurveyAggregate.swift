/// The one rule for every survey aggregate the site publishes from a provider's own
/// cells — an area index on the provider page and the side-by-side page, the NKI on the
/// compare pages: which cells it may be computed from, and when it must be withheld.
///
/// This is disclosure control as national statistics offices practise it: a
/// minimum-frequency rule hides small cells (primary suppression, ``SuppressionRule/survey(mean:answers:)``),
/// and complementary (secondary) suppression then hides enough else that the hidden cells
/// cannot be worked back out from what is shown — the approach of tau-ARGUS and of
/// R's sdcTable. Those tools search for the complementary cell set that loses the least
/// information. We do not search: an aggregate with a hidden input is itself hidden
/// ("Dold för att skydda en annan uppgift"), and the all-provider average of a question is
/// taken over the shown cells only (``ProviderSurvey``). ``Reported`` makes the rest
/// structural: its only ways to combine figures take published ones alone. That is enough for these tables
/// because every published aggregate is then a function of figures published beside it,
/// so it carries no information about a hidden cell that the page does not already
/// give away — none. It costs an area index whenever one of its questions is hidden,
/// which a least-loss search might sometimes have saved by hiding a second question
/// instead; hiding a question the reader asked about seemed the worse trade.
///
/// The municipality's 2021 report did otherwise: it averaged every answered question,
/// the hidden ones included, and printed the index beside the shown questions, which let
/// a reader narrow a hidden mean to three values. ``SuppressionRule/secondarySuppression``
/// off rebuilds that behaviour, for the attacker test only.
extension SuppressionRule {
    /// The answer-weighted mean Σ(meanᵢ·nᵢ) / Σnᵢ of `cells`, one per question of the
    /// aggregate (nil for a question with no row), or why it is withheld.
    ///
    /// With ``secondarySuppression`` on (always, outside tests): withheld as "not
    /// reported" when a question has no row; when every question is hidden, for the
    /// first one's own reason; when only some are, as ``SuppressionReason/protectsAnother``.
    func aggregate(_ cells: [SurveyCell?], count: Reported<Double>.AggregateCount = .total) -> Reported<Double> {
        guard !cells.isEmpty, !cells.contains(where: { $0 == nil }) else { return .suppressed(.notReported) }
        let reported = cells.map { cell -> Reported<Double> in
            switch cell! {
            case .suppressedAtSource: return .suppressed(.suppressedAtSource)
            case .answered(let mean, let answers): return survey(mean: mean, answers: answers)
            }
        }
        guard secondarySuppression else { return reportWay(cells, count: count) }
        let hidden = reported.compactMap(\.hiddenReason)
        if hidden.count == reported.count { return .suppressed(hidden[0]) }
        if !hidden.isEmpty { return .suppressed(.protectsAnother) }
        return Reported.weightedMean(reported, count: count) ?? .suppressed(.notReported)
    }

    /// The 2021 report's way: every answered question counts, hidden or not.
    private func reportWay(_ cells: [SurveyCell?], count: Reported<Double>.AggregateCount) -> Reported<Double> {
        let inputs = cells.compactMap { cell -> (mean: Double, answers: Int)? in
            if case .answered(let mean, let answers) = cell! { return (mean, answers) }
            return nil
        }
        guard !inputs.isEmpty else { return .suppressed(.suppressedAtSource) }
        let answers = inputs.map(\.answers).reduce(0, +)
        let mean = inputs.map { $0.mean * Double($0.answers) }.reduce(0, +) / Double(answers)
        let n = count == .total ? answers : inputs.map(\.answers).max()!
        return .unprotected(mean, n: n, rule: self)
    }
}
