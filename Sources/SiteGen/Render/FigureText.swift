/// How a reported figure reads in a cell: the number in Swedish form, its group size and
/// uncertainty in plain words, or — for a hidden figure — why it is hidden.
enum FigureText {
    static func share(_ share: Reported<Share>, verdict: Verdict?) -> CellView {
        switch share {
        case .value(let share, let n):
            let interval = share.wilsonInterval
            let range = "troligen \(SwedishFormat.decimal(interval.lowerBound * 100, decimals: 0))–\(SwedishFormat.percent(interval.upperBound))"
            return CellView(text: SwedishFormat.percent(share.proportion),
                            detail: "\(share.successes) av \(n) avslut, \(range)",
                            verdict: verdict.map(text), suppressed: false)
        case .suppressed(let reason):
            return hidden(reason)
        }
    }

    static func mean(_ mean: Reported<Double>, showCount: Bool = true) -> CellView {
        switch mean {
        case .value(let mean, let n):
            return CellView(text: "\(SwedishFormat.decimal(mean, decimals: 2)) av 5", detail: showCount ? "\(n) svar" : nil,
                            verdict: nil, suppressed: false)
        case .suppressed(let reason):
            return hidden(reason)
        }
    }

    /// A cell with nothing to show: no row for that year, or no published figure to average.
    static let empty = CellView(text: "–", detail: nil, verdict: nil, suppressed: false)

    static func days(_ days: Reported<Double>) -> CellView {
        switch days {
        case .value(let days, _):
            return CellView(text: "\(SwedishFormat.decimal(days, decimals: 0)) dagar", detail: nil, verdict: nil, suppressed: false)
        case .suppressed(let reason):
            return hidden(reason)
        }
    }

    static func text(_ verdict: Verdict) -> String {
        switch verdict {
        case .higher: return "Högre än snittet"
        case .indistinguishable: return "Går inte att skilja från snittet"
        case .lower: return "Lägre än snittet"
        }
    }

    static func hidden(_ reason: SuppressionReason) -> CellView {
        switch reason {
        case .tooFewEnded(let minimum):
            return CellView(text: "För få avslut", detail: "färre än \(minimum), visas inte", verdict: nil, suppressed: true)
        case .tooFewAnswers(let minimum):
            return CellView(text: "För få svar", detail: "färre än \(minimum), visas inte", verdict: nil, suppressed: true)
        case .suppressedAtSource:
            return CellView(text: "För få svar", detail: "dolt i enkätrapporten", verdict: nil, suppressed: true)
        case .protectsAnother:
            return CellView(text: "Dold", detail: "för att skydda en annan uppgift", verdict: nil, suppressed: true)
        case .notReported:
            return CellView(text: "Uppgift saknas", detail: nil, verdict: nil, suppressed: true)
        }
    }
}
