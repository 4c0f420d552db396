import Foundation
@testable import SiteGen

/// A small site built in memory from the mini fixture with the given survey (and
/// optionally results and a larger `site.yml`), handed to the attacker.
enum DisclosureSite {
    static let surveyHeader = "anordnare;insats;år;fraga;medelvarde;antal_svar\n"
    static let resultsHeader = "anordnare;insats;år;avslutade;egen_forsorjning\n"

    /// The mini fixture's `site.yml` with `extraQuestions` after its two NKI questions.
    static func siteYML(extraQuestions: [(id: String, area: String)]) -> String {
        let fixture = (try? String(contentsOf: TestSite.fixtures.appending(path: "mini/Content/site.yml"), encoding: .utf8)) ?? ""
        let extra = extraQuestions.map { "  - id: \($0.id)\n    area: \($0.area)\n    text: Påstående \($0.id)\n" }.joined()
        precondition(fixture.contains("\nsuppression:"), "the questions are the fixture's last list before 'suppression:'")
        return fixture.replacingOccurrences(of: "\nsuppression:", with: "\n" + extra + "suppression:")
    }

    /// With `everyCompareState` false the compare pages are built in their first state
    /// only: the other sort orders and filters show the same cells in another order or
    /// fewer of them, and rendering them all (25 pages a programme) would make the
    /// property test ten times slower in a debug build.
    static func attacker(siteYML: String? = nil, survey: String, results: String? = nil,
                         secondarySuppression: Bool = true, everyCompareState: Bool = true) async throws -> SurveyAttacker {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        if let siteYML { try site.write("Content/site.yml", siteYML) }
        for folder in ["nojdhet", "resultat"] {
            try FileManager.default.createDirectory(at: site.root.appending(path: "Content/\(folder)"), withIntermediateDirectories: true)
        }
        try site.write("Content/nojdhet/enkat.csv", surveyHeader + survey)
        if let results { try site.write("Content/resultat/resultat.csv", resultsHeader + results) }
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
        return SurveyAttacker(content: content,
                              files: Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a }))
    }
}
