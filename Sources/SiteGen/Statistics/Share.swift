import Foundation

/// A share of a group, such as the customers whose programme ended in self-sufficiency.
public struct Share: Sendable, Hashable {
    public var successes: Int
    public var total: Int

    public init(successes: Int, total: Int) {
        precondition(total > 0 && (0...total).contains(successes), "a share needs 0 ≤ successes ≤ total, total > 0")
        self.successes = successes
        self.total = total
    }

    public var proportion: Double { Double(successes) / Double(total) }

    /// The 95 % Wilson score interval.
    ///
    /// Wilson's interval stays inside 0–1 and behaves well for small groups and shares
    /// near 0 or 1, where the textbook p ± 1.96·SE interval fails (it gives 0–0 for 0 of
    /// 10). Reference values: Newcombe (1998), Statistics in Medicine 17:857–872,
    /// table I, method 3 — e.g. 81 of 263 gives 0.2553–0.3662.
    public var wilsonInterval: ClosedRange<Double> {
        let z = 1.959963984540054
        let n = Double(total)
        let p = proportion
        let denominator = 1 + z * z / n
        let centre = (p + z * z / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / denominator
        return max(0, centre - half)...min(1, centre + half)
    }
}

/// How a provider's share compares with its programme's average, said only when the
/// interval supports it.
public enum Verdict: Sendable, Hashable {
    case higher
    case indistinguishable
    case lower

    /// Higher when the whole 95 % interval lies above `average`, lower when it lies
    /// below, otherwise indistinguishable. A suppressed share gets no verdict at all.
    public static func compare(_ share: Reported<Share>, with average: Double) -> Verdict? {
        guard let (share, _) = share.published else { return nil }
        let interval = share.wilsonInterval
        if interval.lowerBound > average { return .higher }
        if interval.upperBound < average { return .lower }
        return .indistinguishable
    }
}
