import Foundation
import PropertyBased
import Testing
@testable import SiteGen

@Suite("Disclosure: an attacker reads every published number and tries to recover hidden result cells")
struct ResultsDisclosureTests {
    static let columns = ["medeldagar", "aterkommande_24m"]
    static let lunden = ResultsAttacker.CellKey(provider: "lunden", programme: "grund", year: 2022)
    static let fyrbaken = ResultsAttacker.CellKey(provider: "fyrbaken", programme: "grund", year: 2022)

    /// A site with days and returned columns, its compare pages in their first state only.
    static func firstStates(_ results: String, minimumEnded: Int = 10, secondarySuppression: Bool = true) async throws -> ResultsAttacker {
        try await DisclosureSite.resultsAttacker(siteYML: minimumEnded == 10 ? nil : DisclosureSite.siteYML(minimumEnded: minimumEnded),
                                                 results: results, resultColumns: columns, secondarySuppression: secondarySuppression,
                                                 everyCompareState: false)
    }

    /// Grund 2022: two providers shown, Lunden hidden with 2 of 6 ended. The reports' way
    /// the average is 24 of 56, and 56 − 50 shown = 6, 24 − 22 shown = 2.
    static let oneHidden = "fyrbaken;grund;2022;20;10\nlowen;grund;2022;30;12\nlunden;grund;2022;6;2\n"

    @Test("with secondary suppression off, 'Snitt för insatsen' gives a hidden cell's ended and self-sufficient back exactly")
    func oneHiddenCellLeaks() async throws {
        let attacker = try await DisclosureSite.resultsAttacker(results: Self.oneHidden, secondarySuppression: false)
        let page = String(decoding: try #require(attacker.files["jamfor/grund/index.html"]), as: UTF8.self)
        #expect(page.contains("24 av 56 avslut"))
        let bound = try #require(attacker.bounds().first { $0.cell == Self.lunden })
        #expect(bound.pairs == [ResultsAttacker.Pair(ended: 6, selfSufficient: 2)])
        let leaks = attacker.leaks()
        #expect(leaks.contains { $0.hasPrefix("\(Self.lunden): the hidden ended is narrowed to [6]") })
        #expect(leaks.contains { $0.hasPrefix("\(Self.lunden): the hidden share is narrowed to [2 av 6]") })
        #expect(!leaks.contains { $0.contains("the attacker itself is wrong") })
    }

    @Test("with secondary suppression on, the average is over the shown cells and the attacker learns nothing")
    func oneHiddenCellProtected() async throws {
        let attacker = try await DisclosureSite.resultsAttacker(results: Self.oneHidden)
        let page = String(decoding: try #require(attacker.files["jamfor/grund/index.html"]), as: UTF8.self)
        #expect(page.contains("22 av 50 avslut"))
        let bound = try #require(attacker.bounds().first { $0.cell == Self.lunden })
        #expect(bound.endedCounts == Array(0...9))
        #expect(bound.pairs.count == 55)
        #expect(attacker.leaks() == [])
    }

    /// The grund compare page's text.
    static func comparePage(_ attacker: ResultsAttacker) throws -> String {
        String(decoding: try #require(attacker.files["jamfor/grund/index.html"]), as: UTF8.self)
    }

    /// The site with secondary suppression off, whose grund compare page prints `open`, and
    /// its leaks (the attacker itself never wrong); and the site with it on, printing
    /// `protected` and leaking nothing.
    static func bothWays(_ results: String, open: String, protected: String,
                         sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws
        -> (open: ResultsAttacker, leaks: [String], protected: ResultsAttacker) {
        let attacker = try await firstStates(results, secondarySuppression: false)
        #expect(try comparePage(attacker).contains(open), sourceLocation: sourceLocation)
        let leaks = attacker.leaks()
        #expect(!leaks.contains { $0.contains("the attacker itself is wrong") }, sourceLocation: sourceLocation)
        let safe = try await firstStates(results)
        #expect(try comparePage(safe).contains(protected), sourceLocation: sourceLocation)
        #expect(safe.leaks() == [], sourceLocation: sourceLocation)
        return (attacker, leaks, safe)
    }

    @Test("durability: with the switch off 'a av N kom tillbaka' gives a shown cell's hidden returned count back; on, nothing")
    func hiddenDurability() async throws {
        // Fyrbåken's share is shown (8 of 20), but its 2 returned of 8 self-sufficient are too few.
        let site = try await Self.bothWays("fyrbaken;grund;2022;20;8;;2\nlowen;grund;2022;30;12;;1\n",
                                           open: "3 av 20 kom tillbaka", protected: "1 av 12 kom tillbaka")
        #expect(try #require(site.open.bounds().first { $0.cell == Self.fyrbaken }).returned == [8: 2...2])
        #expect(site.leaks.contains { $0.hasPrefix("\(Self.fyrbaken): the hidden returned count is narrowed to 2–2 av 8") })
        #expect(try #require(site.protected.bounds().first { $0.cell == Self.fyrbaken }).returned == [8: 0...8])
    }

    @Test("days of a hidden cell: with the switch off the pinned self-sufficient and the average days give them back; on, nothing")
    func hiddenCellDays() async throws {
        // (100·10 + 90·12 + 200·3) / 25 = 107,2 days: printed 107, it leaves Lunden 194–203 days.
        // Over the shown cells only, 2080 / 22 = 94,5 days.
        let site = try await Self.bothWays("fyrbaken;grund;2022;20;10;100;\nlowen;grund;2022;30;12;90;\nlunden;grund;2022;6;3;200;\n",
                                           open: "107 dagar", protected: "95 dagar")
        let bound = try #require(site.open.bounds().first { $0.cell == Self.lunden })
        #expect(bound.pairs == [ResultsAttacker.Pair(ended: 6, selfSufficient: 3)])
        let days = try #require(bound.days[3])
        #expect(days.contains(200) && days.upperBound - days.lowerBound < 10, "\(days)")
        #expect(site.leaks.contains { $0.hasPrefix("\(Self.lunden): the hidden days are narrowed to s=3: 193") })
        let protected = try #require(site.protected.bounds().first { $0.cell == Self.lunden })
        #expect(protected.days.values.allSatisfy { $0 == 0...ResultsAttacker.dayCap })
    }

    @Test("days of a shown cell with too few self-sufficient are hidden, and the average days do not give them back")
    func shownCellHiddenDays() async throws {
        // Fyrbåken: 8 of 20 self-sufficient, so its 120 days are hidden; the reports' way
        // (120·8 + 90·12) / 20 = 102 days leaves it 118,7–121,3.
        let site = try await Self.bothWays("fyrbaken;grund;2022;20;8;120;\nlowen;grund;2022;30;12;90;\n",
                                           open: "102 dagar", protected: "90 dagar")
        let days = try #require(site.open.bounds().first { $0.cell == Self.fyrbaken }?.days[8])
        #expect(days.contains(120) && days.upperBound - days.lowerBound < 3, "\(days)")
        #expect(site.leaks.contains { $0.hasPrefix("\(Self.fyrbaken): the hidden days are narrowed to s=8: 118") })
        #expect(!(try Self.comparePage(site.protected)).contains("120 dagar"))
    }

    @Test("regression (from the random sites): 0 of 10 self-sufficient — the days of no one are not shown")
    func daysOfNoOne() async throws {
        let attacker = try await Self.firstStates("lunden;grund;2022;10;0;20,0;\n")
        #expect(!String(decoding: try #require(attacker.files["anordnare/lunden/index.html"]), as: UTF8.self).contains("20 dagar"))
        #expect(attacker.leaks() == [])
    }

    @Test("the attacker sees a hidden figure planted in its own places, its ranks, the open data and a comment")
    func plantedLeaksAreSeen() async throws {
        let site = try await DisclosureSite.resultsAttacker(results: Self.oneHidden)
        #expect(site.leaks() == [])
        var files = site.files
        func edit(_ path: String, _ change: (String) -> String) throws {
            files[path] = Data(change(String(decoding: try #require(files[path]), as: UTF8.self)).utf8)
        }
        // Lunden's share is ranked last (2) among three: move it among the shown ones, as a value would.
        try edit("jamfor/grund/sortera-egen-forsorjning/index.html") { page in
            page.replacingOccurrences(of: "data-rank-egen-forsorjning=\"2\"", with: "data-rank-egen-forsorjning=\"1\"")
        }
        try edit("jamfor/grund/index.html") { page in
            page.replacingOccurrences(of: "<span class=\"figure\">För få avslut</span>", with: "<span class=\"figure\">33 %</span>")
        }
        try edit("data/resultat.json") { json in
            let status = "\"status\" : \"för få avslut\""
            return json.replacingOccurrences(of: status, with: "\"avslutade\" : 6, " + status)
        }
        try edit("anordnare/lunden/index.html") { $0.replacingOccurrences(of: "</main>", with: "<!-- 2 av 6 --></main>") }
        let leaks = ResultsAttacker(content: site.content, files: files).leaks()
        let ranks = "jamfor/grund/sortera-egen-forsorjning/index.html rows: in data-rank-egen-forsorjning"
        #expect(leaks.contains { $0 == "\(ranks) the rows with a hidden egen-forsorjning [\"lunden\"] sit among those that show it" })
        #expect(leaks.contains { $0.hasPrefix("\(Self.lunden): its hidden egen-forsorjning shows in jamfor/grund/index.html row: 33 %") })
        #expect(leaks.contains { $0 == "\(Self.lunden): its JSON row has avslutade" })
        #expect(leaks.contains { $0.hasPrefix("anordnare/lunden/index.html: a number in an unaccounted channel (comment)") })
    }

    // MARK: Random sites

    /// One generated result row: `kind` 0 is no row; otherwise `ended` (near the minimum
    /// of 10), self-sufficient and returned as percentages, days in tenths, and whether
    /// the row has days and a returned count.
    typealias RowSpec = (kind: Int, ended: Int, selfSufficient: Int, tenths: Int, returned: Int, hasDays: Bool, hasReturned: Bool)

    static let rowSpec = zip(Gen.int(in: 0...4), Gen.int(in: 5...15), Gen.int(in: 0...100), Gen.int(in: 200...4000),
                             Gen.int(in: 0...100), Gen.bool(0.7), Gen.bool(0.7))

    /// The mini fixture's providers in each programme, over one to three years.
    static func results(years: Int, rows: [RowSpec]) -> String {
        var text = "", slot = 0
        for (programme, providers) in DisclosureTests.providers {
            for year in 2023 - years...2022 {
                for provider in providers {
                    let row = rows[slot % rows.count]
                    slot += 1
                    guard row.kind > 0 else { continue }
                    let selfSufficient = row.ended * row.selfSufficient / 100
                    let days = row.hasDays ? SwedishFormat.decimal(Double(row.tenths) / 10, decimals: 1) : ""
                    let returned = row.hasReturned ? String(selfSufficient * row.returned / 100) : ""
                    text += "\(provider);\(programme);\(year);\(row.ended);\(selfSufficient);\(days);\(returned)\n"
                }
            }
        }
        return text
    }

    /// The attacker's leaks on a random site; a site that does not build is an issue.
    static func leaks(_ results: String, minimumEnded: Int = 10, secondarySuppression: Bool) async -> [String] {
        do {
            return try await firstStates(results, minimumEnded: minimumEnded, secondarySuppression: secondarySuppression).leaks()
        } catch {
            Issue.record("\(error)\n--- results ---\n\(results)")
            return []
        }
    }

    @Test("random small sites leak no hidden result figure to the attacker")
    func randomSites() async {
        // minimumEnded 7–12, so that nothing leans on the default 10; ended counts are 5–15.
        await propertyCheck(count: 20, input: Gen.int(in: 1...3), Self.rowSpec.array(of: 15), Gen.int(in: 7...12)) { years, rows, minimum in
            let results = Self.results(years: years, rows: rows)
            let leaks = await Self.leaks(results, minimumEnded: minimum, secondarySuppression: true)
            #expect(leaks == [], "minimumEnded \(minimum)\n\(leaks.joined(separator: "\n"))\n--- results ---\n\(results)")
        }
    }

    @Test("with secondary suppression off the attacker stays sound (the true hidden figures stay feasible) and finds leaks")
    func attackerIsSound() async {
        var leakingSites = 0
        await propertyCheck(count: 8, input: Gen.int(in: 1...3), Self.rowSpec.array(of: 15)) { years, rows in
            let results = Self.results(years: years, rows: rows)
            let leaks = await Self.leaks(results, secondarySuppression: false)
            let wrong = leaks.filter { $0.contains("the attacker itself is wrong") }
            #expect(wrong == [], "\(wrong.joined(separator: "\n"))\n--- results ---\n\(results)")
            if !leaks.isEmpty { leakingSites += 1 }
        }
        // Not a vacuous property: the sites the reports' way give hidden figures away.
        #expect(leakingSites > 0)
    }
}
