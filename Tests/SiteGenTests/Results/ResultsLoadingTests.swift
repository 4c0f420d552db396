import Foundation
import Testing
@testable import SiteGen

@Suite("Results CSV: every bad row is a diagnostic with file, line and column")
struct ResultsLoadingTests {
    private func problems(_ csv: String) async throws -> [String] {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        return try await site.problems(after: ["Content/resultat/2021.csv": csv])
    }

    private let header = "anordnare;insats;år;avslutade;egen_forsorjning;arbete;studier;eget_foretag;aterkommande_24m;flytt"

    @Test("a valid file with Swedish Excel conventions builds")
    func valid() async throws {
        #expect(try await problems("\u{FEFF}\(header)\r\nlunden;grund;2021;20;9;6;2;1;1;3\r\nfyrbaken;sai;2021;12;4;;;;;\r\n") == [])
    }

    @Test("each bad row is reported, all in one run", arguments: [
        ("lunden;grund;2021;20;21;;;;;", "Content/resultat/2021.csv:2:22: error: 'egen_forsorjning' (21) is more than 'avslutade' (20)\n  hint: egen_forsorjning counts those of the ended programmes that ended in work, studies or own business"),
        ("lunden;grund;2021;20;9;6;2;2;;", "Content/resultat/2021.csv:2:24: error: 'arbete' + 'studier' + 'eget_foretag' is 10, but 'egen_forsorjning' is 9\n  hint: the three columns split egen_forsorjning and must add up to it"),
        ("lundn;grund;2021;20;9;;;;;", "Content/resultat/2021.csv:2:1: error: unknown provider 'lundn'\n  hint: did you mean 'lunden'?"),
        ("lunden;grnd;2021;20;9;;;;;", "Content/resultat/2021.csv:2:8: error: unknown programme 'grnd'\n  hint: did you mean 'grund'?"),
        ("lunden;sai;2021;20;9;;;;;", "Content/resultat/2021.csv:2:8: error: 'lunden' is not authorised for 'sai'\n  hint: add sai to 'insatser' in Content/anordnare/lunden.md, or correct the row"),
        ("lunden;grund;2027;20;9;;;;;", "Content/resultat/2021.csv:2:14: error: the year 2027 has not happened yet\n  hint: results are reported for years that have ended or are under way"),
        ("lunden;grund;2021;-3;0;;;;;", "Content/resultat/2021.csv:2:19: error: 'avslutade' must be 0 or more (\"-3\")\n  hint: a count cannot be negative; check the value"),
        ("lunden;grund;2021;12a;9;;;;;", "Content/resultat/2021.csv:2:19: error: 'avslutade' is not a whole number (\"12a\")\n  hint: write digits only, e.g. 12"),
        ("lunden;grund;2021;20;9;;;;10;", "Content/resultat/2021.csv:2:27: error: 'aterkommande_24m' (10) is more than 'egen_forsorjning' (9)\n  hint: it counts those of the self-sufficient who came back within 24 months"),
        ("lunden;grund;2021;20;9;;;;;12", "Content/resultat/2021.csv:2:1: error: the reasons for ending add up to 21 (egen_forsorjning and the other reasons), more than 'avslutade' (20)\n  hint: each ended programme has one reason"),
    ])
    func badRow(row: String, expected: String) async throws {
        #expect(try await problems("\(header)\n\(row)\n") == [expected])
    }

    @Test("a second row for the same provider, programme and year points at the first")
    func duplicate() async throws {
        let found = try await problems("\(header)\nlunden;grund;2021;20;9;;;;;\nlunden;grund;2021;21;9;;;;;\n")
        #expect(found == ["Content/resultat/2021.csv:3:1: error: a second row for 'lunden', 'grund', 2021\n  hint: the first is at Content/resultat/2021.csv:2:1; keep one of them"])
    }

    @Test("a misspelt column is named with a suggestion")
    func misspeltColumn() async throws {
        let found = try await problems("anordnare;insats;år;avslutad;egen_forsorjning\nlunden;grund;2021;20;9\n")
        #expect(found == ["Content/resultat/2021.csv:1:21: error: unknown column 'avslutad'\n  hint: did you mean 'avslutade'?"])
    }
}
