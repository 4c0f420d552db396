import Foundation
@testable import SiteGen

/// A small site built in memory from the mini fixture with the given survey (and
/// optionally results and a larger `site.yml`), handed to the attacker.
enum DisclosureSite {
    static let surveyHeader = "anordnare;insats;år;fraga;medelvarde;antal_svar\n"
    static let resultsHeader = "anordnare;insats;år;avslutade;egen_forsorjning\n"

    /// The mini fixture's `site.yml` with the NKI questions and `extra` appended (YAML list
    /// items under `questions:`).
    static func siteYML(extraQuestions: [(id: String, area: String)]) -> String {
        var text = """
            title: Välj jobb- och utbildningsexpert
            organisation: Nacka kommun
            language: sv
            description: Jämför anordnare.
            programmes:
              - id: grund
                name: Jobbpeng grund
                description: För dig som står nära arbetsmarknaden.
              - id: sai
                name: SAI
                description: Svenska är hindret.
            districts: [Fisksätra, Orminge]
            languages: [svenska, arabiska]
            suppression:
              minimumAnswers: 5
              minimumEnded: 10
            questions:
              - id: nki-nojd
                area: NKI
                text: Jag är nöjd med de arbetsmarknadsinsatser jag fått
              - id: nki-rekommendera
                area: NKI
                text: Jag kan rekommendera min jobb- och utbildningsexpert till andra

            """
        for question in extraQuestions {
            text += "  - id: \(question.id)\n    area: \(question.area)\n    text: Påstående \(question.id)\n"
        }
        return text
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
