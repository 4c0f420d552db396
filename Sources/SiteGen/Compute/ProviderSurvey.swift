/// A provider's survey results in one programme, or across all its programmes, for the
/// latest survey year of each, by area.
///
/// Leak-safe by construction: the all-provider average of a question is the
/// answer-weighted mean of the *published* provider cells, and an area index follows
/// ``SuppressionRule/aggregate(_:count:)`` — shown only when every question of the area
/// is published — so each is a function of figures already on the page and cannot
/// reveal a hidden one. `Tests/SiteGenTests/Disclosure` tries to, as an attacker would.
public struct ProviderSurvey: Sendable {
    /// The programme the answers are from; nil for the provider's answers across all its
    /// programmes (how the vendor's yearly report gives them).
    public var programme: Programme?
    public var year: Int
    public var areas: [Area]

    public struct Area: Sendable {
        public var name: String
        public var index: Reported<Double>
        public var questions: [Question]
        /// Whether the survey asked other questions in this area the year before, so that the
        /// index does not compare with last year's (`firstYear`/`lastYear` in `site.yml`).
        public var questionsChanged = false
    }

    public struct Question: Sendable {
        public var question: SurveyQuestion
        public var value: Reported<Double>
        /// The 95 % interval of a published mean, when the export gave its standard deviation.
        public var interval: ClosedRange<Double>?
        public var previous: Reported<Double>?
        public var average: Reported<Double>?
    }

    /// One provider's surveys.
    public static func compute(for provider: Provider, in content: SiteContent) -> [ProviderSurvey] {
        let figures = SurveyMargins(content.survey, rule: content.config.suppression)
        return compute(for: provider, in: content, lookup: Lookup(content.survey), figures: figures)
    }

    /// Every provider's surveys by provider id: one per programme with answers, in
    /// `site.yml` order, then the one across all its programmes, each in its latest year.
    public static func computeAll(_ content: SiteContent) -> [String: [ProviderSurvey]] {
        computeAll(content, figures: SurveyMargins(content.survey, rule: content.config.suppression))
    }

    static func computeAll(_ content: SiteContent, figures: SurveyMargins) -> [String: [ProviderSurvey]] {
        let lookup = Lookup(content.survey)
        return Dictionary(uniqueKeysWithValues: content.providers.map {
            ($0.id, compute(for: $0, in: content, lookup: lookup, figures: figures))
        })
    }

    /// The survey rows grouped for lookup: a site has thousands, and every question of every
    /// provider needs the other providers' figures for the same key.
    struct Lookup {
        struct Key: Hashable {
            /// nil for all programmes together.
            var programme: String?
            var year: Int
            var question: String
        }
        var providers: [Key: [SurveyRecord]] = [:]
        var own: [String: [Key: SurveyRecord]] = [:]

        init(_ records: [SurveyRecord]) {
            // The NKI index rows are the history (``SurveyTrend``), not a year's questions.
            for record in records where record.provider.value != SurveyRecord.allProviders && !record.isIndexRow {
                let key = Key(programme: record.programme?.value, year: record.year.value, question: record.question.value)
                providers[key, default: []].append(record)
                own[record.provider.value, default: [:]][key] = record
            }
        }
    }

    static func compute(for provider: Provider, in content: SiteContent, lookup: Lookup, figures: SurveyMargins) -> [ProviderSurvey] {
        let rule = content.config.suppression
        let own = lookup.own[provider.id] ?? [:]
        let areaNames = content.config.areas
        let scopes: [Programme?] = content.config.programmes.filter { provider.programmes.contains($0.id) } + [nil]
        return scopes.compactMap { programme in
            let scope = programme?.id
            guard let year = own.keys.filter({ $0.programme == scope }).map(\.year).max() else { return nil }
            func figure(_ providerID: String, _ question: String, _ year: Int) -> Reported<Double>? {
                figures.figure(provider: providerID, programme: scope, year: year, question: question)
            }
            let areas = areaNames.compactMap { area -> Area? in
                let inArea = content.config.questions.filter { $0.area == area && $0.isAsked(in: year) }
                guard !inArea.isEmpty else { return nil }
                let askedBefore = content.config.questions.filter { $0.area == area && $0.isAsked(in: year - 1) }
                let questions = inArea.map { question -> Question in
                    let record = own[Lookup.Key(programme: scope, year: year, question: question.id)]
                    let value = figure(provider.id, question.id, year) ?? .suppressed(.notReported)
                    let others = (lookup.providers[Lookup.Key(programme: scope, year: year, question: question.id)] ?? [])
                        .compactMap { figure($0.provider.value, question.id, year) }
                    return Question(question: question, value: value, interval: interval(value, record),
                                    previous: figure(provider.id, question.id, year - 1),
                                    average: average(others, vendor: figure(SurveyRecord.allProviders, question.id, year)))
                }
                let cells = inArea.map { own[Lookup.Key(programme: scope, year: year, question: $0.id)]?.cell }
                return Area(name: area, index: rule.aggregate(cells, decided: questions.map(\.value)), questions: questions,
                            questionsChanged: askedBefore.map(\.id) != inArea.map(\.id))
            }
            return ProviderSurvey(programme: programme, year: year, areas: areas)
        }
    }

    /// The all-provider average of a question: the vendor's own figure (an `alla` row) when
    /// it is published — ``SurveyMargins`` withholds it while any figure of the question is
    /// hidden — otherwise the answer-weighted mean of the shown figures, which cannot reveal anything.
    static func average(_ figures: [Reported<Double>], vendor: Reported<Double>?) -> Reported<Double>? {
        if let vendor, vendor.published != nil { return vendor }
        return Reported.weightedMean(figures)
    }

    /// Only a published mean gets an interval, and only with a standard deviation.
    private static func interval(_ value: Reported<Double>, _ record: SurveyRecord?) -> ClosedRange<Double>? {
        guard let (mean, n) = value.published, let spread = record?.standardDeviation else { return nil }
        return MeanInterval.of(mean: mean, standardDeviation: spread, answers: n)
    }
}
