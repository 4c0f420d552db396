/// How a reported figure reads in a cell: the number in Swedish form, its group size and
/// uncertainty in plain words, or — for a hidden figure — why it is hidden.
enum FigureText {
    /// A share of ended programmes: "45 %", "27 av 60 avslut, troligen 33–58 %", and with
    /// `average` a strip picturing the interval against it.
    static func share(_ share: Reported<Share>, verdict: Verdict?, average: Reported<Share>? = nil) -> CellView {
        switch share.figure {
        case .value(let share, let n):
            return CellView(text: SwedishFormat.percent(share.proportion),
                            detail: "\(share.successes) av \(n) avslut, \(likely(share))",
                            verdict: verdict.map(text), suppressed: false,
                            range: average.map { range(share, average: $0.published?.value.proportion) })
        case .suppressed(let reason):
            return hidden(reason)
        }
    }

    /// Durability: of those who reached self-sufficiency, how many came back within 24 months.
    static func returned(_ share: Reported<Share>) -> CellView {
        switch share.figure {
        case .value(let share, _):
            return CellView(text: SwedishFormat.percent(share.proportion),
                            detail: "\(share.successes) av \(share.total) kom tillbaka, \(likely(share))",
                            verdict: nil, suppressed: false)
        case .suppressed(let reason):
            return hidden(reason)
        }
    }

    /// An average over providers: no interval, since it is not a sample of one group.
    static func averageShare(_ share: Reported<Share>, unit: String) -> CellView {
        guard let (share, n) = share.published else { return empty }
        return CellView(text: SwedishFormat.percent(share.proportion), detail: "\(share.successes) av \(n) \(unit)",
                        verdict: nil, suppressed: false)
    }

    /// How a reason for ending reads on the page.
    static func label(_ reason: EndingReason) -> String {
        switch reason {
        case .otherProgramme: "Gick över till en annan insats"
        case .moved: "Flyttade"
        case .illness: "Blev sjuka"
        case .dissatisfied: "Var missnöjda med anordnaren"
        case .other: "Annat skäl"
        }
    }

    /// "troligen 33–58 %": the 95 % Wilson interval in words.
    static func likely(_ share: Share) -> String {
        let interval = share.wilsonInterval
        return "troligen \(SwedishFormat.decimal(interval.lowerBound * 100, decimals: 0))–\(SwedishFormat.percent(interval.upperBound))"
    }

    static func range(_ share: Share, average: Double?) -> RangeView {
        let interval = share.wilsonInterval
        func x(_ proportion: Double) -> String { SVGNumber.text(proportion * 100) }
        return RangeView(low: x(interval.lowerBound), width: x(interval.upperBound - interval.lowerBound),
                         point: x(share.proportion), average: average.map(x))
    }

    /// A survey mean: "3,67 av 5", "9 svar", and with an interval "9 svar, troligen 3,2–4,1".
    static func mean(_ mean: Reported<Double>, showCount: Bool = true, interval: ClosedRange<Double>? = nil) -> CellView {
        switch mean.figure {
        case .value(let mean, let n):
            let likely = interval.map {
                "troligen \(SwedishFormat.decimal($0.lowerBound, decimals: 1))–\(SwedishFormat.decimal($0.upperBound, decimals: 1))"
            }
            let detail = [showCount ? "\(n) svar" : nil, likely].compactMap { $0 }.joined(separator: ", ")
            return CellView(text: "\(SwedishFormat.decimal(mean, decimals: 2)) av 5", detail: detail.isEmpty ? nil : detail,
                            verdict: nil, suppressed: false)
        case .suppressed(let reason):
            return hidden(reason)
        }
    }

    /// A provider's NKI on a compare or side-by-side page; a figure across all the
    /// provider's programmes says so on the cell.
    static func nki(_ figures: ProviderFigures) -> CellView {
        var cell = mean(figures.nki)
        if figures.nkiCoversAllProgrammes && figures.nki.published != nil {
            cell.detail = [cell.detail, "alla insatser"].compactMap { $0 }.joined(separator: ", ")
        }
        return cell
    }

    /// What "alla insatser" on an NKI cell means, under a table that has one.
    static let allProgrammesNote = "”Alla insatser” vid nöjdheten betyder att enkäten redovisar anordnarens svar för alla dess insatser tillsammans, inte bara för den här. Finns svar för just den här insatsen samma år visas de i stället."

    /// A cell with nothing to show: no row for that year, or no published figure to average.
    static let empty = CellView(text: "–", detail: nil, verdict: nil, suppressed: false)

    static func days(_ days: Reported<Double>) -> CellView {
        switch days.figure {
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
        case .tooFewSelfSufficient(let minimum):
            return CellView(text: "För få med egen försörjning", detail: "färre än \(minimum), visas inte", verdict: nil, suppressed: true)
        case .protectsAnother:
            return CellView(text: "Dold", detail: "för att skydda en annan uppgift", verdict: nil, suppressed: true)
        case .notReported:
            return CellView(text: "Uppgift saknas", detail: nil, verdict: nil, suppressed: true)
        }
    }
}
