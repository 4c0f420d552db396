import Foundation
@testable import SiteGen

/// A small site built in memory from the mini fixture with the given survey (and
/// optionally results and a larger `site.yml`), handed to an attacker.
enum DisclosureSite {
    static let surveyHeader = "anordnare;insats;år;fraga;medelvarde;antal_svar\n"
    static let resultsHeader = resultsHeader()

    /// How many random sites a property draws: `usual`, or `SITEGEN_DISCLOSURE_SITES` for a
    /// longer soak (`SITEGEN_DISCLOSURE_SITES=1000 swift test --filter Disclosure`).
    static func randomSiteCount(_ usual: Int) -> Int {
        ProcessInfo.processInfo.environment["SITEGEN_DISCLOSURE_SITES"].flatMap(Int.init) ?? usual
    }

    /// The results' required columns, then the optional ones a test fills in
    /// (`medeldagar`, `aterkommande_24m`, …), in that order.
    static func resultsHeader(_ optional: [String] = []) -> String {
        (["anordnare", "insats", "år", "avslutade", "egen_forsorjning"] + optional).joined(separator: ";") + "\n"
    }

    /// The mini fixture's `site.yml` with `extraQuestions` after its two NKI questions.
    /// The thresholds may be set too, so that the property tests do not lean on 5 and 10.
    static func siteYML(extraQuestions: [(id: String, area: String)] = [], minimumAnswers: Int = 5, minimumEnded: Int = 10) -> String {
        let fixture = (try? String(contentsOf: TestSite.fixtures.appending(path: "mini/Content/site.yml"), encoding: .utf8)) ?? ""
        let extra = extraQuestions.map { "  - id: \($0.id)\n    area: \($0.area)\n    text: Påstående \($0.id)\n" }.joined()
        let thresholds = "  minimumAnswers: 5\n  minimumEnded: 10\n"
        precondition(fixture.contains("\nsuppression:\n" + thresholds), "the questions are the fixture's last list before 'suppression:'")
        return fixture.replacingOccurrences(
            of: "\nsuppression:\n" + thresholds,
            with: "\n" + extra + "suppression:\n  minimumAnswers: \(minimumAnswers)\n  minimumEnded: \(minimumEnded)\n")
    }

    /// With `everyCompareState` false the compare pages are built in their first state
    /// only: the other sort orders and filters show the same cells in another order or
    /// fewer of them, and rendering them all (25 pages a programme) would make the
    /// property test ten times slower in a debug build.
    static func attacker(siteYML: String? = nil, survey: String, results: String? = nil,
                         secondarySuppression: Bool = true, everyCompareState: Bool = true) async throws -> SurveyAttacker {
        let (content, files) = try await build(siteYML: siteYML, survey: survey, results: results,
                                               secondarySuppression: secondarySuppression, everyCompareState: everyCompareState)
        return SurveyAttacker(content: content, files: files)
    }

    /// The results attacker on a site whose `resultat.csv` has the required columns and
    /// then `resultColumns`; `results` holds the rows.
    static func resultsAttacker(siteYML: String? = nil, survey: String = "", results: String, resultColumns: [String] = [],
                                secondarySuppression: Bool = true, everyCompareState: Bool = true) async throws -> ResultsAttacker {
        let (content, files) = try await build(siteYML: siteYML, survey: survey, results: results, resultColumns: resultColumns,
                                               secondarySuppression: secondarySuppression, everyCompareState: everyCompareState)
        return ResultsAttacker(content: content, files: files)
    }

    /// The site's content as loaded and every file the build publishes, by path.
    static func build(siteYML: String?, survey: String, results: String?, resultColumns: [String] = [],
                      secondarySuppression: Bool, everyCompareState: Bool) async throws -> (SiteContent, [String: Data]) {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        if let siteYML { try site.write("Content/site.yml", siteYML) }
        try site.write("Content/nojdhet/enkat.csv", surveyHeader + survey)
        if let results { try site.write("Content/resultat/resultat.csv", resultsHeader(resultColumns) + results) }
        var options = BuildOptions(source: site.root, output: site.output, now: TestSite.now)
        options.secondarySuppression = secondarySuppression
        let (content, templates, _) = try SiteBuilder.load(site.root, currentYear: 2026)
        let files: [OutputFile]
        if everyCompareState {
            files = try await SiteBuilder.files(options)
        } else {
            var built = content
            built.config.suppression.secondarySuppression = secondarySuppression
            let index = SiteIndex(built)
            let plans = SitePlanner(index: index, baseURL: nil, now: TestSite.now).plans().filter { plan in
                let parts = plan.path.split(separator: "/")
                return parts.first != "jamfor" || parts.count == 3 || (parts.count == 4 && parts[2] == "sida-vid-sida")
            }
            files = try await withThrowingTaskGroup(of: OutputFile.self) { group in
                for plan in plans {
                    group.addTask { OutputFile(path: plan.path, text: try templates.render(plan.view, template: plan.template)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            } + DataFiles.files(index.openData)
        }
        return (content, Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a }))
    }
}
