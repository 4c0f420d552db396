/// Which survey figures may be published when the vendor delivers a two-way table.
///
/// For one question in one year the survey can hold four kinds of figure, and they add
/// up to each other (in answers, and in answers × mean):
///
///     cell      provider × programme          fyrbaken;grund;2022;…
///     margin    provider, all its programmes  fyrbaken;;2023;…        = Σ its cells
///     column    programme, all providers      alla;grund;2023;…       = Σ the programme's cells
///     total     everyone                      alla;;2023;…            = Σ margins = Σ columns
///
/// The municipality's report prints the margins, the columns and the total, and hides the
/// small margins; but Σ columns − Σ shown margins is the hidden margin. So after the
/// minimum-frequency rule, the rule here hides what would give a hidden figure back, the
/// least-loss way (``SuppressionRule/aggregate(_:count:)`` explains the choice):
/// 1. A margin is hidden when one of its own cells is: the margin less the shown cells is
///    the hidden one.
/// 2. The vendor's figures (columns and total, the `alla` rows) are hidden when *any*
///    row of the same question and year is — a cell, a margin, or one of their own, for
///    whatever reason: the total, the columns and the margins are three ways of adding up
///    to the same customers, so with one figure missing the others give it back (a small
///    column is the total less the other columns). An average across providers is then
///    taken over the shown figures instead.
/// 3. A total (a margin, a column or the total) whose parts are in the file is hidden when
///    it holds a small group no row accounts for (1 to `minimumAnswers` − 1 answers more
///    than its parts, for every way of splitting it the file has): the difference would be
///    that small group.
/// 4. A hidden total with parts in the file (a margin with cells, every vendor row) says
///    only that it protects another figure, never "too few answers": a whole known to be
///    small would bound its hidden parts (two cells in a margin under 5 have 1–3 each).
///
/// Hiding is all this does; a published figure still comes only from ``Reported``.
/// With ``SuppressionRule/secondarySuppression`` off (the disclosure tests only), every
/// figure gets the minimum-frequency rule alone, as the report does.
struct SurveyMargins: Sendable {
    struct Key: Hashable, Sendable {
        var provider: String
        /// nil for every programme together.
        var programme: String?
        var year: Int
        var question: String
    }

    private var figures: [Key: Reported<Double>] = [:]

    init(_ records: [SurveyRecord], rule: SuppressionRule) {
        let groups = Dictionary(grouping: records) { GroupKey(year: $0.year.value, question: $0.question.value) }
        for (group, rows) in groups {
            for (key, figure) in Self.decide(rows, rule: rule) {
                figures[Key(provider: key.provider, programme: key.programme, year: group.year, question: group.question)] = figure
            }
        }
    }

    /// The figure of a row, or nil when the survey has no such row.
    func figure(provider: String, programme: String?, year: Int, question: String) -> Reported<Double>? {
        figures[Key(provider: provider, programme: programme, year: year, question: question)]
    }

    private struct GroupKey: Hashable {
        var year: Int
        var question: String
    }

    private struct RowKey: Hashable {
        var provider: String
        var programme: String?
    }

    /// Every row of one question in one year.
    private static func decide(_ rows: [SurveyRecord], rule: SuppressionRule) -> [RowKey: Reported<Double>] {
        func primary(_ record: SurveyRecord) -> Reported<Double> {
            switch record.cell {
            case .suppressedAtSource: return .suppressed(.suppressedAtSource)
            case .answered(let mean, let answers): return rule.survey(mean: mean, answers: answers)
            }
        }
        func answers(_ record: SurveyRecord) -> Int? {
            if case .answered(_, let answers) = record.cell { return answers }
            return nil
        }
        /// Whether `total` holds a small group none of `parts` accounts for.
        func hidesSmallRemainder(_ total: SurveyRecord, _ parts: [SurveyRecord]) -> Bool {
            guard !parts.isEmpty, let whole = answers(total) else { return false }
            let counted = parts.compactMap(answers)
            guard counted.count == parts.count else { return false }
            let rest = whole - counted.reduce(0, +)
            return rest > 0 && rest < rule.minimumAnswers
        }
        let isVendor = { (record: SurveyRecord) in record.provider.value == SurveyRecord.allProviders }
        var result = Dictionary(rows.map { (RowKey(provider: $0.provider.value, programme: $0.programme?.value), primary($0)) }) { first, _ in first }
        guard rule.secondarySuppression else { return result }
        let cells = rows.filter { !isVendor($0) && $0.programme != nil }
        let margins = rows.filter { !isVendor($0) && $0.programme == nil }
        func key(_ record: SurveyRecord) -> RowKey { RowKey(provider: record.provider.value, programme: record.programme?.value) }
        func isHidden(_ record: SurveyRecord) -> Bool { result[key(record)]?.published == nil }
        func hide(_ record: SurveyRecord) { result[key(record)] = .suppressed(.protectsAnother) }
        // 1 and 3 for margins.
        for margin in margins {
            let own = cells.filter { $0.provider.value == margin.provider.value }
            if own.contains(where: isHidden) || hidesSmallRemainder(margin, own) { hide(margin) }
            // A hidden margin does not say which side of the threshold it is on: a small
            // whole would bound its hidden parts (two cells in a margin under 5 have 1–3 each).
            else if isHidden(margin) && !own.isEmpty { hide(margin) }
        }
        // 3 for the vendor's figures, against every way of splitting them the file has.
        let columns = rows.filter { isVendor($0) && $0.programme != nil }
        let providers = Set((cells + margins).map(\.provider.value))
        let perProvider = providers.flatMap { provider in
            margins.filter { $0.provider.value == provider }.isEmpty
                ? cells.filter { $0.provider.value == provider } : margins.filter { $0.provider.value == provider }
        }
        for vendor in rows where isVendor(vendor) {
            let partitions: [[SurveyRecord]] = vendor.programme.map { programme in
                [cells.filter { $0.programme?.value == programme.value }]
            } ?? [margins, columns, cells, perProvider]
            if partitions.contains(where: { hidesSmallRemainder(vendor, $0) }) { hide(vendor) }
        }
        // 2: once any row of the question and year is hidden, for any reason, every vendor
        // row is, and says only that it protects another: the total, the columns and the
        // margins are three ways of adding up to the same customers, and with one figure
        // missing the others would give it back.
        if rows.contains(where: isHidden) {
            for vendor in rows where isVendor(vendor) { hide(vendor) }
        }
        return result
    }
}
