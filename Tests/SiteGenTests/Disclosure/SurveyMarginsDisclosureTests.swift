import Foundation
import Testing
@testable import SiteGen

/// Issue 12 item 2: the vendor's margins, columns and total cannot be played against each
/// other. The attacker's sums (``SurveyAttacker/identityBounds(seed:)``) on small, fixed
/// figures; the random sites in ``DisclosureTests`` draw the same shapes.
@Suite("Disclosure: the vendor's margins, columns and total against each other")
struct SurveyMarginsDisclosureTests {
    /// A year in the vendor's shape: two margins (Lunden's with 3 answers, under 5), the
    /// column for grund and the total, which add up: 9 + 3 = 12, 4,00·9 + 2,00·3 = 3,50·12.
    static let hiddenMargin = """
        fyrbaken;;2023;nki-nojd;4,00;9
        lunden;;2023;nki-nojd;2,00;3
        alla;grund;2023;nki-nojd;3,50;12
        alla;;2023;nki-nojd;3,50;12

        """
    static let lunden = SurveyAttacker.CellKey(provider: "lunden", programme: "", year: 2023, question: "nki-nojd")

    /// The reader cannot know that no provider was left out of the file (Löwenhjärta and
    /// Älta have no rows), so 12 − 9 = 3 is an upper bound: 1–3 answers, and with 3 the mean is 2,00.
    @Test("the report's way (switch off): the total less the shown margin bounds the hidden margin: at most 3 answers, mean 2,00 with 3")
    func totalLessMarginsLeaks() async throws {
        let attacker = try await DisclosureSite.attacker(survey: Self.hiddenMargin, secondarySuppression: false, everyCompareState: false)
        let bound = try #require(attacker.bounds().first { $0.cell == Self.lunden })
        #expect(bound.counts == [1, 2, 3])
        let mean = try #require(bound.meanByCount[3])
        #expect(mean.contains(2.0) && mean.upperBound - mean.lowerBound < 0.05, "\(mean)")
        #expect((bound.means?.upperBound ?? 5) < 4.1)
        let leaks = attacker.leaks()
        #expect(leaks.contains { $0.hasPrefix("\(Self.lunden): the hidden count is narrowed to [1, 2, 3]") && $0.contains("Σ margins") })
        #expect(leaks.contains { $0.hasPrefix("\(Self.lunden): the hidden mean is narrowed to") })
        #expect(!leaks.contains { $0.contains("the attacker itself is wrong") })
    }

    @Test("with the rule on the vendor's rows are hidden and the sums give nothing")
    func totalLessMarginsProtected() async throws {
        let attacker = try await DisclosureSite.attacker(survey: Self.hiddenMargin, everyCompareState: false)
        let bound = try #require(attacker.bounds().first { $0.cell == Self.lunden })
        #expect(bound.counts == [1, 2, 3, 4])
        #expect(bound.means == 1...5)
        #expect(attacker.leaks() == [])
    }

    /// Found by the random sites: Löwenhjärta's 2 answers are left out of the file but
    /// counted by the vendor. Rule 3 hides the total (12 + 2 = 14 leaves a rest of 2 over
    /// the margins), but the column for grund — the only programme — is the same 14 and is
    /// shown, its own parts (no cells) leaving nothing to check. Total = Σ columns, so the
    /// column less the margins is the left-out group: 2 answers, mean (3,07·14 − 1,50·6 − 4,50·6) / 2 ≈ 3,5.
    @Test("a small group left out of the file: the columns give the hidden total back, and the total less the margins is the group")
    func leftOutGroupThroughTheColumns() async throws {
        let survey = """
            fyrbaken;;2023;nki-nojd;1,50;6
            lunden;;2023;nki-nojd;4,50;6
            alla;grund;2023;nki-nojd;3,07;14
            alla;;2023;nki-nojd;3,07;14

            """
        let attacker = try await DisclosureSite.attacker(siteYML: DisclosureSite.siteYML(minimumAnswers: 3), survey: survey,
                                                         everyCompareState: false)
        let leaks = attacker.leaks()
        #expect(leaks == [], "\(leaks.joined(separator: "\n"))")
    }

    /// Found by the random sites: two cells of 1 answer each (under 3) and their column of
    /// 2, hidden "för få svar". The column's status says it has at most 2, so each cell has
    /// exactly 1 — the count of every hidden figure is pinned by the statuses alone.
    @Test("hidden wholes under the minimum: their status bounds the hidden parts' counts")
    func smallWholeBoundsItsParts() async throws {
        let survey = """
            fyrbaken;grund;2023;nki-nojd;2,00;1
            lowen;grund;2023;nki-nojd;4,00;1
            alla;grund;2023;nki-nojd;3,00;2
            alla;;2023;nki-nojd;3,00;2

            """
        let attacker = try await DisclosureSite.attacker(siteYML: DisclosureSite.siteYML(minimumAnswers: 3), survey: survey,
                                                         everyCompareState: false)
        let leaks = attacker.leaks()
        #expect(leaks == [], "\(leaks.joined(separator: "\n"))")
    }

    /// Found by the random sites: a column under the minimum (SAI, 2 answers) is hidden by the
    /// minimum-frequency rule, but rule 2 counts only hidden cells and margins, so the total
    /// (12, 3,50) and the other column (grund, 10, 3,40) stay shown: 12 − 10 = 2 answers,
    /// (3,50·12 − 3,40·10) / 2 = 4,00.
    @Test("a column under the minimum: the total less the other columns gives it back")
    func smallColumnThroughTheTotal() async throws {
        let survey = """
            fyrbaken;;2023;nki-nojd;4,00;6
            lunden;;2023;nki-nojd;3,00;6
            alla;grund;2023;nki-nojd;3,40;10
            alla;sai;2023;nki-nojd;4,00;2
            alla;;2023;nki-nojd;3,50;12

            """
        let attacker = try await DisclosureSite.attacker(survey: survey, everyCompareState: false)
        let leaks = attacker.leaks()
        #expect(leaks == [], "\(leaks.joined(separator: "\n"))")
    }

    /// Found by the random sites: providers given only as cells (both vendor-hidden) are the
    /// rest of the total less the margins, and two rows make that rest at least 2; that is the
    /// file's shape, not a figure, and the attacker once took it for a narrowed small group.
    @Test("a total less the margins, where providers are given only as cells, is no secret group")
    func cellsOnlyProvidersAreNotALeftOutGroup() async throws {
        let survey = """
            fyrbaken;grund;2023;nki-nojd;*;-
            lowen;;2023;nki-nojd;1,00;1
            lunden;grund;2023;nki-nojd;*;-
            alla;grund;2023;nki-nojd;1,00;3
            alla;;2023;nki-nojd;1,00;3

            """
        let attacker = try await DisclosureSite.attacker(siteYML: DisclosureSite.siteYML(minimumAnswers: 3), survey: survey,
                                                         everyCompareState: false)
        #expect(attacker.leaks() == [])
    }

    /// Found by the random sites (the mirror of the case above): providers given only as
    /// margins are the rest of a column less its cells, and their two rows make that rest at
    /// least 2; again the file's shape, not a group no row accounts for.
    @Test("a column less its cells, where providers are given only as margins, is no secret group")
    func marginsOnlyProvidersAreNotALeftOutGroup() async throws {
        let survey = """
            fyrbaken;;2023;nki-nojd;*;-
            lowen;grund;2023;nki-nojd;1,00;1
            lunden;;2023;nki-nojd;*;-
            alla;grund;2023;nki-nojd;1,00;3
            alla;;2023;nki-nojd;1,00;3

            """
        let attacker = try await DisclosureSite.attacker(siteYML: DisclosureSite.siteYML(minimumAnswers: 3), survey: survey,
                                                         everyCompareState: false)
        #expect(attacker.leaks() == [])
    }

    /// The history gives the NKI index alone (`fraga` NKI) in the same two-way shape: the
    /// same sums, the same rule.
    @Test("the NKI history's margins and total: leak with the rule off, protected with it on")
    func historyYear() async throws {
        let survey = Self.hiddenMargin.replacingOccurrences(of: ";2023;nki-nojd;", with: ";2019;NKI;")
        let lunden = SurveyAttacker.CellKey(provider: "lunden", programme: "", year: 2019, question: "NKI")
        let off = try await DisclosureSite.attacker(survey: survey, secondarySuppression: false, everyCompareState: false)
        #expect(off.leaks().contains { $0.hasPrefix("\(lunden): the hidden count is narrowed to [1, 2, 3]") })
        let on = try await DisclosureSite.attacker(survey: survey, everyCompareState: false)
        #expect(on.leaks() == [])
        let bound = try #require(on.bounds().first { $0.cell == lunden })
        #expect(bound.counts == [1, 2, 3, 4] && bound.means == 1...5)
    }
}
