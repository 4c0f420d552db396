import Foundation
import Testing
@testable import SiteGen

@Suite("Survey CSV: vendor conventions and every bad row as a diagnostic")
struct SurveyLoadingTests {
    private func problems(_ csv: String) async throws -> [String] {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        return try await site.problems(after: ["Content/nojdhet/2021.csv": csv])
    }

    private let header = "anordnare,insats,år,fraga,medelvarde,antal_svar"

    @Test("comma-separated with decimal point, vendor-hidden cells, 'alla' rows and rows across all programmes load")
    func valid() async throws {
        let csv = "\(header)\nlunden,grund,2021,nki-nojd,3.8,5\nlunden,,2021,nki-nojd,*,-\nalla,,2021,nki-nojd,3.77,89\nalla,sai,2021,nki-rekommendera,\"3,5\",12\n"
        #expect(try await problems(csv) == [])
    }

    @Test("each bad row is reported", arguments: [
        ("lunden,grund,2021,nki-nojd,5.5,7", "Content/nojdhet/2021.csv:2:28: error: 'medelvarde' must be between 1 and 5, found 5.5\n  hint: the survey's scale runs from 1 to 5 (5 is best)"),
        ("lunden,grund,2021,nki-nojd,*,4", "Content/nojdhet/2021.csv:2:30: error: a hidden mean ('*') goes with a hidden count ('-')\n  hint: write - in 'antal_svar' too, as the survey report does"),
        ("lunden,grund,2021,nki-nojd,3.2,-", "Content/nojdhet/2021.csv:2:28: error: a hidden count ('-') goes with a hidden mean ('*')\n  hint: write * in 'medelvarde' too, as the survey report does"),
        ("lunden,grund,2021,nki-noj,3.2,7", "Content/nojdhet/2021.csv:2:19: error: unknown question 'nki-noj'\n  hint: did you mean 'nki-nojd'?"),
        ("lunden,sai,2021,nki-nojd,3.2,7", "Content/nojdhet/2021.csv:2:8: error: 'lunden' is not authorised for 'sai'\n  hint: add sai to 'insatser' in Content/anordnare/lunden.md, or correct the row"),
        ("lunden,grund,2021,nki-nojd,3.2,6.5", "Content/nojdhet/2021.csv:2:32: error: 'antal_svar' is not a whole number (\"6.5\")\n  hint: write digits only, e.g. 12"),
        ("lunden,grund,2031,nki-nojd,3.2,7", "Content/nojdhet/2021.csv:2:14: error: the year 2031 has not happened yet\n  hint: survey results are reported for years that have ended or are under way"),
    ])
    func badRow(row: String, expected: String) async throws {
        #expect(try await problems("\(header)\n\(row)\n") == [expected])
    }

    @Test("a standard deviation is optional; a hidden cell may have '-' there; an impossible one is named with the largest possible")
    func standardDeviation() async throws {
        let header = "anordnare;insats;år;fraga;medelvarde;antal_svar;standardavvikelse"
        #expect(try await problems("\(header)\nlunden;grund;2021;nki-nojd;3,8;10;0,9\nlunden;grund;2021;nki-rekommendera;*;-;-\nfyrbaken;grund;2021;nki-nojd;4,1;8;\n") == [])
        #expect(try await problems("\(header)\nlunden;grund;2021;nki-nojd;4,8;10;1,2\n") == [
            "Content/nojdhet/2021.csv:2:35: error: 'standardavvikelse' 1,2 is not possible for 10 answers on the scale 1–5 with the mean 4,80\n  hint: it is at most 0,92 here; check that the column holds the standard deviation, not the variance",
        ])
        #expect(try await problems("\(header)\nlunden;grund;2021;nki-nojd;*;-;0,7\n") == [
            "Content/nojdhet/2021.csv:2:32: error: a hidden cell ('*') has no standard deviation\n  hint: leave 'standardavvikelse' empty or write -, as for the count",
        ])
    }

    @Test("results and survey problems are reported together")
    func together() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/nojdhet/a.csv", "\(header)\nlundn,grund,2021,nki-nojd,3.2,7\n")
        try site.write("Content/resultat/a.csv", "anordnare;insats;år;avslutade;egen_forsorjning\nlunden;sai;2021;20;9\n")
        await #expect(throws: DiagnosticError.self) { _ = try await site.build() }
        do { _ = try await site.build() } catch { #expect(error.diagnostics.count == 2) }
    }
}
