/// The NKI year by year: a table with one or two figure columns, and the first column
/// as a chart.
struct TrendView: Sendable {
    var id: String
    var title: String
    var caption: String
    var columns: [TrendColumnView]
    var rows: [TrendRowView]
    var chart: ChartView?
    /// Under the table, when a year's index was built from other questions than the year before.
    var changeNote: String?
}

struct TrendColumnView: Sendable {
    var name: String
}

struct TrendRowView: Sendable {
    var year: String
    /// "frågorna ändrades" beside a year whose index does not compare with the year before.
    var mark: String?
    var values: [CellView]
}

extension TrendView {
    static let changeMark = "andra frågor än året före"

    /// A provider's NKI with all providers' beside it.
    init(providerTrend trend: SurveyTrend, providerName: String) {
        let scope = trend.programme?.name ?? "alla insatser"
        self.init(series: trend.years.map { ($0.year, [$0.nki, $0.average ?? .suppressed(.notReported)], $0.questionsChanged) },
                  id: "nki-over-tid-\(trend.programme?.id ?? "alla-insatser")",
                  title: trend.programme?.name ?? "Alla insatser",
                  caption: "NKI per år, \(scope)",
                  columns: [providerName, "Alla anordnare"],
                  chartSubject: "NKI för \(providerName), \(scope)")
    }

    /// All providers' NKI in a programme, with all programmes beside it.
    init(programme: SurveyTrend, allProgrammes: SurveyTrend) {
        let name = programme.programme?.name ?? "Insatsen"
        let years = Set(programme.years.map(\.year)).union(allProgrammes.years.map(\.year)).sorted()
        func figure(_ trend: SurveyTrend, _ year: Int) -> SurveyTrend.Year? { trend.years.first { $0.year == year } }
        self.init(series: years.map { year in
            let own = figure(programme, year), all = figure(allProgrammes, year)
            return (year, [own?.nki ?? .suppressed(.notReported), all?.nki ?? .suppressed(.notReported)],
                    (own?.questionsChanged ?? false) || (all?.questionsChanged ?? false))
        },
                  id: "nki-over-tid", title: "Nöjdhet över tid",
                  caption: "NKI per år för alla anordnare",
                  columns: [name, "Alla insatser"],
                  chartSubject: programme.years.count >= 2 ? "NKI för alla anordnare i \(name)" : "NKI för alla anordnare och insatser",
                  chartColumn: programme.years.count >= 2 ? 0 : 1)
    }

    private init(series: [(year: Int, values: [Reported<Double>], changed: Bool)], id: String, title: String, caption: String,
                 columns: [String], chartSubject: String, chartColumn: Int = 0) {
        let changed = series.contains(where: \.changed)
        self.init(id: id, title: title, caption: caption, columns: columns.map(TrendColumnView.init),
                  rows: series.reversed().map { row in
                      TrendRowView(year: String(row.year), mark: row.changed ? Self.changeMark : nil,
                                   values: row.values.map { $0.isRow ? FigureText.mean($0) : FigureText.empty })
                  },
                  chart: NKIChart.make(subject: chartSubject,
                                       points: series.map { ($0.year, $0.values[chartColumn]) }.filter { $0.1.isRow }),
                  changeNote: changed
                      ? "Ett år markerat ”\(Self.changeMark)” räknades på andra frågor än året före. Jämför det inte rakt av med året före." : nil)
    }
}

private extension Reported<Double> {
    /// Whether there is a figure for the year at all, shown or hidden.
    var isRow: Bool {
        if case .suppressed(.notReported) = figure { return false }
        return true
    }
}

/// NKI per year on the survey's 1–5 scale. Only published figures have geometry: a hidden
/// year is a gap with the word "dold", so no coordinate encodes it.
enum NKIChart {
    static let top = 16.0, bottom = 136.0, left = 44.0, step = 64.0

    static func make(subject: String, points series: [(year: Int, nki: Reported<Double>)]) -> ChartView? {
        guard series.count >= 2 else { return nil }
        func y(_ value: Double) -> Double { bottom - (value - 1) / 4 * (bottom - top) }
        let points = series.enumerated().map { index, point -> ChartPoint in
            let x = coordinate(left + 24 + Double(index) * step)
            guard let (value, _) = point.nki.published else {
                return ChartPoint(x: x, yearLabel: String(point.year), published: false, hasInterval: false, y: "", low: "", high: "",
                                  valueLabel: "dold", valueLabelY: coordinate(y(3)))
            }
            let at = coordinate(y(value))
            return ChartPoint(x: x, yearLabel: String(point.year), published: true, hasInterval: false, y: at, low: at, high: at,
                              valueLabel: SwedishFormat.decimal(value, decimals: 2),
                              valueLabelY: coordinate(max(top + 8, y(value) - 8)))
        }
        let grid = [1.0, 3.0, 4.0, 5.0].map { value in
            ChartGridLine(y: coordinate(y(value)), label: SwedishFormat.decimal(value, decimals: 0), labelY: coordinate(y(value) + 4))
        }
        let width = left + 48 + Double(series.count - 1) * step
        return ChartView(label: label(subject, series), width: coordinate(width), gridEnd: coordinate(width - 4),
                         gridLines: grid, points: points)
    }

    /// What the chart shows, in words: from the first shown year to the last.
    static func label(_ subject: String, _ series: [(year: Int, nki: Reported<Double>)]) -> String {
        let shown = series.compactMap { point in point.nki.published.map { (point.year, $0.value) } }
        let span = "\(series.first!.year)–\(series.last!.year)"
        guard let first = shown.first, let last = shown.last, first.0 != last.0 else {
            let only = shown.first.map { ": visas bara för år \($0.0), \(SwedishFormat.decimal($0.1, decimals: 2))" } ?? ": inget år visas"
            return "\(subject) \(span)\(only), på en skala från 1 till 5. Samma siffror finns i tabellen."
        }
        let from = SwedishFormat.decimal(first.1, decimals: 2), to = SwedishFormat.decimal(last.1, decimals: 2)
        let change = from == to ? "låg på \(from) både år \(first.0) och år \(last.0)"
            : "\(last.1 > first.1 ? "steg" : "sjönk") från \(from) år \(first.0) till \(to) år \(last.0)"
        return "\(subject) \(span): \(change), på en skala från 1 till 5. Samma siffror finns i tabellen."
    }

    private static func coordinate(_ value: Double) -> String { SVGNumber.text(value) }
}
