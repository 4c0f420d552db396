import Foundation
import Testing
@testable import SiteGen

/// Issue 12 item 4: the NKI year by year, from the history's NKI rows and from the years
/// with question rows, under the same rule as every other survey figure.
@Suite("NKI over time: provider trends and all providers' trend")
struct SurveyTrendTests {
    private let header = "anordnare;insats;år;fraga;medelvarde;antal_svar\n"

    private func trends(_ csv: String, siteYML: ((String) -> String)? = nil) async throws -> SurveyTrend.All {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        if let siteYML { try site.write("Content/site.yml", siteYML(try String(contentsOf: site.root.appending(path: "Content/site.yml"), encoding: .utf8))) }
        try site.write("Content/nojdhet/n.csv", header + csv)
        let raw = try ContentLoader.load(from: site.root)
        var content = try ContentValidator.validate(raw)
        content.survey = try SurveyValidator.validate(raw.survey, providers: content.providers, config: content.config, currentYear: 2026)
        return SurveyTrend.computeAll(content, figures: SurveyMargins(content.survey, rule: content.config.suppression))
    }

    @Test("a provider's trend joins its NKI rows with the years worked out from its NKI questions, oldest first, against the vendor's figure")
    func joinsHistoryAndQuestions() async throws {
        let all = try await trends("""
            lunden;;2019;NKI;4,10;12
            alla;;2019;NKI;4,00;40
            lunden;;2020;NKI;3,90;10
            lunden;;2022;nki-nojd;4,0;10
            lunden;;2022;nki-rekommendera;3,0;10
            """)
        let trend = try #require(all.providers["lunden"]?.first { $0.programme == nil })
        #expect(trend.years.map(\.year) == [2019, 2020, 2022])
        #expect(trend.years.map { $0.nki.published?.value } == [4.10, 3.90, 3.5])
        #expect(trend.years[0].average?.figure == .value(4.00, n: 40))
        // 2020 has no vendor row: the average is the shown providers' (Lunden alone).
        #expect(trend.years[1].average?.figure == .value(3.90, n: 10))
        // All providers together: the vendor's figure where it is shown.
        #expect(all.allProgrammes.years.first?.nki.figure == .value(4.00, n: 40))
    }

    @Test("a hidden margin in a history year hides the vendor's NKI, and the average is taken over the shown figures")
    func hiddenMarginHidesTheVendor() async throws {
        let all = try await trends("""
            lunden;;2019;NKI;4,10;12
            fyrbaken;;2019;NKI;*;-
            alla;;2019;NKI;4,00;15
            lunden;;2020;NKI;3,90;10
            fyrbaken;;2020;NKI;3,00;3
            """)
        let lunden = try #require(all.providers["lunden"]?.first)
        // 4,00 · 15 less 4,10 · 12 would give Fyrbaken's hidden 3 answers back.
        #expect(lunden.years[0].average?.figure == .value(4.10, n: 12))
        #expect(all.allProgrammes.years.map { $0.nki.published?.value } == [4.10, 3.90])
        // Fyrbaken's own trend has no shown year, and says why.
        let fyrbaken = try #require(all.providers["fyrbaken"]?.first)
        #expect(fyrbaken.years.allSatisfy { $0.nki.published == nil })
        #expect(fyrbaken.years[1].nki.figure == .suppressed(.tooFewAnswers(minimum: 5)))
    }

    @Test("one year is no trend: a provider with a single year gets none")
    func oneYearIsNoTrend() async throws {
        let all = try await trends("""
            lunden;grund;2022;nki-nojd;4,0;10
            lunden;grund;2022;nki-rekommendera;3,0;10
            """)
        #expect(all.providers["lunden"]?.isEmpty == true)
        #expect(all.programmes["grund"]?.years.map(\.year) == [2022])
    }

    @Test("an index built from other questions than the year before is marked")
    func questionsChanged() async throws {
        let all = try await trends("""
            lunden;grund;2021;nki-nojd;4,0;10
            lunden;grund;2022;nki-nojd;4,0;10
            lunden;grund;2022;nki-rekommendera;3,0;10
            lunden;grund;2023;nki-nojd;4,0;10
            lunden;grund;2023;nki-rekommendera;3,0;10
            """, siteYML: {
                $0.replacingOccurrences(of: "    text: Jag kan rekommendera min jobb- och utbildningsexpert till andra\n",
                                        with: "    text: Jag kan rekommendera min jobb- och utbildningsexpert till andra\n    firstYear: 2022\n")
            })
        let trend = try #require(all.providers["lunden"]?.first { $0.programme?.id == "grund" })
        #expect(trend.years.map(\.questionsChanged) == [false, true, false])
        #expect(trend.years.map { $0.nki.published?.value } == [4.0, 3.5, 3.5])
        let view = TrendView(providerTrend: trend, providerName: "Lunden")
        #expect(view.rows.map(\.mark) == [nil, TrendView.changeMark, nil])
        #expect(view.changeNote != nil)
    }

    @Test("the chart: a hidden year is a gap with the word 'dold' and no coordinate; the text says what the trend is")
    func chart() throws {
        let rule = SuppressionRule(minimumAnswers: 5, minimumEnded: 10)
        let chart = try #require(NKIChart.make(subject: "NKI för Lunden, alla insatser", points: [
            (2019, rule.survey(mean: 4.1, answers: 12)), (2020, rule.survey(mean: 3.0, answers: 3)), (2021, rule.survey(mean: 3.5, answers: 9)),
        ]))
        #expect(chart.points.map(\.published) == [true, false, true])
        let gap = chart.points[1]
        #expect(gap.valueLabel == "dold" && gap.y.isEmpty && gap.low.isEmpty && gap.high.isEmpty)
        #expect(!chart.points.contains { $0.hasInterval })
        #expect(chart.label == "NKI för Lunden, alla insatser 2019–2021: sjönk från 4,10 år 2019 till 3,50 år 2021, på en skala från 1 till 5. Samma siffror finns i tabellen.")
        // Higher is drawn higher.
        #expect(Double(chart.points[0].y)! < Double(chart.points[2].y)!)
        #expect(NKIChart.make(subject: "x", points: [(2019, rule.survey(mean: 4.1, answers: 12))]) == nil)
    }
}
