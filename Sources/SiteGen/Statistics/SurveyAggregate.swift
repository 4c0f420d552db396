/// The one rule for every survey aggregate the site publishes from a provider's own
/// cells — an area index on the provider page and the side-by-side page, the NKI on the
/// compare pages: which cells it may be computed from, and when it must be withheld.
///
/// This is disclosure control as national statistics offices practise it: a
/// minimum-frequency rule hides small cells (primary suppression, ``SuppressionRule/survey(mean:answers:)``),
/// and complementary (secondary) suppression then makes sure the hidden cells cannot be
/// worked back out from what is shown — the approach of tau-ARGUS and of R's sdcTable,
/// which search for the complementary suppressions that lose the least information.
///
/// An aggregate with a hidden input can be kept safe in three ways, and the site takes
/// the one that loses least; the costs are fixed, so no search is needed:
/// 1. *Compute it over the shown inputs only.* Loses no figure. Right for an average
///    across providers, which a reader uses to compare one shown provider with the others:
///    the programme averages on the compare page and the all-provider average of a
///    question are made this way (``Reported/weightedMean(_:count:)``, ``Reported/pooled(_:)``).
/// 2. *Hide further inputs (complementary cells) and publish the aggregate.* Loses at least
///    one figure a reader compares providers by, and protects only if the extra cell is
///    large enough that the aggregate's value and count leave the hidden one free.
/// 3. *Hide the aggregate* ("Dold för att skydda en annan uppgift"). Loses one derived
///    figure whose questions stay on the page. Right for an area index and the NKI, whose
///    meaning needs all their questions: an index over the shown ones would not compare
///    with another provider's.
///
/// (2) never costs less than (1) or (3): it hides at least one cell where (3) hides one
/// aggregate, and the cells are what a resident came for. ``Reported`` makes the rule
/// structural: its only ways to combine figures take published ones alone, so every
/// published aggregate is a function of figures published beside it and says nothing
/// about a hidden cell.
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
        let reported = cells.map { cell -> Reported<Double>? in
            switch cell {
            case nil: return nil
            case .suppressedAtSource: return .suppressed(.suppressedAtSource)
            case .answered(let mean, let answers): return survey(mean: mean, answers: answers)
            }
        }
        return aggregate(cells, decided: reported, count: count)
    }

    /// The same, over figures already decided (``SurveyMargins`` may have hidden a question
    /// the minimum-frequency rule alone would show): `decided` has one figure per cell.
    func aggregate(_ cells: [SurveyCell?], decided: [Reported<Double>?], count: Reported<Double>.AggregateCount = .total) -> Reported<Double> {
        guard !cells.isEmpty, !cells.contains(where: { $0 == nil }), !decided.contains(where: { $0 == nil }) else {
            return .suppressed(.notReported)
        }
        let reported = decided.map { $0! }
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
