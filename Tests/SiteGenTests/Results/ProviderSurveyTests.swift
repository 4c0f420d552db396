import Foundation
import Testing
@testable import SiteGen

@Suite("Provider page: survey answers by area, against the average and last year")
struct ProviderSurveyTests {
    private let header = "anordnare;insats;år;fraga;medelvarde;antal_svar\n"

    private func compute(_ csv: String, provider: String = "lunden") async throws -> ProviderSurvey {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/nojdhet/n.csv", header + csv)
        let raw = try ContentLoader.load(from: site.root)
        var content = try ContentValidator.validate(raw)
        content.survey = try SurveyValidator.validate(raw.survey, providers: content.providers, config: content.config, currentYear: 2026)
        let provider = try #require(content.providers.first { $0.id == provider })
        return try #require(ProviderSurvey.compute(for: provider, in: content).first)
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
            alla;grund;2022;nki-nojd;3,1;24
            """)
        #expect(shown.areas[0].questions[0].average?.figure == .value(3.1, n: 24))
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
}
