import Foundation
import PropertyBased
import Testing
@testable import SiteGen

@Suite("Disclosure: an attacker reads every published number and tries to recover hidden survey cells")
struct DisclosureTests {
    /// The Värdegrund area as in the municipality's 2021 report: two questions shown
    /// (3,80 with 5 answers each) and a third hidden for too few answers. We give the
    /// hidden one 3 answers with mean 2,20, so the 2021 way of computing the index gives
    /// (3,80·5 + 3,80·5 + 2,20·3) / 13 = 3,4308 — printed as 3,43, as in the report.
    static let report2021 = (
        siteYML: DisclosureSite.siteYML(extraQuestions: [("vg-behandlas", "Värdegrund"), ("vg-forklarar", "Värdegrund"),
                                                         ("vg-klagomal", "Värdegrund")]),
        survey: """
            lunden;grund;2021;vg-behandlas;3,80;5
            lunden;grund;2021;vg-forklarar;3,80;5
            lunden;grund;2021;vg-klagomal;2,20;3

            """)
    static let hiddenCell = SurveyAttacker.CellKey(provider: "lunden", programme: "grund", year: 2021, question: "vg-klagomal")

    @Test("the 2021 leak: with secondary suppression off the index 3,43 narrows the hidden mean to about 1,6, 2,2 or 2,5")
    func report2021Leaks() async throws {
        let attacker = try await DisclosureSite.attacker(siteYML: Self.report2021.siteYML, survey: Self.report2021.survey,
                                                         secondarySuppression: false)
        let page = String(decoding: try #require(attacker.files["anordnare/lunden/index.html"]), as: UTF8.self)
        #expect(page.contains("3,43 av 5"))
        let bound = try #require(attacker.bounds().first { $0.cell == Self.hiddenCell })
        // k = 1 would need a mean below 1; k = 2, 3, 4 each leave a sliver of the scale.
        #expect(bound.counts == [2, 3, 4])
        for (count, expected) in [(2, 1.58), (3, 2.20), (4, 2.51)] {
            let means = try #require(bound.meanByCount[count])
            #expect(means.contains(expected), "k=\(count): \(means)")
            #expect(means.upperBound - means.lowerBound < 0.12, "k=\(count): \(means)")
        }
        let leaks = attacker.leaks()
        #expect(leaks.contains { $0.hasPrefix("\(Self.hiddenCell): the hidden count is narrowed to [2, 3, 4]") })
        #expect(leaks.contains { $0.hasPrefix("\(Self.hiddenCell): the hidden mean is narrowed to") })
        #expect(!leaks.contains { $0.contains("the attacker itself is wrong") })
    }

    @Test("the 2021 figures with secondary suppression on: the index is hidden and the attacker learns nothing")
    func report2021Protected() async throws {
        let attacker = try await DisclosureSite.attacker(siteYML: Self.report2021.siteYML, survey: Self.report2021.survey)
        let page = String(decoding: try #require(attacker.files["anordnare/lunden/index.html"]), as: UTF8.self)
        #expect(!page.contains("3,43"))
        #expect(page.contains("för att skydda en annan uppgift"))
        let bound = try #require(attacker.bounds().first { $0.cell == Self.hiddenCell })
        #expect(bound.counts == [1, 2, 3, 4])
        #expect(bound.means == 1...5)
        #expect(attacker.leaks() == [])
    }

    @Test("counts leak too: an NKI over two hidden questions, printed with its largest count, pins that count")
    func nkiCountLeak() async throws {
        let survey = "lunden;grund;2022;nki-nojd;4,00;3\nlunden;grund;2022;nki-rekommendera;3,00;2\n"
        let open = try await DisclosureSite.attacker(survey: survey, secondarySuppression: false)
        let compare = String(decoding: try #require(open.files["jamfor/grund/index.html"]), as: UTF8.self)
        #expect(compare.contains("3,60 av 5"))
        let leaks = open.leaks()
        #expect(leaks.contains { $0.hasPrefix("lunden/grund/2022/nki-nojd: the hidden count is narrowed to [1, 2, 3]") })
        #expect(!leaks.contains { $0.contains("the attacker itself is wrong") })
        let protected = try await DisclosureSite.attacker(survey: survey)
        #expect(protected.leaks() == [])
    }

    @Test("the repository's example site gives nothing away to either attacker, in every page state; built the reports' way, it does", arguments: [true, false])
    func exampleSite(secondarySuppression: Bool) async throws {
        let root = TestSite.repository
        let (content, _, _) = try SiteBuilder.load(root, currentYear: 2026)
        var options = BuildOptions(source: root, output: root.appending(path: "unused"), now: TestSite.now)
        options.secondarySuppression = secondarySuppression
        let built = try await SiteBuilder.files(options)
        let files = Dictionary(built.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let leaks = (survey: SurveyAttacker(content: content, files: files).leaks(), results: ResultsAttacker(content: content, files: files).leaks())
        if secondarySuppression {
            #expect(leaks.survey == [] && leaks.results == [], "\(leaks)")
        } else {
            #expect(!leaks.survey.isEmpty && !leaks.results.isEmpty)
            #expect(!(leaks.survey + leaks.results).contains { $0.contains("the attacker itself is wrong") })
        }
    }

    @Test("a hidden NKI's place in the NKI order is watched: moved among the shown ones, as a value would, it is a leak")
    func nkiRankPlanted() async throws {
        // Löwenhjärta's NKI is hidden (3 answers); Fyrbåken's and Lunden's are shown.
        let survey = ["fyrbaken;grund;2022;nki-nojd;4,10;9", "fyrbaken;grund;2022;nki-rekommendera;4,00;9",
                      "lunden;grund;2022;nki-nojd;3,20;8", "lunden;grund;2022;nki-rekommendera;3,00;8",
                      "lowen;grund;2022;nki-nojd;4,90;3", "lowen;grund;2022;nki-rekommendera;5,00;3"].joined(separator: "\n") + "\n"
        let site = try await DisclosureSite.attacker(survey: survey)
        #expect(site.leaks() == [])
        let path = "jamfor/grund/sortera-nojdhet/index.html"
        let page = String(decoding: try #require(site.files[path]), as: UTF8.self)
        // Ranked last (2) of three; a leak would rank it by its value, first, above the shown 4,05.
        #expect(page.contains("data-provider=\"lowen\" data-filters=\"") && page.contains("data-rank-nojdhet=\"2\""))
        var files = site.files
        files[path] = Data(page.replacingOccurrences(of: "data-rank-nojdhet=\"0\"", with: "data-rank-nojdhet=\"9\"")
            .replacingOccurrences(of: "data-rank-nojdhet=\"2\"", with: "data-rank-nojdhet=\"0\"").utf8)
        let leaks = SurveyAttacker(content: site.content, files: files).leaks()
        #expect(leaks.contains("\(path) rows: the rows with a hidden NKI [\"lowen\"] are not ranked after those that show it"))
        #expect(leaks.contains("\(path) cards: the rows with a hidden NKI [\"lowen\"] are not ranked after those that show it"))
    }

    @Test("the attacker reads numbers from text, attributes, comments, scripts, CSV and JSON")
    func readsEveryChannel() {
        let html = """
            <!DOCTYPE html><p title="medel 2,20">Index <b>3,43</b> av 5<!-- 2.6 --></p>
            <tr data-mean='1.58'><td aria-label=4,5>x</td></tr><svg><circle cy="42.5"/></svg>
            <script>var hidden = 2.51;</script><p>1&nbsp;234 &amp; 7</p></div></span>
            """
        let numbers = PublishedNumbers.markup(html, file: "a.html")
        let found = Set(numbers.filter(\.hasDecimals).map(\.value))
        #expect(found == [2.2, 3.43, 2.6, 1.58, 4.5, 42.5, 2.51])
        #expect(numbers.contains { $0.place == "@data-mean on <tr>" && $0.value == 1.58 })
        #expect(numbers.contains { $0.place == "comment" && $0.value == 2.6 })
        #expect(numbers.contains { $0.place == "text in <script>" && $0.value == 2.51 })
        let csv = PublishedNumbers.csv("\u{FEFF}a;b\r\n\"x;1,5\";2,25\r\n", file: "a.csv")
        #expect(csv.map(\.value) == [1.5, 2.25])
        let json = PublishedNumbers.json(Data(#"[{"medelvarde": 3.8, "antal_svar": 5, "fraga": "q 2,5"}]"#.utf8), file: "a.json")
        #expect(Set(json.map(\.value)) == [3.8, 5, 2.5])
    }

    // MARK: Random sites

    /// The mini fixture's providers in each programme.
    static let providers = [("grund", ["fyrbaken", "lowen", "lunden"]), ("sai", ["alta", "fyrbaken"])]
    static let extraQuestions = [("vg-behandlas", "Värdegrund"), ("vg-forklarar", "Värdegrund"), ("vg-klagomal", "Värdegrund")]

    /// One generated survey part (a provider's answers in a programme): 0 none, 1 hidden
    /// by the vendor (its answers still count in the vendor's totals), otherwise answered,
    /// with `answers` (1–8, around the threshold) and mean near `hundredths` / 100 (whole scores behind it).
    typealias CellSpec = (kind: Int, answers: Int, hundredths: Int)

    static let cellSpec = zip(Gen.int(in: 0...7), Gen.int(in: 1...8), Gen.int(in: 100...500))

    /// A small site from generated numbers, in the vendor's shapes. Each year is delivered
    /// one way (`layout`): provider × programme cells; only each provider's margin (all its
    /// programmes); or mixed, each provider as cells, margin or both. Every year has the
    /// vendor's columns (`alla;<programme>`) and total (`alla;`), consistent with the parts:
    /// n the sum of the parts' n, the mean answer-weighted. Sometimes the vendor leaves one
    /// provider out of the file but counts it in the columns and the total. Sometimes a first
    /// year gives only the NKI index (`fraga` NKI), as the history since 2016 does.
    static func site(shape: (Int, Bool, Int, Int), cells: [CellSpec], layout: [Int], ended: [Int])
        -> (siteYML: String, survey: String, results: String) {
        let (extra, withSAI, yearCount, minimumAnswers) = shape
        let questions = ["nki-nojd", "nki-rekommendera"] + extraQuestions.prefix(extra).map(\.0)
        let years = Array(2023 - yearCount + 1...2023)
        let programmes = providers.filter { $0.0 == "grund" || withSAI }
        var everyone: [String] = []
        for (_, providers) in programmes { for provider in providers where !everyone.contains(provider) { everyone.append(provider) } }
        var survey = "", results = ""
        var slot = 0, layoutSlot = 0, resultSlot = 0
        func next() -> Int { defer { layoutSlot += 1 }; return layout[layoutSlot % layout.count] }
        func figure(_ sum: Int, _ answers: Int) -> String { SwedishFormat.decimal(Double(sum) / Double(answers), decimals: 2) + ";\(answers)" }
        for (programme, providers) in programmes {
            for year in years {
                for provider in providers {
                    let ended = ended[resultSlot % ended.count]
                    resultSlot += 1
                    results += "\(provider);\(programme);\(year);\(ended);\(ended / 2)\n"
                }
            }
        }
        // Sometimes a year of history before them: the NKI index alone, in the same shapes.
        let history = next() < 5 ? years.first! - 1 : nil
        for year in (history.map { [$0] } ?? []) + years {
            let form = next() % 3
            // 0 cells, 1 margin, 2 both.
            let delivery = Dictionary(uniqueKeysWithValues: everyone.map { ($0, form == 0 ? 0 : form == 1 ? 1 : next() % 3) })
            let leftOut = next() < 3 ? everyone[next() % everyone.count] : nil
            for question in year == history ? [SurveyRecord.indexQuestion] : questions {
                var parts: [(provider: String, programme: String, answers: Int, sum: Int, atSource: Bool)] = []
                for (programme, providers) in programmes {
                    for provider in providers {
                        let cell = cells[slot % cells.count]
                        slot += 1
                        guard cell.kind != 0 else { continue }
                        let sum = min(5 * cell.answers, max(cell.answers, Int((Double(cell.hundredths * cell.answers) / 100).rounded())))
                        parts.append((provider, programme, cell.answers, sum, cell.kind == 1))
                    }
                }
                guard !parts.isEmpty else { continue }
                for provider in everyone where provider != leftOut {
                    let own = parts.filter { $0.provider == provider }
                    guard let first = own.first else { continue }
                    if delivery[provider] != 1 {
                        for part in own {
                            survey += "\(provider);\(part.programme);\(year);\(question);" + (part.atSource ? "*;-" : figure(part.sum, part.answers)) + "\n"
                        }
                    }
                    if delivery[provider] != 0 {
                        let atSource = delivery[provider] == 1 && first.atSource
                        survey += "\(provider);;\(year);\(question);"
                            + (atSource ? "*;-" : figure(own.map(\.sum).reduce(0, +), own.map(\.answers).reduce(0, +))) + "\n"
                    }
                }
                for (programme, _) in programmes {
                    let column = parts.filter { $0.programme == programme }
                    guard !column.isEmpty else { continue }
                    survey += "alla;\(programme);\(year);\(question);" + figure(column.map(\.sum).reduce(0, +), column.map(\.answers).reduce(0, +)) + "\n"
                }
                survey += "alla;;\(year);\(question);" + figure(parts.map(\.sum).reduce(0, +), parts.map(\.answers).reduce(0, +)) + "\n"
            }
        }
        return (DisclosureSite.siteYML(extraQuestions: Array(extraQuestions.prefix(extra)), minimumAnswers: minimumAnswers), survey, results)
    }

    /// Extra questions, whether SAI has data, how many years, and `minimumAnswers` (3–6,
    /// so that nothing leans on the default 5).
    static let shape = zip(Gen.int(in: 0...3), Gen.bool, Gen.int(in: 1...2), Gen.int(in: 3...6))
    static let layout = Gen.int(in: 0...9).array(of: 20)

    @Test("random small sites leak no hidden survey cell to the attacker")
    func randomSites() async {
        await propertyCheck(count: DisclosureSite.randomSiteCount(30), input: Self.shape, Self.cellSpec.array(of: 50), Self.layout,
                            Gen.int(in: 5...15).array(of: 10)) { shape, cells, layout, ended in
            let site = Self.site(shape: shape, cells: cells, layout: layout, ended: ended)
            do {
                let attacker = try await DisclosureSite.attacker(siteYML: site.siteYML, survey: site.survey, results: site.results,
                                                                 everyCompareState: false)
                let leaks = attacker.leaks()
                #expect(leaks == [], "\(leaks.joined(separator: "\n"))\n--- survey ---\n\(site.survey)")
            } catch {
                Issue.record("\(error)\n--- survey ---\n\(site.survey)")
            }
        }
    }

    @Test("with secondary suppression off the attacker stays sound (the true hidden figures stay feasible) and finds leaks")
    func attackerIsSound() async {
        var leakingSites = 0
        await propertyCheck(count: 8, input: Self.shape, Self.cellSpec.array(of: 50), Self.layout,
                            Gen.int(in: 5...15).array(of: 10)) { shape, cells, layout, ended in
            let site = Self.site(shape: shape, cells: cells, layout: layout, ended: ended)
            do {
                let attacker = try await DisclosureSite.attacker(siteYML: site.siteYML, survey: site.survey, results: site.results,
                                                                 secondarySuppression: false, everyCompareState: false)
                let leaks = attacker.leaks()
                let wrong = leaks.filter { $0.contains("the attacker itself is wrong") }
                #expect(wrong == [], "\(wrong.joined(separator: "\n"))\n--- survey ---\n\(site.survey)")
                if !leaks.isEmpty { leakingSites += 1 }
            } catch {
                Issue.record("\(error)\n--- survey ---\n\(site.survey)")
            }
        }
        // Not a vacuous property: the sites the 2021 way give hidden cells away.
        #expect(leakingSites > 0)
    }
}
