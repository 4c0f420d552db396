/// A figure as it may be published: either the value with the size of the group behind
/// it, or the reason it is withheld.
///
/// Suppression is a type so that nothing can average, total or chart a hidden number by
/// accident: code that wants the value must handle `.suppressed`, and there is no
/// property that hands out a hidden value.
///
/// **Only this file makes a published figure.** The initialiser is `fileprivate`, so a
/// value comes into being in one of two ways, both below: from the minimum-frequency rule
/// in `site.yml` (``SuppressionRule/survey(mean:answers:)``, ``SuppressionRule/result(selfSufficient:ended:)``,
/// ``SuppressionRule/returned(_:)``, ``SuppressionRule/days(_:)``), which checks the group
/// against its threshold, or combined from figures that are themselves published
/// (``pooled(_:)``, ``weightedMean(_:count:)``, ``delivered(_:parts:)``), which never see a
/// hidden one. A build that publishes a figure below the thresholds, or an aggregate
/// computed from a hidden figure, cannot be written without changing this file. (The
/// disclosure tests' switch ``SuppressionRule/secondarySuppression`` is the one way
/// round it, ``unprotected(_:n:rule:)``, and it stops the build unless the switch is off.)
public struct Reported<Value: Sendable>: Sendable {
    public enum Figure: Sendable {
        case value(Value, n: Int)
        case suppressed(SuppressionReason)
    }

    public let figure: Figure

    fileprivate init(_ figure: Figure) { self.figure = figure }

    /// Anyone may withhold a figure.
    public static func suppressed(_ reason: SuppressionReason) -> Reported { Reported(.suppressed(reason)) }

    /// The value when it is published, else nil.
    public var published: (value: Value, n: Int)? {
        if case .value(let value, let n) = figure { return (value, n) }
        return nil
    }

    /// Why the figure is withheld, or nil when it is published.
    public var hiddenReason: SuppressionReason? {
        if case .suppressed(let reason) = figure { return reason }
        return nil
    }

    /// A figure computed the way the municipality's reports did, hidden inputs included.
    /// Only the disclosure tests reach it, to show that their attacker finds that leak:
    /// with ``SuppressionRule/secondarySuppression`` on (every real build) it stops.
    static func unprotected(_ value: Value, n: Int, rule: SuppressionRule) -> Reported {
        precondition(!rule.secondarySuppression, "a figure computed from hidden inputs must not be published")
        return Reported(.value(value, n: n))
    }

    /// A total the source delivered beside its parts (the survey vendor's `alla` row): it
    /// is published only while every part is — with a part hidden, the total less the
    /// shown parts is the hidden one.
    static func delivered(_ total: Reported, parts: [Reported]) -> Reported {
        parts.allSatisfy({ $0.published != nil }) ? total : .suppressed(.protectsAnother)
    }
}

extension Reported.Figure: Equatable where Value: Equatable {}
extension Reported: Equatable where Value: Equatable {}

extension Reported where Value == Share {
    /// One share over the published groups together (Σ successes / Σ totals), so a large
    /// group weighs more than a small one, as in the municipality's reports. Hidden shares
    /// are left out, not counted as zero; with none published, not reported.
    static func pooled(_ shares: [Reported<Share>]) -> Reported<Share> {
        let published = shares.compactMap { $0.published?.value }
        let total = published.map(\.total).reduce(0, +)
        guard total > 0 else { return .suppressed(.notReported) }
        return Reported(.value(Share(successes: published.map(\.successes).reduce(0, +), total: total), n: total))
    }
}

extension Reported where Value == Double {
    /// How an aggregate states its group size.
    enum AggregateCount {
        /// The answers of all its inputs together (an area index, an average).
        case total
        /// The most answers to any one input: roughly the respondents (the NKI).
        case largest
    }

    /// The n-weighted mean Σ(valueᵢ·nᵢ) / Σnᵢ of the published values — the rule the
    /// municipality's report uses for area indexes and all-provider figures. Hidden values
    /// are left out, not counted as zero; nil when nothing is published.
    static func weightedMean(_ values: [Reported<Double>], count: AggregateCount = .total) -> Reported<Double>? {
        let inputs = values.compactMap(\.published)
        let n = inputs.map(\.n).reduce(0, +)
        guard n > 0 else { return nil }
        let mean = inputs.map { $0.value * Double($0.n) }.reduce(0, +) / Double(n)
        switch count {
        case .total: return Reported(.value(mean, n: n))
        case .largest: return Reported(.value(mean, n: inputs.map(\.n).max()!))
        }
    }
}

/// Why a figure is not shown; each reason has its own words on the page.
public enum SuppressionReason: Sendable, Hashable {
    /// Fewer survey answers than the rule's minimum ("För få svar").
    case tooFewAnswers(minimum: Int)
    /// Fewer ended programmes than the rule's minimum ("För få avslut").
    case tooFewEnded(minimum: Int)
    /// A figure about those who reached self-sufficiency (days, durability), and fewer of
    /// them than the rule's minimum ("För få med egen försörjning").
    case tooFewSelfSufficient(minimum: Int)
    /// The survey vendor delivered the cell already hidden (`*` and `-`).
    case suppressedAtSource
    /// Hidden so that another hidden figure cannot be worked out from it.
    case protectsAnother
    /// Nothing was reported for this cell (no row, or the column left empty).
    case notReported
}

extension SuppressionRule {
    /// Applies the minimum-frequency rule to a survey cell: shown when `answers` is at
    /// least ``minimumAnswers`` (inclusive, as in the municipality's own report).
    public func survey(mean: Double, answers: Int) -> Reported<Double> {
        answers >= minimumAnswers ? Reported(.value(mean, n: answers)) : .suppressed(.tooFewAnswers(minimum: minimumAnswers))
    }

    /// Applies the minimum-frequency rule to a result cell: shown when `ended` is at
    /// least ``minimumEnded``.
    public func result(selfSufficient: Int, ended: Int) -> Reported<Share> {
        ended >= minimumEnded
            ? Reported(.value(Share(successes: selfSufficient, total: ended), n: ended))
            : .suppressed(.tooFewEnded(minimum: minimumEnded))
    }

    /// A reason for ending (``EndingReason``) as a share of a provider's ended programmes,
    /// under the same rule as the result: shown when `ended` is at least ``minimumEnded``;
    /// not reported when the column was left empty. The site publishes these only pooled
    /// over a programme's providers (``Reported/pooled(_:)``), never one provider's.
    public func ending(_ reason: EndingReason, _ record: ResultRecord) -> Reported<Share> {
        guard record.ended >= minimumEnded else { return .suppressed(.tooFewEnded(minimum: minimumEnded)) }
        guard let count = record.otherEndings[reason] else { return .suppressed(.notReported) }
        return Reported(.value(Share(successes: count, total: record.ended), n: record.ended))
    }

    /// Durability: of the self-sufficient, the share who came back within 24 months. It is
    /// a share of the self-sufficient, so that group too must reach ``minimumEnded``, as
    /// must the ended programmes it comes from.
    public func returned(_ record: ResultRecord) -> Reported<Share> {
        guard record.ended >= minimumEnded else { return .suppressed(.tooFewEnded(minimum: minimumEnded)) }
        guard record.selfSufficient >= minimumEnded else { return .suppressed(.tooFewSelfSufficient(minimum: minimumEnded)) }
        guard let returned = record.returnedWithin24Months else { return .suppressed(.notReported) }
        return Reported(.value(Share(successes: returned, total: record.selfSufficient), n: record.selfSufficient))
    }

    /// Days in programme before self-sufficiency: an average over the self-sufficient, so
    /// that group must reach ``minimumEnded`` — one self-sufficient customer's average is
    /// that customer's own days.
    public func days(_ record: ResultRecord) -> Reported<Double> {
        guard record.ended >= minimumEnded else { return .suppressed(.tooFewEnded(minimum: minimumEnded)) }
        guard record.selfSufficient >= minimumEnded else { return .suppressed(.tooFewSelfSufficient(minimum: minimumEnded)) }
        guard let days = record.meanDays else { return .suppressed(.notReported) }
        return Reported(.value(days, n: record.selfSufficient))
    }
}
