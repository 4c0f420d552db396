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
/// taken over the shown cells only (``ProviderSurvey``). That is enough for these tables
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
    /// How an aggregate states its group size.
    enum AggregateCount {
        /// The answers of all its questions together (an area index).
        case total
        /// The most answers to any one question: roughly the respondents (the NKI).
        case largest
    }

    /// The answer-weighted mean Σ(meanᵢ·nᵢ) / Σnᵢ of `cells`, one per question of the
    /// aggregate (nil for a question with no row), or why it is withheld.
    ///
    /// With ``secondarySuppression`` on (always, outside tests): withheld as "not
    /// reported" when a question has no row; when every question is hidden, for the
    /// first one's own reason; when only some are, as ``SuppressionReason/protectsAnother``.
    func aggregate(_ cells: [SurveyCell?], count: AggregateCount = .total) -> Reported<Double> {
        guard !cells.isEmpty, !cells.contains(where: { $0 == nil }) else { return .suppressed(.notReported) }
        let reported = cells.map { cell -> Reported<Double> in
            switch cell! {
            case .suppressedAtSource: return .suppressed(.suppressedAtSource)
            case .answered(let mean, let answers): return survey(mean: mean, answers: answers)
            }
        }
        let inputs: [(mean: Double, answers: Int)]
        if secondarySuppression {
            let hidden = reported.compactMap { cell -> SuppressionReason? in
                if case .suppressed(let reason) = cell { return reason }
                return nil
            }
            if hidden.count == reported.count { return .suppressed(hidden[0]) }
            if !hidden.isEmpty { return .suppressed(.protectsAnother) }
            inputs = reported.compactMap { $0.published.map { ($0.value, $0.n) } }
        } else {
            // The 2021 report's way: every answered question counts, hidden or not.
            inputs = cells.compactMap { cell in
                if case .answered(let mean, let answers) = cell! { return (mean, answers) }
                return nil
            }
            if inputs.isEmpty { return .suppressed(.suppressedAtSource) }
        }
        let answers = inputs.map(\.answers).reduce(0, +)
        let mean = inputs.map { $0.mean * Double($0.answers) }.reduce(0, +) / Double(answers)
        switch count {
        case .total: return .value(mean, n: answers)
        case .largest: return .value(mean, n: inputs.map(\.answers).max()!)
        }
    }
}
