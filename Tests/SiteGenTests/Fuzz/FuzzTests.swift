import Foundation
import PropertyBased
import Testing
@testable import SiteGen

/// Our own fuzzing: valid files of every kind an editor edits, mutated at random (inserts of
/// the characters and words that break each format, deletions, replaced runs, repeated,
/// dropped and swapped lines). Whatever comes out, the build must not crash, must finish
/// within a second, and must either succeed or report every problem at a line with a hint.
/// Counterexamples found this way are kept, shrunk, in ``FuzzReplayTests``.
@Suite("Fuzz: mutated inputs never crash or hang, and every problem is located")
struct FuzzTests {
    static let results = """
        anordnare;insats;år;avslutade;egen_forsorjning;arbete;studier;eget_foretag;medeldagar
        fyrbaken;grund;2022;20;9;6;3;0;120,5
        fyrbaken;grund;2023;4;1;1;0;0;98
        fyrbaken;sai;2022;24;10;7;3;0;118

        """

    static let survey = """
        anordnare;insats;år;fraga;medelvarde;antal_svar
        fyrbaken;grund;2022;nki-nojd;4,10;12
        fyrbaken;grund;2022;nki-rekommendera;3,90;12
        fyrbaken;grund;2023;nki-nojd;4,50;3
        alla;;2022;nki-nojd;4,10;12

        """

    /// One kind of file to mutate: where it lives, its valid text and the vocabulary.
    struct Target: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var path: String
        var base: String
        var tokens: [String]
        var count: Int
    }

    static let targets = [
        Target(testDescription: "a results CSV", path: "Content/resultat/2022.csv", base: results, tokens: FuzzTokens.csv, count: 500),
        Target(testDescription: "a survey CSV", path: "Content/nojdhet/2022.csv", base: survey, tokens: FuzzTokens.csv, count: 500),
        Target(testDescription: "site.yml", path: "Content/site.yml", base: CatalogueSite.siteYML, tokens: FuzzTokens.yaml, count: 500),
        Target(testDescription: "a provider's front matter", path: "Content/anordnare/fyrbaken.md", base: InlineSite.fyrbakenMD,
               tokens: FuzzTokens.yaml, count: 400),
        Target(testDescription: "an event: its recurrence rule, times and exceptions", path: "Content/kalender/dialog.md",
               base: CatalogueSite.eventMD.replacingOccurrences(
                   of: "andrad: 2026-02-01",
                   with: "andrad: 2026-02-01\ninstallda: [2026-04-03]\nandringar:\n  - datum: 2026-05-01\n    start: 2026-05-08 09:00\n    plats: Fisksätra bibliotek"),
               tokens: FuzzTokens.rrule + FuzzTokens.yaml, count: 500),
    ]

    /// Runs `count` mutated versions of the target's text through one site. The text must
    /// build unmutated, and the mutations must reach both outcomes, or the fuzzing tests nothing.
    @Test("mutated files", arguments: targets)
    func mutated(_ target: Target) async throws {
        let site = try FuzzSite()
        defer { site.remove() }
        let baseProblems = try site.check(target.path, target.base)
        #expect(baseProblems.isEmpty, "the unmutated \(target.path) must build: \(baseProblems)")
        let outcomes = Outcomes()
        await propertyCheck(count: target.count, input: Mutation.edits) { edits in
            let text = edits.reduce(target.base) { $1.apply(to: $0, tokens: target.tokens) }
            outcomes.count(try site.check(target.path, text))
        }
        #expect(outcomes.built > 0 && outcomes.refused > 0, "built \(outcomes.built), refused \(outcomes.refused)")
    }

    /// Rules assembled from parts rather than mutated text: `NAME=value,value` pairs of
    /// every part (known, unsupported and unknown) with values that fit and values that do
    /// not, expanded over the calendar's window when they parse.
    @Test("a recurrence rule written from random parts")
    func recurrenceRule() async throws {
        let names = ["INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "WKST", "BYSETPOS", "BYHOUR", "FREQ", "X-NAME", ""]
        let values = ["1", "2", "3", "0", "-1", "7", "13", "31", "-31", "53", "366", "1000", "1001", "10000", "10001",
                      "9223372036854775807", "MO", "SU", "1FR", "-1TH", "5MO", "53MO", "+2WE", "0MO", "XX",
                      "20260401", "20270230", "20270616T215959Z", "20261025T023000", "20260329T023000", "2026", "", " ", "٣"]
        let site = try FuzzSite()
        defer { site.remove() }
        let outcomes = Outcomes()
        let part = zip(Gen.int(in: 0...(names.count - 1)), Gen.int(in: 0...(values.count - 1)).array(of: 1...3))
        await propertyCheck(count: 500, input: part.array(of: 0...5), Gen.int(in: 0...3)) { parts, frequency in
            let written = parts.map { name, chosen in names[name] + "=" + chosen.map { values[$0] }.joined(separator: ",") }
            let rule = (["FREQ=\(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"][frequency])"] + written).joined(separator: ";")
            let event = CatalogueSite.eventMD.replacingOccurrences(of: "FREQ=MONTHLY;BYDAY=1FR", with: rule)
            outcomes.count(try site.check("Content/kalender/dialog.md", event))
        }
        #expect(outcomes.built > 0 && outcomes.refused > 0, "built \(outcomes.built), refused \(outcomes.refused)")
    }
}

/// How many fuzz inputs built and how many were refused.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = (built: 0, refused: 0)
    var built: Int { lock.withLock { counts.built } }
    var refused: Int { lock.withLock { counts.refused } }
    func count(_ problems: [Diagnostic]) {
        lock.withLock { if problems.isEmpty { counts.built += 1 } else { counts.refused += 1 } }
    }
}
