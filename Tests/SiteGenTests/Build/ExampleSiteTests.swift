import Foundation
import Testing
@testable import SiteGen

/// The repository's own example content, as an editor first sees it.
@Suite("Example site")
struct ExampleSiteTests {
    @Test("builds without a problem: at least 12 providers, every programme has a compare page, every page has one h1")
    func builds() async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        let files = try TestSite.snapshot(site.output)
        let providers = files.keys.filter { $0.hasPrefix("anordnare/") && $0.split(separator: "/").count == 3 }
        #expect(providers.count >= 12)
        for programme in ["grund", "forstarkt", "sai"] {
            #expect(files["jamfor/\(programme)/index.html"] != nil)
        }
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) must have exactly one h1")
            #expect(!html.contains("{{"), "\(path) has an unrendered Mustache tag")
        }
    }

    @Test("nothing accepted is dropped: every survey row of every shape reaches the open data with its status, and the example has each shape")
    func everySurveyRowIsAccounted() throws {
        let content = try SiteBuilder.loadContent(TestSite.repository, currentYear: 2026)
        let data = SiteIndex(content).openData.survey
        struct Key: Hashable { var provider, programme: String; var year: Int; var question: String }
        let accepted = content.survey.map { Key(provider: $0.provider.value, programme: $0.programme?.value ?? "", year: $0.year.value, question: $0.question.value) }
        let published = data.map { Key(provider: $0.anordnare, programme: $0.insats, year: $0.år, question: $0.fraga) }
        #expect(Set(accepted) == Set(published))
        #expect(accepted.count == published.count)
        #expect(data.allSatisfy { !$0.status.isEmpty })
        let vendor = SurveyRecord.allProviders
        #expect(accepted.contains { $0.provider != vendor && !$0.programme.isEmpty }, "provider × programme")
        #expect(accepted.contains { $0.provider != vendor && $0.programme.isEmpty }, "provider across programmes")
        #expect(accepted.contains { $0.provider == vendor && !$0.programme.isEmpty }, "programme across providers")
        #expect(accepted.contains { $0.provider == vendor && $0.programme.isEmpty }, "the total")
        // Each shape has shown rows, and the rule hides some 'alla' rows next to hidden ones.
        #expect(data.contains { $0.anordnare != vendor && $0.insats.isEmpty && $0.status == "visas" })
        #expect(data.contains { $0.anordnare == vendor && $0.status == "visas" })
        #expect(data.contains { $0.anordnare == vendor && $0.status == OpenData.status(.protectsAnother) })
    }

    @Test("the NKI history reaches the pages: all providers since 2016 on every compare page, a provider's own years on its page, a hidden year as 'dold'")
    func nkiHistory() async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        for programme in ["grund", "forstarkt", "sai"] {
            let page = try site.read("jamfor/\(programme)/index.html")
            #expect(page.contains("<h2 id=\"nki-over-tid\">Nöjdhet över tid</h2>"), "\(programme)")
            for figure in ["4,29", "4,12", "4,43", "4,14"] { #expect(page.contains("\(figure) av 5"), "\(programme): \(figure)") }
        }
        let provider = try site.read("anordnare/algraset/index.html")
        #expect(provider.contains("<h3 id=\"nki-over-tid-alla-insatser\">Alla insatser</h3>"))
        #expect(provider.contains("4,10 av 5") && provider.contains("4,25 av 5"))
        #expect(provider.contains("aria-label=\"NKI för Ålgräset Språkpraktik, alla insatser 2019–2023: sjönk från 4,10 år 2019"))
        // Stenröset's 2019 was hidden by the vendor: a gap in its chart, the reason in its table.
        let stenroset = try site.read("anordnare/stenroset/index.html")
        #expect(stenroset.contains(">dold</text>"))
    }

    @Test("the compare page shows hidden cells with their reason, never a number, and verdicts only for published shares")
    func comparePage() async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        let page = try site.read("jamfor/grund/index.html")
        #expect(page.contains("<caption id=\"tabell-grund\">"))
        #expect(page.contains("aria-sort=\"ascending\">Anordnare</th>"))
        #expect(page.contains("<td class=\"suppressed\">") )
        let sorted = try site.read("jamfor/grund/sortera-egen-forsorjning/index.html")
        #expect(sorted.contains("aria-sort=\"descending\">Egen försörjning</th>"))
        // Freshness: every page says when the figures were published and when it was built.
        #expect(page.contains("Siffrorna publicerades <time datetime=\"2024-03-15\">15 mars 2024</time>."))
        #expect(page.contains("Webbplatsen byggdes <time datetime=\"2026-11-22\">22 november 2026</time>."))
    }
}
