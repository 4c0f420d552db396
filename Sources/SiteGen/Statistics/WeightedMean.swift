/// The answer-weighted mean of survey means: Σ(meanᵢ·nᵢ) / Σnᵢ, the rule the
/// municipality's report uses for area indexes and all-provider figures.
///
/// It takes only published cells: a suppressed cell cannot be passed in, which is the
/// point of ``Reported``. If any input is suppressed the caller must decide — the
/// disclosure-control step decides whether the aggregate is still safe to publish.
public enum WeightedMean {
    public static func of(_ cells: [Reported<Double>]) -> Reported<Double>? {
        var sum = 0.0
        var answers = 0
        for cell in cells {
            guard let (mean, n) = cell.published else { return nil }
            sum += mean * Double(n)
            answers += n
        }
        guard answers > 0 else { return nil }
        return .value(sum / Double(answers), n: answers)
    }
}
