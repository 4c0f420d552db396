import Foundation
@testable import SiteGen

/// A whole valid site written from strings, with every kind of file a build reads (site
/// settings with questions and a calendar, a provider, a page, results, survey, an event
/// and the repository's templates), so that one changed file can reach any diagnostic
/// the Load and Validate steps can make.
struct CatalogueSite {
    static let siteYML = InlineSite.siteYML + """
        questions:
          - id: nki-nojd
            area: NKI
            text: Jag är nöjd med de arbetsmarknadsinsatser jag fått
          - id: nki-rekommendera
            area: NKI
            text: Jag kan rekommendera min jobb- och utbildningsexpert till andra
        suppression:
          minimumAnswers: 5
          minimumEnded: 10
        calendar:
          domain: jobbpeng.nacka.example
          kinds:
            - id: dialogmote
              name: Dialogmöte
          audiences:
            - id: anordnare
              name: Anordnare

        """

    /// Line 2 is the first row; its values start at columns 1, 10, 16, 21, 24, 26, 28, 30
    /// and 32; the header's names at 1, 11, 18, 21, 31, 48, 55, 63 and 76.
    static let resultsCSV = """
        anordnare;insats;år;avslutade;egen_forsorjning;arbete;studier;eget_foretag;medeldagar
        fyrbaken;grund;2022;20;9;6;3;0;120,5

        """

    /// Line 2 is the first row; its values start at columns 1, 10, 16, 21, 30 and 35.
    static let surveyCSV = """
        anordnare;insats;år;fraga;medelvarde;antal_svar
        fyrbaken;grund;2022;nki-nojd;4,10;12

        """

    /// A valid event: the first Friday of every month (lines 2–9 are its fields).
    static let eventMD = """
        ---
        titel: Dialogmöte
        typ: dialogmote
        malgrupp: [anordnare]
        start: 2026-03-06 09:00
        slut: 11:00
        upprepning: FREQ=MONTHLY;BYDAY=1FR
        plats: Nacka stadshus
        andrad: 2026-02-01
        ---
        Vi ses.

        """

    static let defaults = InlineSite.defaults.merging([
        "Content/site.yml": siteYML,
        "Content/resultat/2022.csv": resultsCSV,
        "Content/nojdhet/2022.csv": surveyCSV,
        "Content/kalender/dialog.md": eventMD,
    ]) { _, new in new }

    let root: URL

    /// The repository's templates are copied first (unless `removing` names `Templates`),
    /// so a case may overwrite one template with `files` or delete one with `removing`.
    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:], removing: [String] = []) throws {
        root = FileManager.default.temporaryDirectory.appending(path: "sitegen-catalogue-\(UUID().uuidString)")
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        if !removing.contains("Templates") {
            try fileManager.copyItem(at: TestSite.repository.appending(path: "Templates"), to: root.appending(path: "Templates"))
        }
        var texts = Self.defaults.merging(files) { _, new in new }
        for path in removing { texts[path] = nil }
        let all = texts.mapValues { Array($0.utf8) }.merging(bytes) { _, new in new }
        for (path, content) in all {
            let url = root.appending(path: path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content).write(to: url)
        }
        for path in removing where path.hasPrefix("Templates/") {
            try fileManager.removeItem(at: root.appending(path: path))
        }
    }

    /// Every problem loading and validating reports, as a build would (content,
    /// results, survey, calendar and templates together); with `render`, also the
    /// problems only rendering finds (the template check, names in a page's text).
    func diagnostics(render: Bool = false) async -> [Diagnostic] {
        do {
            if render {
                _ = try await SiteBuilder.files(BuildOptions(source: root, output: root.appending(path: "Site"),
                                                             baseURL: nil, now: TestSite.now))
            } else {
                _ = try SiteBuilder.load(root, currentYear: 2026)
            }
            return []
        } catch {
            return error.diagnostics
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
