/// A figure as it may be published: either the value with the size of the group behind
/// it, or the reason it is withheld.
///
/// Suppression is a type so that nothing can average, total or chart a hidden number by
/// accident: code that wants the value must handle `.suppressed`, and there is no
/// property that hands out a hidden value.
public enum Reported<Value: Sendable>: Sendable {
    case value(Value, n: Int)
    case suppressed(SuppressionReason)

    /// The value when it is published, else nil.
    public var published: (value: Value, n: Int)? {
        if case .value(let value, let n) = self { return (value, n) }
        return nil
    }

    public func map<T: Sendable>(_ transform: (Value) -> T) -> Reported<T> {
        switch self {
        case .value(let value, let n): return .value(transform(value), n: n)
        case .suppressed(let reason): return .suppressed(reason)
        }
    }
}

extension Reported: Equatable where Value: Equatable {}

/// Why a figure is not shown; each reason has its own words on the page.
public enum SuppressionReason: Sendable, Hashable {
    /// Fewer survey answers than the rule's minimum ("För få svar").
    case tooFewAnswers(minimum: Int)
    /// Fewer ended programmes than the rule's minimum ("För få avslut").
    case tooFewEnded(minimum: Int)
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
        answers >= minimumAnswers ? .value(mean, n: answers) : .suppressed(.tooFewAnswers(minimum: minimumAnswers))
    }

    /// Durability: of the self-sufficient, the share who came back within 24 months. It is
    /// a share of the self-sufficient, so that group too must reach ``minimumEnded``, as
    /// must the ended programmes it comes from.
    public func returned(_ record: ResultRecord) -> Reported<Share> {
        guard let returned = record.returnedWithin24Months else { return .suppressed(.notReported) }
        guard record.ended >= minimumEnded else { return .suppressed(.tooFewEnded(minimum: minimumEnded)) }
        return result(selfSufficient: returned, ended: record.selfSufficient)
    }

    /// Applies the minimum-frequency rule to a result cell: shown when `ended` is at
    /// least ``minimumEnded``.
    public func result(selfSufficient: Int, ended: Int) -> Reported<Share> {
        ended >= minimumEnded
            ? .value(Share(successes: selfSufficient, total: ended), n: ended)
            : .suppressed(.tooFewEnded(minimum: minimumEnded))
    }
}
