import Foundation

/// A provider's results in one programme: a table and the same figures as a chart.
struct HistoryView: Sendable {
    var id: String
    var programmeName: String
    var compareHref: String
    var rows: [HistoryRowView]
    var hasRows: Bool
    var chart: ChartView?
}

struct HistoryRowView: Sendable {
    var year: String
    var share: CellView
    var days: CellView
    var returned: CellView
}

/// An inline SVG of shares per year with their 95 % intervals. Only published figures
/// have geometry: a hidden year is a gap with a dash, so no coordinate encodes it.
struct ChartView: Sendable {
    var label: String
    var width: String
    var gridEnd: String
    var gridLines: [ChartGridLine]
    var points: [ChartPoint]
}

struct ChartGridLine: Sendable {
    var y: String
    var label: String
    var labelY: String
}

struct ChartPoint: Sendable {
    var x: String
    var yearLabel: String
    var published: Bool
    /// Whether the point has a 95 % interval to draw (shares do, NKI does not).
    var hasInterval: Bool
    var y: String
    var low: String
    var high: String
    var valueLabel: String
    var valueLabelY: String
}

enum HistoryChart {
    static let top = 16.0, bottom = 136.0, left = 44.0, step = 64.0

    static func make(_ history: ProviderHistory) -> ChartView? {
        guard !history.years.isEmpty else { return nil }
        func y(_ proportion: Double) -> Double { bottom - proportion * (bottom - top) }
        let points = history.years.enumerated().map { index, year -> ChartPoint in
            let x = coordinate(left + 24 + Double(index) * step)
            guard let (share, _) = year.selfSufficiency.published else {
                return ChartPoint(x: x, yearLabel: String(year.year), published: false, hasInterval: false, y: "", low: "", high: "",
                                  valueLabel: "–", valueLabelY: coordinate(y(0.5)))
            }
            let interval = share.wilsonInterval
            return ChartPoint(x: x, yearLabel: String(year.year), published: true, hasInterval: true, y: coordinate(y(share.proportion)),
                              low: coordinate(y(interval.lowerBound)), high: coordinate(y(interval.upperBound)),
                              valueLabel: SwedishFormat.percent(share.proportion),
                              valueLabelY: coordinate(max(top + 8, y(interval.upperBound) - 6)))
        }
        let grid = [0.0, 0.5, 1.0].map { value in
            ChartGridLine(y: coordinate(y(value)), label: SwedishFormat.percent(value), labelY: coordinate(y(value) + 4))
        }
        let width = left + 48 + Double(history.years.count - 1) * step
        return ChartView(label: "Andel med egen försörjning per år för \(history.programme.name), med osäkerhetsintervall. Samma siffror finns i tabellen.",
                         width: coordinate(width), gridEnd: coordinate(width - 4), gridLines: grid, points: points)
    }

    private static func coordinate(_ value: Double) -> String { SVGNumber.text(value) }
}

/// A provider's survey answers in one programme, or across all its programmes, grouped by area.
struct SurveyTableView: Sendable {
    var id: String
    var programmeName: String
    /// For the answers across all programmes: says so, since the other tables are per programme.
    var note: String?
    var year: String
    var previousYear: String
    var areas: [SurveyAreaView]
}

struct SurveyAreaView: Sendable {
    var name: String
    /// When the survey asked other questions in the area the year before.
    var changeNote: String?
    var index: CellView
    var questions: [SurveyQuestionView]
}

struct SurveyQuestionView: Sendable {
    var text: String
    var value: CellView
    var previous: CellView
    var average: CellView
}

extension SurveyTableView {
    init(_ survey: ProviderSurvey) {
        self.init(
            id: "nojdhet-\(survey.programme?.id ?? "alla-insatser")", programmeName: survey.programme?.name ?? "Alla insatser",
            note: survey.programme == nil
                ? "Enkäten redovisar svaren för anordnarens alla insatser tillsammans, inte för varje insats." : nil,
            year: String(survey.year), previousYear: String(survey.year - 1),
            areas: survey.areas.map { area in
                SurveyAreaView(name: area.name,
                               changeNote: area.questionsChanged
                                   ? "Enkäten ställde andra frågor i området \(area.name) \(survey.year - 1). Jämför därför inte det sammanvägda värdet med \(survey.year - 1)." : nil,
                               index: FigureText.mean(area.index, showCount: false),
                               questions: area.questions.map { question in
                                   SurveyQuestionView(text: question.question.text, value: FigureText.mean(question.value, interval: question.interval),
                                                      previous: question.previous.map { FigureText.mean($0) } ?? FigureText.empty,
                                                      average: question.average.map { FigureText.mean($0, showCount: false) } ?? FigureText.empty)
                               })
            })
    }
}
