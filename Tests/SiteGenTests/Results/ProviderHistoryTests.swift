import Foundation
import Testing
@testable import SiteGen

@Suite("Provider page: results per year as a table and a chart")
struct ProviderHistoryTests {
    @Test("published years get a point and an interval; a hidden year has text, never geometry")
    func chartHasNoGeometryForHiddenYears() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/resultat/r.csv", "anordnare;insats;år;avslutade;egen_forsorjning;medeldagar\nlunden;grund;2021;20;9;215,5\nlunden;grund;2022;7;3;190\n")
        _ = try await site.build()
        let page = try site.read("anordnare/lunden/index.html")
        #expect(page.contains("<caption id=\"resultat-grund-tabell\">Resultat per år, Jobbpeng grund</caption>"))
        // The contents list at the top leads to the results, which now exist, and not to a survey, which does not.
        #expect(page.contains("<li><a href=\"#resultat\">Resultat</a></li>") && page.contains("<h2 id=\"resultat\">"))
        #expect(!page.contains("href=\"#nojdhet\""))
        #expect(page.contains("<span class=\"figure\">45\u{00A0}%</span>"))
        #expect(page.contains("9 av 20 avslut, troligen 26–66\u{00A0}%"))
        // Days are an average over the 9 self-sufficient, fewer than 10: hidden with their own reason.
        #expect(page.contains("<span class=\"figure\">För få med egen försörjning</span>"))
        #expect(!page.contains("216"))
        #expect(page.components(separatedBy: "<circle").count == 2, "one point: 2021 only")
        #expect(page.contains("<span class=\"figure\">För få avslut</span>"))
        // Nothing of the hidden 2022 row (3 of 7, 190 days) is on the page.
        #expect(!page.contains("3 av 7"))
        #expect(!page.contains("190"))
        #expect(!page.contains("43\u{00A0}%"))
    }

    @Test("durability per year: shown when at least minimumEnded reached self-sufficiency, else its reason")
    func durability() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/resultat/r.csv", "anordnare;insats;år;avslutade;egen_forsorjning;aterkommande_24m\nlunden;grund;2021;30;12;3\nlunden;grund;2022;30;9;1\n")
        _ = try await site.build()
        let page = try site.read("anordnare/lunden/index.html")
        #expect(page.contains("<th scope=\"col\">Kom tillbaka inom 24 mån.</th>"))
        #expect(page.contains("3 av 12 kom tillbaka, troligen 9–53\u{00A0}%"))
        // 2022: 9 self-sufficient are too few for a share of them; its 1 returner stays hidden.
        #expect(!page.contains("1 av 9"))
    }
}
