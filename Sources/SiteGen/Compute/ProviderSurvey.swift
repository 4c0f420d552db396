/// A provider's survey results in one programme for the latest survey year, by area.
///
/// Leak-safe by construction: the all-provider average of a question is the
/// answer-weighted mean of the *published* provider cells, and an area index follows
/// ``SuppressionRule/aggregate(_:count:)`` — shown only when every question of the area
/// is published — so each is a function of figures already on the page and cannot
/// reveal a hidden one. `Tests/SiteGenTests/Disclosure` tries to, as an attacker would.
public struct ProviderSurvey: Sendable {
    public var programme: Programme
    public var year: Int
    public var areas: [Area]

    public struct Area: Sendable {
        public var name: String
        public var index: Reported<Double>
        public var questions: [Question]
    }

    public struct Question: Sendable {
        public var question: SurveyQuestion
        public var value: Reported<Double>
        /// The 95 % interval of a published mean, when the export gave its standard deviation.
        public var interval: ClosedRange<Double>?
        public var previous: Reported<Double>?
        public var average: Reported<Double>?
    }

    public static func compute(for provider: Provider, in content: SiteContent) -> [ProviderSurvey] {
        let rule = content.config.suppression
        func reported(_ record: SurveyRecord) -> Reported<Double> {
            switch record.cell {
            case .suppressedAtSource: return .suppressed(.suppressedAtSource)
            case .answered(let mean, let answers): return rule.survey(mean: mean, answers: answers)
            }
        }
        return content.config.programmes.filter { provider.programmes.contains($0.id) }.compactMap { programme in
            let rows = content.survey.filter { $0.programme?.value == programme.id && $0.provider.value != SurveyRecord.allProviders }
            let own = rows.filter { $0.provider.value == provider.id }
            guard let year = own.map(\.year.value).max() else { return nil }
            func cell(_ question: String, _ year: Int) -> SurveyRecord? {
                own.first { $0.question.value == question && $0.year.value == year }
            }
            var areaNames: [String] = []
            for question in content.config.questions where !areaNames.contains(question.area) { areaNames.append(question.area) }
            let areas = areaNames.map { area -> Area in
                let questions = content.config.questions.filter { $0.area == area }.map { question -> Question in
                    let cells = rows.filter { $0.question.value == question.id && $0.year.value == year }.map(reported)
                    let vendor = content.survey.first {
                        $0.provider.value == SurveyRecord.allProviders && $0.programme?.value == programme.id
                            && $0.question.value == question.id && $0.year.value == year
                    }
                    let record = cell(question.id, year)
                    let value = record.map(reported) ?? .suppressed(.notReported)
                    return Question(question: question, value: value, interval: interval(value, record),
                                    previous: cell(question.id, year - 1).map(reported),
                                    average: average(cells, vendor: vendor.map(reported)))
                }
                let cells = content.config.questions.filter { $0.area == area }.map { cell($0.id, year)?.cell }
                return Area(name: area, index: rule.aggregate(cells), questions: questions)
            }
            return ProviderSurvey(programme: programme, year: year, areas: areas)
        }
    }

    /// The all-provider average of a question: the vendor's own figure (an `alla` row)
    /// only while every provider cell is shown — with a cell hidden, the vendor's total n
    /// less the shown n's would give the hidden count away, and its mean the hidden mean —
    /// otherwise the answer-weighted mean of the shown cells, which cannot reveal anything.
    static func average(_ cells: [Reported<Double>], vendor: Reported<Double>?) -> Reported<Double>? {
        let shown = cells.filter { $0.published != nil }
        if let vendor, vendor.published != nil, shown.count == cells.count { return vendor }
        return WeightedMean.of(shown)
    }

    /// Only a published mean gets an interval, and only with a standard deviation.
    private static func interval(_ value: Reported<Double>, _ record: SurveyRecord?) -> ClosedRange<Double>? {
        guard let (mean, n) = value.published, let spread = record?.standardDeviation else { return nil }
        return MeanInterval.of(mean: mean, standardDeviation: spread, answers: n)
    }
}
