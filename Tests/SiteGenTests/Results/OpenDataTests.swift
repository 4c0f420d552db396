import Foundation
import Testing
@testable import SiteGen

@Suite("Open data downloads")
struct OpenDataTests {
    private func site() async throws -> TestSite {
        let site = try TestSite(content: "mini")
        try site.write("Content/resultat/r.csv", "anordnare;insats;år;avslutade;egen_forsorjning;medeldagar;aterkommande_24m\nlunden;grund;2021;20;9;215,5;1\nlunden;grund;2022;7;3;190;0\nfyrbaken;grund;2021;40;12;140,25;2\n")
        try site.write("Content/nojdhet/n.csv", "anordnare;insats;år;fraga;medelvarde;antal_svar;standardavvikelse\nlunden;grund;2022;nki-nojd;3,8;5;0,84\nlunden;grund;2022;nki-rekommendera;2,25;4;1,1\nfyrbaken;sai;2022;nki-nojd;*;-;-\n")
        _ = try await site.build()
        return site
    }

    @Test("the CSV opens in Swedish Excel: BOM, semicolons, decimal comma, CRLF; hidden cells have only their status")
    func csv() async throws {
        let site = try await site()
        defer { site.remove() }
        let data = try Data(contentsOf: site.output.appending(path: "data/resultat.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text == """
            anordnare;anordnare_namn;insats;år;status;avslutade;egen_forsorjning;andel_egen_forsorjning;intervall_lag;intervall_hog;medeldagar;aterkommande_24m;andel_aterkommande\r
            fyrbaken;Fyrbåken Kompetens;grund;2021;visas;40;12;0,3000;0,1807;0,4543;140,3;2;0,1667\r
            lunden;Lunden Jobb;grund;2021;visas;20;9;0,4500;0,2582;0,6579;;;\r
            lunden;Lunden Jobb;grund;2022;för få avslut;;;;;;;;\r

            """)
        let survey = String(decoding: try Data(contentsOf: site.output.appending(path: "data/nojdhet.csv")).dropFirst(3), as: UTF8.self)
        // 3,80 ± 2.776 · 0.84 / √5 = 2,76–4,84.
        #expect(survey.contains("lunden;Lunden Jobb;grund;2022;nki-nojd;visas;3,80;5;0,84;2,76;4,84\r\n"))
        #expect(survey.contains("lunden;Lunden Jobb;grund;2022;nki-rekommendera;för få svar;;;;;\r\n"))
        #expect(survey.contains("fyrbaken;Fyrbåken Kompetens;sai;2022;nki-nojd;för få svar;;;;;\r\n"))
    }

    @Test("no hidden figure or count appears in the JSON")
    func json() async throws {
        let site = try await site()
        defer { site.remove() }
        let results = try site.read("data/resultat.json")
        #expect(results.contains("\"andel_egen_forsorjning\" : 0.45"))
        #expect(!results.contains("\"avslutade\" : 7"))
        #expect(!results.contains("190"))
        let survey = try site.read("data/nojdhet.json")
        #expect(!survey.contains("2.25"))
        #expect(!survey.contains("\"antal_svar\" : 4"))
        #expect(!survey.contains("1.1"))
        // Durability needs 10 self-sufficient: Lunden's 9 in 2021 keep their 1 returner hidden.
        #expect(!results.contains("\"aterkommande24m\" : 1") && !results.contains("\"aterkommande_24m\" : 1"))
        #expect(results.contains("\"aterkommande_24m\" : 2"))
    }
}
