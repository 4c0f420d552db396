/// The figures a compare page shows for one programme, in the latest year that has
/// results: one ``ProviderFigures`` per authorised provider, and the programme average.
///
/// Every figure comes out as ``Reported``: cells under the thresholds in `site.yml` are
/// suppressed here, and the averages are taken over published cells only, so no figure
/// on the page is computed from a hidden one — the least-loss way to keep the hidden
/// cells safe (see ``SuppressionRule/aggregate(_:count:)``).
public struct ProgrammeComparison: Sendable {
    public var programme: Programme
    /// The year the results are from; nil when the programme has no results yet.
    public var resultYear: Int?
    /// The survey year; nil when there are no survey answers for the programme.
    public var surveyYear: Int?
    /// Egen försörjning across the providers whose own figure is published.
    public var average: Reported<Share>
    /// The programme's averages of the other measures, each over published cells only.
    public var averageDays: Reported<Double>
    public var averageReturned: Reported<Share>
    public var averageNKI: Reported<Double>
    /// Why the programme's customers ended it, other than self-sufficiency, in the result
    /// year: each reason pooled over the providers whose result is published (as
    /// ``average`` is), so no one provider's reasons are shown or can be worked out.
    public var endings: [(reason: EndingReason, share: Reported<Share>)] = []
    public var providers: [ProviderFigures]
}

/// One provider's figures in one programme.
public struct ProviderFigures: Sendable {
    public var provider: Provider
    public var selfSufficiency: Reported<Share>
    public var verdict: Verdict?
    public var meanDays: Reported<Double>
    /// Of those who reached self-sufficiency, the share who came back within 24 months.
    public var returned: Reported<Share>
    /// The NKI index: the answer-weighted mean of the NKI questions; n is the largest
    /// number of answers to any of them (roughly, the respondents).
    public var nki: Reported<Double>
    /// Whether ``nki`` is the provider's figure across all its programmes (the vendor gave
    /// none for this programme in the survey year), not this programme's alone.
    public var nkiCoversAllProgrammes = false
}

extension ProgrammeComparison {
    /// The area name whose questions make up the NKI index.
    static let nkiArea = "NKI"

    public static func compute(_ content: SiteContent, providers: [Provider]) -> [ProgrammeComparison] {
        compute(content, providers: providers, figures: SurveyMargins(content.survey, rule: content.config.suppression))
    }

    /// Which NKI a provider gets on a programme's compare page is one rule: the survey year
    /// is the latest in which any of the programme's providers has NKI answers, for the
    /// programme or across all its programmes; in it, a provider's figure for the programme
    /// wins, and its figure across all programmes stands in (marked) where there is none.
    static func compute(_ content: SiteContent, providers: [Provider], figures surveyFigures: SurveyMargins) -> [ProgrammeComparison] {
        let rule = content.config.suppression
        let nkiQuestions = Set(content.config.questions.filter { $0.area == nkiArea }.map(\.id))
        return content.config.programmes.map { programme in
            let results = content.results.filter { $0.programme.value == programme.id }
            let resultYear = results.map(\.year.value).max()
            let authorised = providers.filter { $0.programmes.contains(programme.id) }
            let authorisedIDs = Set(authorised.map(\.id))
            let survey = content.survey.filter {
                nkiQuestions.contains($0.question.value) && authorisedIDs.contains($0.provider.value)
                    && ($0.programme == nil || $0.programme?.value == programme.id)
            }
            let surveyYear = survey.map(\.year.value).max()
            var figures = authorised.map { provider -> ProviderFigures in
                let record = results.first { $0.provider.value == provider.id && $0.year.value == resultYear }
                let share = record.map { rule.result(selfSufficient: $0.selfSufficient, ended: $0.ended) }
                    ?? .suppressed(.notReported)
                let own = survey.filter { $0.provider.value == provider.id && $0.year.value == surveyYear }
                let forProgramme = own.filter { $0.programme != nil }
                let acrossProgrammes = forProgramme.isEmpty && !own.isEmpty
                let cells = acrossProgrammes ? own : forProgramme
                return ProviderFigures(
                    provider: provider, selfSufficiency: share, verdict: nil,
                    meanDays: record.map(rule.days) ?? .suppressed(.notReported),
                    returned: returned(record, rule: rule),
                    nki: nki(cells, questions: asked(nkiQuestions, in: surveyYear, content), rule: rule, figures: surveyFigures),
                    nkiCoversAllProgrammes: acrossProgrammes)
            }
            let reports = rule.secondarySuppression ? nil : reportWay(authorised.compactMap { provider in
                results.first { $0.provider.value == provider.id && $0.year.value == resultYear }
            }, rule: rule)
            let average = reports?.share ?? .pooled(figures.map(\.selfSufficiency))
            if let (mean, _) = average.published, figures.filter({ $0.selfSufficiency.published != nil }).count > 1 {
                for index in figures.indices {
                    figures[index].verdict = Verdict.compare(figures[index].selfSufficiency, with: mean.proportion)
                }
            }
            return ProgrammeComparison(programme: programme, resultYear: resultYear, surveyYear: surveyYear,
                                       average: average,
                                       averageDays: reports?.days ?? weighted(figures.map(\.meanDays)),
                                       averageReturned: reports?.returned ?? .pooled(figures.map(\.returned)),
                                       averageNKI: vendorNKI(programme.id, year: surveyYear, questions: nkiQuestions, content: content,
                                                             rule: rule, figures: surveyFigures) ?? weighted(figures.map(\.nki)),
                                       endings: EndingReason.allCases.map { reason in
                                           let year = results.filter { $0.year.value == resultYear && authorisedIDs.contains($0.provider.value) }
                                           return (reason, reports == nil ? .pooled(year.map { rule.ending(reason, $0) }) : .suppressed(.notReported))
                                       },
                                       providers: figures)
        }
    }

    /// The programme's averages the way the municipality's reports print them: over every
    /// provider, hidden cells included. Then the average's count less the shown counts is
    /// the hidden cells' total, and with one hidden cell that is the cell itself. Only the
    /// disclosure tests reach this, with ``SuppressionRule/secondarySuppression`` off, to
    /// show that their attacker finds it.
    static func reportWay(_ records: [ResultRecord], rule: SuppressionRule) -> (share: Reported<Share>, days: Reported<Double>, returned: Reported<Share>) {
        let ended = records.map(\.ended).reduce(0, +)
        let selfSufficient = records.map(\.selfSufficient).reduce(0, +)
        let share: Reported<Share> = ended > 0
            ? .unprotected(Share(successes: selfSufficient, total: ended), n: ended, rule: rule) : .suppressed(.notReported)
        let withDays = records.filter { $0.meanDays != nil && $0.selfSufficient > 0 }
        let dayWeight = withDays.map(\.selfSufficient).reduce(0, +)
        let days: Reported<Double> = dayWeight > 0
            ? .unprotected(withDays.map { $0.meanDays! * Double($0.selfSufficient) }.reduce(0, +) / Double(dayWeight), n: dayWeight, rule: rule)
            : .suppressed(.notReported)
        let withReturned = records.filter { $0.returnedWithin24Months != nil }
        let returnedBase = withReturned.map(\.selfSufficient).reduce(0, +)
        let returned: Reported<Share> = returnedBase > 0
            ? .unprotected(Share(successes: withReturned.map { $0.returnedWithin24Months! }.reduce(0, +), total: returnedBase),
                           n: returnedBase, rule: rule)
            : .suppressed(.notReported)
        return (share, days, returned)
    }

    /// The n-weighted mean of the published values; hidden ones are left out, not zero.
    static func weighted(_ values: [Reported<Double>]) -> Reported<Double> {
        Reported.weightedMean(values) ?? .suppressed(.notReported)
    }

    private static func returned(_ record: ResultRecord?, rule: SuppressionRule) -> Reported<Share> {
        record.map(rule.returned) ?? .suppressed(.notReported)
    }

    /// The NKI index, by the one rule for survey aggregates (``SuppressionRule/aggregate(_:count:)``):
    /// published only when every NKI question is published for the provider.
    static func nki(_ cells: [SurveyRecord], questions: Set<String>, rule: SuppressionRule,
                            figures: SurveyMargins) -> Reported<Double> {
        guard !questions.isEmpty else { return .suppressed(.notReported) }
        let records = questions.sorted().map { id in cells.first { $0.question.value == id } }
        return rule.aggregate(records.map { $0?.cell }, decided: records.map { record in
            record.flatMap {
                figures.figure(provider: $0.provider.value, programme: $0.programme?.value, year: $0.year.value, question: $0.question.value)
            }
        }, count: .largest)
    }

    /// The questions of `ids` the survey asked in `year`.
    private static func asked(_ ids: Set<String>, in year: Int?, _ content: SiteContent) -> Set<String> {
        guard let year else { return ids }
        return ids.filter { id in content.config.questions.first { $0.id == id }?.isAsked(in: year) ?? true }
    }

    /// The programme's NKI from the vendor's own `alla` rows for it, when they are
    /// published (``SurveyMargins`` withholds them while any figure of the question is hidden).
    private static func vendorNKI(_ programme: String, year: Int?, questions: Set<String>, content: SiteContent,
                                  rule: SuppressionRule, figures: SurveyMargins) -> Reported<Double>? {
        guard let year, !questions.isEmpty else { return nil }
        let rows = content.survey.filter {
            $0.provider.value == SurveyRecord.allProviders && $0.programme?.value == programme && $0.year.value == year
        }
        let nki = nki(rows, questions: asked(questions, in: year, content), rule: rule, figures: figures)
        return nki.published == nil ? nil : nki
    }
}
