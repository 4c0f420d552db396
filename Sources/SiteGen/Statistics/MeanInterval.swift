/// A 95 % confidence interval for a survey mean, when the survey export gives the answers'
/// standard deviation: mean ± t(0.975, n − 1) · s / √n, kept within the scale.
///
/// With only a mean and a count there is no honest interval (the spread of the answers is
/// unknown), so the site shows one only "where the data allow": when `standardavvikelse`
/// is filled in. Student's t rather than 1.96, because survey cells are small — with 5
/// answers t is 2.776 and the interval 40 % wider than a normal one would claim.
public enum MeanInterval {
    /// The interval, or nil with fewer than two answers (no spread can be estimated).
    public static func of(mean: Double, standardDeviation: Double, answers: Int,
                          scale: ClosedRange<Double> = 1...5) -> ClosedRange<Double>? {
        guard answers >= 2, standardDeviation >= 0 else { return nil }
        let half = t975(degreesOfFreedom: answers - 1) * standardDeviation / Double(answers).squareRoot()
        return max(scale.lowerBound, mean - half)...min(scale.upperBound, mean + half)
    }

    /// The largest sample standard deviation answers on `scale` can have with this mean
    /// (Bhatia–Davis: the variance is at most (mean − low)(high − mean), times n/(n − 1)
    /// for a sample); a larger one in a file is a mistake, often a variance.
    public static func largestStandardDeviation(mean: Double, answers: Int, scale: ClosedRange<Double> = 1...5) -> Double {
        let variance = max(0, (mean - scale.lowerBound) * (scale.upperBound - mean))
        return (variance * Double(answers) / Double(max(answers - 1, 1))).squareRoot()
    }

    /// Student's t, two-sided 95 %: exact table values for 1–30 degrees of freedom, then
    /// linear in 1/df between 30, 40, 60, 120 and ∞, the usual way to read a t table.
    static func t975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1)
        if df <= table.count { return table[df - 1] }
        let knots: [(df: Double, t: Double)] = [(30, 2.042), (40, 2.021), (60, 2.000), (120, 1.980), (.infinity, 1.960)]
        let x = 1 / Double(df)
        for (upper, lower) in zip(knots, knots.dropFirst()) where Double(df) <= lower.df {
            let (x0, x1) = (1 / upper.df, lower.df.isInfinite ? 0 : 1 / lower.df)
            return upper.t + (lower.t - upper.t) * (x0 - x) / (x0 - x1)
        }
        return 1.960
    }

    private static let table: [Double] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ]
}
