/// The NKI index year by year, for one provider or for all providers together, in one
/// programme or across all programmes.
///
/// A year's NKI comes from one of two places, never both (``SurveyValidator`` keeps a
/// year to one): an `NKI` row, where the report gave only the index (the history since
/// 2016), or the NKI questions of the year, by the one rule for survey aggregates
/// (``SuppressionRule/aggregate(_:count:)``). Either way through ``SurveyMargins`` and
/// ``Reported``, so a year hidden anywhere on the site is hidden in the trend too.
public struct SurveyTrend: Sendable {
    /// A provider id, or ``SurveyRecord/allProviders``.
    public var provider: String
    /// nil for every programme together.
    public var programme: Programme?
    /// Oldest first; only years with a row for the provider in this programme.
    public var years: [Year]

    public struct Year: Sendable {
        public var year: Int
        public var nki: Reported<Double>
        /// For a provider, all providers' NKI in the same programme and year: the vendor's
        /// own figure when it is published, otherwise the weighted mean of the shown ones.
        public var average: Reported<Double>?
        /// Whether the index was built from other questions than the year before
        /// (`firstYear`/`lastYear` in `site.yml`), so that the two do not compare.
        public var questionsChanged: Bool
    }

    /// Every trend of the site, from one grouping of the survey.
    public struct All: Sendable {
        /// By provider id: one per programme it offers, then the one across all its
        /// programmes; each only with two years or more, since one year is no trend.
        public var providers: [String: [SurveyTrend]]
        /// All providers together, by programme id.
        public var programmes: [String: SurveyTrend]
        /// All providers and programmes together.
        public var allProgrammes: SurveyTrend
    }

    static func computeAll(_ content: SiteContent, figures: SurveyMargins) -> All {
        let index = Index(content, figures: figures)
        return All(
            providers: Dictionary(uniqueKeysWithValues: content.providers.map { provider in
                let scopes: [Programme?] = content.config.programmes.filter { provider.programmes.contains($0.id) } + [nil]
                return (provider.id, scopes.map { index.trend(provider.id, $0, withAverage: true) }.filter { $0.years.count >= 2 })
            }),
            programmes: Dictionary(uniqueKeysWithValues: content.config.programmes.map {
                ($0.id, index.trend(SurveyRecord.allProviders, $0, withAverage: false))
            }),
            allProgrammes: index.trend(SurveyRecord.allProviders, nil, withAverage: false))
    }

    /// The survey's NKI rows and NKI question rows, grouped once.
    struct Index {
        struct Key: Hashable {
            var provider: String
            var programme: String?
            var year: Int
        }
        let content: SiteContent
        let figures: SurveyMargins
        let nkiQuestions: Set<String>
        var rows: [Key: [SurveyRecord]] = [:]

        init(_ content: SiteContent, figures: SurveyMargins) {
            self.content = content
            self.figures = figures
            nkiQuestions = Set(content.config.questions.filter { $0.area == ProgrammeComparison.nkiArea }.map(\.id))
            for record in content.survey where record.isIndexRow || nkiQuestions.contains(record.question.value) {
                rows[Key(provider: record.provider.value, programme: record.programme?.value, year: record.year.value), default: []].append(record)
            }
        }

        /// A provider's trend, or with ``SurveyRecord/allProviders`` all providers' (the
        /// vendor's figure, or the weighted mean of the shown ones: see ``average(_:_:)``),
        /// in every year any provider has a row for the programme (for all programmes, any row).
        func trend(_ provider: String, _ programme: Programme?, withAverage: Bool) -> SurveyTrend {
            let everyone = provider == SurveyRecord.allProviders
            let years = Set(rows.keys.filter {
                everyone ? (programme == nil || $0.programme == programme?.id) : $0.provider == provider && $0.programme == programme?.id
            }.map(\.year)).sorted()
            return SurveyTrend(provider: provider, programme: programme, years: years.map { year in
                Year(year: year, nki: (everyone ? average(programme?.id, year) : nki(provider, programme?.id, year)) ?? .suppressed(.notReported),
                     average: withAverage ? average(programme?.id, year) : nil,
                     questionsChanged: years.contains(year - 1) && isIndexYear(year) == isIndexYear(year - 1)
                         && asked(in: year) != asked(in: year - 1))
            })
        }

        private func isIndexYear(_ year: Int) -> Bool {
            rows.contains { $0.key.year == year && $0.value.contains(where: \.isIndexRow) }
        }

        private func asked(in year: Int) -> Set<String> {
            nkiQuestions.filter { id in content.config.questions.first { $0.id == id }?.isAsked(in: year) ?? true }
        }

        /// One provider's (or the vendor's) NKI in a programme and year; nil without rows.
        func nki(_ provider: String, _ programme: String?, _ year: Int) -> Reported<Double>? {
            guard let own = rows[Key(provider: provider, programme: programme, year: year)] else { return nil }
            if let row = own.first(where: \.isIndexRow) {
                return figures.figure(provider: provider, programme: programme, year: year, question: row.question.value)
            }
            return ProgrammeComparison.nki(own, questions: asked(in: year), rule: content.config.suppression, figures: figures)
        }

        /// All providers' NKI in a programme (or across all) and year: the vendor's figure
        /// when published, otherwise the weighted mean of the shown providers' figures —
        /// across all programmes, each provider's own across-programmes figure, or its
        /// per-programme figures where it has none.
        func average(_ programme: String?, _ year: Int) -> Reported<Double>? {
            let vendor = nki(SurveyRecord.allProviders, programme, year)
            if let vendor, vendor.published != nil { return vendor }
            let keys = rows.keys.filter { $0.year == year && $0.provider != SurveyRecord.allProviders }
            let chosen = programme.map { programme in keys.filter { $0.programme == programme } } ?? {
                let margins = keys.filter { $0.programme == nil }
                let withMargin = Set(margins.map(\.provider))
                return margins + keys.filter { $0.programme != nil && !withMargin.contains($0.provider) }
            }()
            // With nothing shown to average, the vendor's hidden figure says why.
            return Reported.weightedMean(chosen.compactMap { nki($0.provider, $0.programme, $0.year) }) ?? vendor
        }
    }
}
