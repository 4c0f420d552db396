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

    /// One provider's surveys; for every provider at once, ``computeAll(_:)`` groups the rows once.
    public static func compute(for provider: Provider, in content: SiteContent) -> [ProviderSurvey] {
        compute(for: provider, in: content, lookup: Lookup(content.survey))
    }

    /// Every provider's surveys by provider id, grouping the survey rows only once.
    public static func computeAll(_ content: SiteContent) -> [String: [ProviderSurvey]] {
        let lookup = Lookup(content.survey)
        return Dictionary(uniqueKeysWithValues: content.providers.map { ($0.id, compute(for: $0, in: content, lookup: lookup)) })
    }

    /// The survey rows grouped for lookup: a site has thousands, and every question of every
    /// provider needs the other providers' cells and the vendor's figure for the same key.
    struct Lookup {
        struct Key: Hashable {
            var programme: String
            var year: Int
            var question: String
        }
        var providerCells: [Key: [SurveyRecord]] = [:]
        var vendor: [Key: SurveyRecord] = [:]
        var own: [String: [Key: SurveyRecord]] = [:]

        init(_ records: [SurveyRecord]) {
            for record in records {
                guard let programme = record.programme?.value else { continue }
                let key = Key(programme: programme, year: record.year.value, question: record.question.value)
                if record.provider.value == SurveyRecord.allProviders {
                    vendor[key] = record
                } else {
                    providerCells[key, default: []].append(record)
                    own[record.provider.value, default: [:]][key] = record
                }
            }
        }
    }

    static func compute(for provider: Provider, in content: SiteContent, lookup: Lookup) -> [ProviderSurvey] {
        let rule = content.config.suppression
        func reported(_ record: SurveyRecord) -> Reported<Double> {
            switch record.cell {
            case .suppressedAtSource: return .suppressed(.suppressedAtSource)
            case .answered(let mean, let answers): return rule.survey(mean: mean, answers: answers)
            }
        }
        let own = lookup.own[provider.id] ?? [:]
        let areaNames = content.config.areas
        return content.config.programmes.filter { provider.programmes.contains($0.id) }.compactMap { programme in
            guard let year = own.keys.filter({ $0.programme == programme.id }).map(\.year).max() else { return nil }
            func key(_ question: String, _ year: Int) -> Lookup.Key { Lookup.Key(programme: programme.id, year: year, question: question) }
            func cell(_ question: String, _ year: Int) -> SurveyRecord? { own[key(question, year)] }
            let areas = areaNames.map { area -> Area in
                let questions = content.config.questions.filter { $0.area == area }.map { question -> Question in
                    let cells = (lookup.providerCells[key(question.id, year)] ?? []).map(reported)
                    let record = cell(question.id, year)
                    let value = record.map(reported) ?? .suppressed(.notReported)
                    return Question(question: question, value: value, interval: interval(value, record),
                                    previous: cell(question.id, year - 1).map(reported),
                                    average: average(cells, vendor: lookup.vendor[key(question.id, year)].map(reported)))
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
        if let vendor {
            let total = Reported.delivered(vendor, parts: cells)
            if total.published != nil { return total }
        }
        return Reported.weightedMean(cells)
    }

    /// Only a published mean gets an interval, and only with a standard deviation.
    private static func interval(_ value: Reported<Double>, _ record: SurveyRecord?) -> ClosedRange<Double>? {
        guard let (mean, n) = value.published, let spread = record?.standardDeviation else { return nil }
        return MeanInterval.of(mean: mean, standardDeviation: spread, answers: n)
    }
}
