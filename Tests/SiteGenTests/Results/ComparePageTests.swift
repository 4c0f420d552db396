import Foundation
import Testing
@testable import SiteGen

/// What a resident sees on the compare and side-by-side pages, and what `compare.js`
/// relies on to show the same states without leaving the page.
@Suite("Compare and side-by-side pages")
struct ComparePageTests {
    private static let header = "anordnare;insats;år;avslutade;egen_forsorjning;medeldagar;aterkommande_24m\n"

    /// The mini site (Fyrbåken, Lunden and Löwenhjärta in grund) with these 2022 results.
    private func unbuilt(_ rows: String) throws -> TestSite {
        let site = try TestSite(content: "mini")
        try site.write("Content/resultat/2022.csv", Self.header + rows)
        return site
    }

    private func site(_ rows: String) async throws -> TestSite {
        let site = try unbuilt(rows)
        _ = try await site.build()
        return site
    }

    private func comparison(_ rows: String) throws -> ProgrammeComparison {
        let site = try unbuilt(rows)
        defer { site.remove() }
        let raw = try ContentLoader.load(from: site.root)
        var content = try ContentValidator.validate(raw)
        content.results = try ResultsValidator.validate(raw.results, providers: content.providers, config: content.config, currentYear: 2026)
        return try #require(SiteIndex(content).comparisons.first { $0.programme.id == "grund" })
    }

    /// The rows of a compare page: provider id, its filters and its rank in every order.
    /// (Plain string splitting: Swift Regex is slow in debug builds, and this reads 300 pages.)
    private func rows(_ html: String, tag: String = "<tr") -> [(id: String, filters: [String], ranks: [String: Int])] {
        html.components(separatedBy: "\(tag) data-provider=\"").dropFirst().map { row in
            let tag = row[..<row.firstIndex(of: ">")!]
            var attributes: [String: String] = [:]
            for part in ("id=\"" + tag).components(separatedBy: "\" ") {
                let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                attributes[pair[0]] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            var ranks: [String: Int] = [:]
            for (name, value) in attributes where name.hasPrefix("data-rank-") {
                ranks[String(name.dropFirst("data-rank-".count))] = Int(value)
            }
            return (attributes["id"]!, attributes["data-filters"]!.split(separator: " ").map(String.init), ranks)
        }
    }

    @Test("the vendor's shape: a provider with no NKI for the programme that year shows its NKI across all its programmes, marked, on every page that compares; its own wins where it has one")
    func nkiAcrossProgrammes() async throws {
        let site = try unbuilt("lunden;grund;2022;60;30;100;3\n")
        defer { site.remove() }
        try site.write("Content/nojdhet/2023.csv", """
            anordnare;insats;år;fraga;medelvarde;antal_svar
            lunden;;2023;nki-nojd;3,6;12
            lunden;;2023;nki-rekommendera;3,2;12
            fyrbaken;grund;2023;nki-nojd;4,0;10
            fyrbaken;grund;2023;nki-rekommendera;4,0;10
            fyrbaken;;2023;nki-nojd;3,0;20
            fyrbaken;;2023;nki-rekommendera;3,0;20

            """)
        _ = try await site.build()
        let compare = try site.read("jamfor/grund/index.html")
        #expect(compare.contains("3,40 av 5") && compare.contains("12 svar, alla insatser"))
        #expect(compare.contains("10 svar</span>"))
        #expect(!compare.contains("20 svar"), "Fyrbåken's own grund figure wins over its figure across programmes")
        #expect(compare.contains(FigureText.allProgrammesNote))
        let sideBySide = try site.read("jamfor/grund/sida-vid-sida/index.html")
        #expect(sideBySide.contains("12 svar, alla insatser"))
        let provider = try site.read("anordnare/lunden/index.html")
        #expect(provider.contains("<h3 id=\"nojdhet-alla-insatser\">Alla insatser</h3>"))
        let data = try site.read("data/nojdhet.csv")
        #expect(data.components(separatedBy: "\r\n").contains { $0.hasPrefix("lunden;") && $0.contains(";;2023;nki-nojd;visas;") && $0.contains(";12;") })
    }

    @Test("reasons for ending are pooled over the providers whose result is shown, the same on every state of the page, and never shown per provider")
    func endings() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/resultat/2022.csv", """
            anordnare;insats;år;avslutade;egen_forsorjning;annan_insats;flytt;sjukdom;missnoje;ovrigt
            lunden;grund;2022;60;30;10;5;5;6;4
            fyrbaken;grund;2022;40;10;10;5;5;4;6
            lowen;grund;2022;8;3;1;1;1;1;1

            """)
        _ = try await site.build()
        let grund = try site.read("jamfor/grund/index.html")
        let section = try #require(grund.components(separatedBy: "<section class=\"endings\"").dropFirst().first?
            .components(separatedBy: "</section>").first)
        // Löwenhjärta's 8 ended are hidden, so its reasons are left out: 100, not 108.
        #expect(section.contains("Gick över till en annan insats"))
        #expect(section.contains("20 av 100 slutade så"))
        #expect(section.contains("Blev sjuka"))
        #expect(section.contains("10 av 100 slutade så"))
        #expect(!section.contains("108"))
        let states = try TestSite.snapshot(site.output).filter { $0.key.hasPrefix("jamfor/grund/") && !$0.key.contains("sida-vid-sida") }
        #expect(states.count > 1)
        for (path, data) in states {
            #expect(String(decoding: data, as: UTF8.self).contains(section), "\(path) must show the same reasons")
        }
        for provider in ["lunden", "fyrbaken", "lowen"] {
            #expect(!(try site.read("anordnare/\(provider)/index.html")).contains("Blev sjuka"))
        }
    }

    @Test("averages over the programme use shown cells only: a pooled share, n-weighted days, pooled returns")
    func averages() throws {
        let grund = try comparison("""
            lunden;grund;2022;60;30;100;3
            fyrbaken;grund;2022;40;10;200;1
            lowen;grund;2022;8;3;50;0
            """)
        #expect(grund.average.figure == .value(Share(successes: 40, total: 100), n: 100))
        let days = try #require(grund.averageDays.published)
        #expect(abs(days.value - (100.0 * 30 + 200.0 * 10) / 40) < 1e-9)
        // Durability needs 10 self-sufficient: Fyrbåken's 10 count, Löwenhjärta's hidden row does not.
        #expect(grund.averageReturned.figure == .value(Share(successes: 4, total: 40), n: 40))
    }

    @Test("the table shows durability and the programme's averages at its foot; only published shares get an interval strip")
    func table() async throws {
        let site = try await site("lunden;grund;2022;60;30;100;3\nfyrbaken;grund;2022;40;10;200;1\nlowen;grund;2022;8;3;50;0\n")
        defer { site.remove() }
        let page = try site.read("jamfor/grund/index.html")
        #expect(page.contains(">Kom tillbaka inom 24 mån.</th>"))
        #expect(page.contains("<span class=\"detail\">3 av 30 kom tillbaka, troligen 3–26\u{00A0}%</span>"))
        let foot = try #require(page.firstRange(of: "<tfoot>").map { String(page[$0.lowerBound...]) })
        #expect(foot.contains("<th scope=\"row\">Snitt för insatsen</th>"))
        #expect(foot.contains("<span class=\"figure\">40\u{00A0}%</span>"))
        #expect(foot.contains("<span class=\"detail\">40 av 100 avslut</span>"))
        #expect(foot.contains("<span class=\"figure\">125 dagar</span>"))
        // Two published shares, in the table and again on the phone's cards; the average's
        // mark sits at 40 % on the 0–100 strip of each.
        let cardsStart = try #require(page.firstRange(of: "<div class=\"compare-cards-wrap\">")).lowerBound
        for part in [String(page[..<cardsStart]), String(page[cardsStart...])] {
            #expect(part.components(separatedBy: "<svg class=\"range\"").count - 1 == 2)
            #expect(part.components(separatedBy: "<rect class=\"range-average\" x=\"40.0\"").count - 1 == 2)
        }
        let hidden = try #require(page.firstRange(of: "Löwenhjärta Karriär</a></th>").map { String(page[$0.upperBound...]) })
        let cell = String(hidden[..<hidden.firstRange(of: "</td>")!.lowerBound])
        #expect(cell.contains("För få avslut"))
        #expect(!cell.contains("<svg"))
    }

    @Test("a hidden share's place in the order says nothing about it: hidden rows follow the shown ones in name order")
    func hiddenRanks() async throws {
        func shareRanks(_ rows: String) async throws -> [String: Int] {
            let site = try await site(rows)
            defer { site.remove() }
            let page = try site.read("jamfor/grund/index.html")
            return Dictionary(uniqueKeysWithValues: self.rows(page).map { ($0.id, $0.ranks["egen-forsorjning"]!) })
        }
        let low = try await shareRanks("fyrbaken;grund;2022;40;10;;\nlunden;grund;2022;9;1;;\nlowen;grund;2022;9;8;;\n")
        let high = try await shareRanks("fyrbaken;grund;2022;40;10;;\nlunden;grund;2022;9;8;;\nlowen;grund;2022;9;1;;\n")
        #expect(low == ["fyrbaken": 0, "lunden": 1, "lowen": 2])
        #expect(high == low)
    }

    @Test("every pre-rendered state lists exactly the rows (and phone cards) that pass its filter, in the order their ranks give — what compare.js shows")
    func statesMatchRanks() async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        let pages = try TestSite.snapshot(site.output).keys.filter { $0.hasPrefix("jamfor/") && !$0.contains("sida-vid-sida") }
        #expect(pages.count > 100)
        for path in pages {
            let parts = path.split(separator: "/").map(String.init)
            let base = rows(try site.read("jamfor/\(parts[1])/index.html"))
            let order = parts.first { $0.hasPrefix("sortera-") }.map { String($0.dropFirst("sortera-".count)) } ?? "namn"
            let filter = parts.first { $0.hasPrefix("sprak-") || $0.hasPrefix("omrade-") }
            let expected = base.filter { filter == nil || $0.filters.contains(filter!) }
                .sorted { $0.ranks[order]! < $1.ranks[order]! }.map(\.id)
            let page = try site.read(path)
            #expect(rows(page).map(\.id) == expected, "\(path)")
            // The phone's cards: the same providers in the same order, with the same data.
            #expect(rows(page, tag: "<li class=\"compare-card\"").map(\.id) == expected, "\(path) cards")
        }
    }

    @Test("without JavaScript the pick boxes and their form stay hidden and the script is linked; filter links keep the order")
    func noScriptFallback() async throws {
        let site = try await site("lunden;grund;2022;60;30;;\n")
        defer { site.remove() }
        let page = try site.read("jamfor/grund/sortera-nojdhet/index.html")
        #expect(page.contains("<form class=\"pick\" id=\"val-tabell-grund\" method=\"get\" action=\"../../../jamfor/grund/sida-vid-sida/\" hidden>"))
        #expect(page.contains("<th class=\"pick-cell\" scope=\"col\" hidden>Välj</th>"))
        #expect(page.contains("<input type=\"checkbox\" name=\"val\" value=\"lunden\" id=\"val-grund-lunden\" form=\"val-tabell-grund\"><label class=\"visually-hidden\" for=\"val-grund-lunden\">Jämför Lunden Jobb</label>"))
        #expect(page.contains("<script src=\"../../../assets/compare.js\" defer></script>"))
        #expect(page.contains("href=\"../../../jamfor/grund/sprak-arabiska/sortera-nojdhet/\" data-filter=\"sprak-arabiska\""))
        #expect(page.contains("<p class=\"filter-state\" hidden>"))
        #expect(try site.read("anordnare/lunden/index.html").contains("<script") == false)
    }

    @Test("filter groups are folded away on every page, and open on a page where one of their filters is on")
    func foldedFilters() async throws {
        let site = try await site("lunden;grund;2022;60;30;;\n")
        defer { site.remove() }
        func openGroups(_ path: String) throws -> [String] {
            try site.read(path).components(separatedBy: "<details").dropFirst().compactMap { chunk in
                let summary = chunk.components(separatedBy: "</summary>")[0]
                guard chunk.hasPrefix(" open>"), let start = summary.range(of: "Visa bara: ") else { return nil }
                return String(summary[start.upperBound...].prefix { $0 != "<" })
            }
        }
        #expect(try site.read("jamfor/grund/index.html").components(separatedBy: "<details>").count == 3)
        #expect(try openGroups("jamfor/grund/index.html") == [])
        #expect(try openGroups("jamfor/grund/sprak-arabiska/sortera-nojdhet/index.html") == ["Språk"])
        #expect(try openGroups("jamfor/sai/omrade-orminge/index.html") == ["Område"])
    }

    @Test("the side-by-side page has a column per authorised provider in name order, and every cell names its column")
    func sideBySide() async throws {
        let site = try await site("lunden;grund;2022;60;30;100;3\nlowen;grund;2022;8;3;50;0\n")
        defer { site.remove() }
        let page = try site.read("jamfor/grund/sida-vid-sida/index.html")
        let columns = page.matches(of: /<th scope="col" data-provider="([^"]+)">/).map { String($0.1) }
        #expect(columns == ["fyrbaken", "lunden", "lowen"])
        let rowCount = page.components(separatedBy: "<th scope=\"row\">").count - 1
        for id in columns {
            #expect(page.components(separatedBy: "<td data-provider=\"\(id)\"").count - 1 == rowCount)
        }
        #expect(page.contains("<td data-provider=\"lowen\" class=\"suppressed\">\n          <span class=\"figure\">För få avslut</span>"))
        #expect(page.contains("Här visas alla 3 anordnare för Jobbpeng grund."))
        #expect(page.contains("<button type=\"button\" class=\"print-button\" hidden>Skriv ut</button>"))
        #expect(!(try site.read("jamfor/sai/sida-vid-sida/index.html")).contains("data-provider=\"lunden\""))
    }
}
