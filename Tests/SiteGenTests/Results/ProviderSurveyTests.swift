import Foundation
import Testing
@testable import SiteGen

@Suite("Provider page: survey answers by area, against the average and last year")
struct ProviderSurveyTests {
    private let header = "anordnare;insats;år;fraga;medelvarde;antal_svar\n"

    private func compute(_ csv: String, provider: String = "lunden") async throws -> ProviderSurvey {
        try #require(try await computeAll(csv, provider: provider).first)
    }

    /// Every survey of the provider: its programmes', then the one across all of them.
    private func computeAll(_ csv: String, provider: String = "lunden", siteYML: ((String) -> String)? = nil) async throws -> [ProviderSurvey] {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        if let siteYML { try site.write("Content/site.yml", siteYML(try String(contentsOf: site.root.appending(path: "Content/site.yml"), encoding: .utf8))) }
        try site.write("Content/nojdhet/n.csv", header + csv)
        let raw = try ContentLoader.load(from: site.root)
        var content = try ContentValidator.validate(raw)
        content.survey = try SurveyValidator.validate(raw.survey, providers: content.providers, config: content.config, currentYear: 2026)
        let provider = try #require(content.providers.first { $0.id == provider })
        return ProviderSurvey.compute(for: provider, in: content)
    }

    @Test("the area index is the answer-weighted mean when every question is shown; the average uses shown cells only")
    func published() async throws {
        let survey = try await compute("""
            lunden;grund;2022;nki-nojd;4,0;10
            lunden;grund;2022;nki-rekommendera;3,0;5
            lunden;grund;2021;nki-nojd;3,5;8
            fyrbaken;grund;2022;nki-nojd;2,0;10
            lowen;grund;2022;nki-nojd;1,0;4
            """)
        #expect(survey.year == 2022)
        let area = try #require(survey.areas.first)
        let index = try #require(area.index.published)
        #expect(abs(index.value - (4.0 * 10 + 3.0 * 5) / 15) < 1e-9)
        let first = area.questions[0]
        #expect(first.value.published?.value == 4.0)
        #expect(first.previous?.published?.value == 3.5)
        // (4·10 + 2·10) / 20; Löwenhjärta's 4 answers are hidden and not averaged.
        #expect(first.average?.published?.value == 3.0)
        #expect(first.average?.published?.n == 20)
    }

    @Test("the vendor's 'alla' figure is the average while every provider cell is shown, and is set aside when one is hidden")
    func vendorAverage() async throws {
        let shown = try await compute("""
            lunden;grund;2022;nki-nojd;4,0;10
            fyrbaken;grund;2022;nki-nojd;2,0;10
            alla;grund;2022;nki-nojd;3,1;30
            """)
        #expect(shown.areas[0].questions[0].average?.figure == .value(3.1, n: 30))
        // Löwenhjärta's 4 answers are hidden: 24 − 20 would reveal its count, so the average
        // comes from the shown cells alone.
        let hidden = try await compute("""
            lunden;grund;2022;nki-nojd;4,0;10
            fyrbaken;grund;2022;nki-nojd;2,0;10
            lowen;grund;2022;nki-nojd;3,5;4
            alla;grund;2022;nki-nojd;3,1;24
            """)
        #expect(hidden.areas[0].questions[0].average?.figure == .value(3.0, n: 20))
    }

    @Test("one hidden question hides the area index, marked as protecting another figure")
    func hiddenQuestionHidesIndex() async throws {
        let survey = try await compute("lunden;grund;2022;nki-nojd;4,0;10\nlunden;grund;2022;nki-rekommendera;*;-\n")
        let area = try #require(survey.areas.first)
        #expect(area.index == .suppressed(.protectsAnother))
        #expect(area.questions[1].value == .suppressed(.suppressedAtSource))
    }

    @Test("a published mean gets a 95 % interval when the export gives its standard deviation, and shows it in words")
    func interval() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/nojdhet/n.csv", """
            anordnare;insats;år;fraga;medelvarde;antal_svar;standardavvikelse
            lunden;grund;2022;nki-nojd;3,77;10;0,9
            lunden;grund;2022;nki-rekommendera;4,0;4;0,5
            """)
        _ = try await site.build()
        let page = try site.read("anordnare/lunden/index.html")
        #expect(page.contains("<span class=\"detail\">10 svar, troligen 3,1–4,4</span>"))
        #expect(!page.contains("4 svar"))
    }

    @Test("rows across all programmes (insats empty) make their own survey, after the programmes', with the vendor's total as the average")
    func acrossProgrammes() async throws {
        let surveys = try await computeAll("""
            lunden;;2023;nki-nojd;3,6;12
            lunden;;2023;nki-rekommendera;3,2;12
            fyrbaken;;2023;nki-nojd;4,2;9
            fyrbaken;;2023;nki-rekommendera;4,0;9
            lunden;grund;2022;nki-nojd;4,0;10
            alla;;2023;nki-nojd;3,86;21
            """)
        #expect(surveys.map { $0.programme?.id } == ["grund", nil])
        let across = try #require(surveys.last)
        #expect(across.year == 2023)
        let nki = try #require(across.areas.first)
        #expect(nki.questions[0].value.figure == .value(3.6, n: 12))
        #expect(nki.questions[0].average?.figure == .value(3.86, n: 21))
        // No vendor row for the second question: the shown providers' weighted mean.
        #expect(nki.questions[1].average?.figure == .value((3.2 * 12 + 4.0 * 9) / 21, n: 21))
        #expect(nki.index.published.map { abs($0.value - 3.4) < 1e-9 } == true)
    }

    @Test("a hidden provider row across programmes sets aside every 'alla' row of its question and year: the total less the shown rows would give it back")
    func hiddenMarginHidesVendorRows() async throws {
        let surveys = try await computeAll("""
            lunden;;2023;nki-nojd;3,6;12
            fyrbaken;;2023;nki-nojd;4,2;9
            lowen;;2023;nki-nojd;2,0;3
            alla;grund;2023;nki-nojd;3,5;14
            alla;sai;2023;nki-nojd;3,7;10
            alla;;2023;nki-nojd;3,6;24
            """)
        let question = try #require(surveys.last?.areas.first?.questions.first)
        #expect(question.average?.figure == .value((3.6 * 12 + 4.2 * 9) / 21, n: 21))
    }

    @Test("a provider's row across programmes is hidden when one of its own programme cells is, and when it holds a small group no cell accounts for")
    func marginProtectsItsCells() async throws {
        let hiddenCell = try await computeAll("""
            lunden;grund;2023;nki-nojd;4,0;3
            lunden;;2023;nki-nojd;3,6;12
            """)
        #expect(hiddenCell.last?.areas.first?.questions.first?.value == .suppressed(.protectsAnother))
        let smallRest = try await computeAll("""
            lunden;grund;2023;nki-nojd;4,0;10
            lunden;;2023;nki-nojd;3,6;12
            """)
        #expect(smallRest.last?.areas.first?.questions.first?.value == .suppressed(.protectsAnother))
        let largeRest = try await computeAll("""
            lunden;grund;2023;nki-nojd;4,0;10
            lunden;;2023;nki-nojd;3,6;20
            """)
        #expect(largeRest.last?.areas.first?.questions.first?.value.figure == .value(3.6, n: 20))
    }

    @Test("the vendor's total is set aside when it counts a small group that no row of the file holds")
    func vendorTotalWithSmallRemainder() async throws {
        let surveys = try await computeAll("""
            lunden;;2023;nki-nojd;3,6;12
            fyrbaken;;2023;nki-nojd;4,2;9
            alla;;2023;nki-nojd;3,7;24
            """)
        #expect(surveys.last?.areas.first?.questions.first?.average?.figure == .value((3.6 * 12 + 4.2 * 9) / 21, n: 21))
    }

    @Test("an area's index is over the questions asked that year ('firstYear' in site.yml), and says when they changed from the year before")
    func questionsAskedThatYear() async throws {
        let surveys = try await computeAll("""
            lunden;grund;2022;nki-nojd;3,0;10
            lunden;grund;2022;nki-rekommendera;4,0;10
            lunden;grund;2023;nki-nojd;4,0;10
            """, siteYML: { $0.replacingOccurrences(of: "    text: Jag kan rekommendera min jobb- och utbildningsexpert till andra\n",
                                                     with: "    text: Jag kan rekommendera min jobb- och utbildningsexpert till andra\n    lastYear: 2022\n") })
        let nki = try #require(surveys.first?.areas.first)
        #expect(surveys.first?.year == 2023)
        #expect(nki.questions.map(\.question.id) == ["nki-nojd"])
        #expect(nki.index.published?.value == 4.0)
        #expect(nki.questionsChanged)
        let unchanged = try await computeAll("lunden;grund;2023;nki-nojd;4,0;10\nlunden;grund;2023;nki-rekommendera;4,0;10\n")
        #expect(unchanged.first?.areas.first?.questionsChanged == false)
    }
}
