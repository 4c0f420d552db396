import Foundation

/// Everything read from `Content/`, each file checked on its own.
public struct RawContent: Sendable {
    public var config: SiteConfig
    public var home: HomeText
    public var providers: [RawProvider]
    public var pages: [Page]
    public var results: [ResultRecord]
    public var survey: [SurveyRecord]
    /// The calendar's events, in id order.
    public var events: [RawEvent] = []
}

/// The Load step: reads every content file and reports the problems of all of them at once.
public enum ContentLoader {
    /// Everything that loaded, and every problem found.
    public static func load(from root: URL) throws(DiagnosticError) -> RawContent {
        let (content, diagnostics) = loadPartially(from: root)
        try diagnostics.check()
        return content!
    }

    /// The files that loaded (nil only when `site.yml` or `start.md` did not), and the
    /// problems of the others, so that cross-file checks can still run on what loaded and
    /// an editor sees every problem in one run.
    public static func loadPartially(from root: URL) -> (RawContent?, Diagnostics) {
        var diagnostics = Diagnostics()
        let config = diagnostics.collect { () throws(DiagnosticError) in
            try SiteConfigReader.read(try SourceFile.read("Content/site.yml", in: root))
        }
        let home = diagnostics.collect { () throws(DiagnosticError) in
            try PageReader.home(try FrontMatterDocument.parse(try SourceFile.read("Content/start.md", in: root)))
        }
        var providers: [RawProvider] = []
        for file in ContentFolder.markdownFiles(in: "Content/anordnare", root: root, diagnostics: &diagnostics) {
            let document = diagnostics.collect { () throws(DiagnosticError) in
                try FrontMatterDocument.parse(try SourceFile.read(file.path, in: root))
            }
            guard let document else { continue }
            let (provider, problems) = RawProvider.read(document, id: file.slug)
            diagnostics.append(contentsOf: problems)
            if let provider { providers.append(provider) }
        }
        var pages: [Page] = []
        for file in ContentFolder.markdownFiles(in: "Content/sidor", root: root, diagnostics: &diagnostics) {
            let page = diagnostics.collect { () throws(DiagnosticError) in
                try PageReader.page(try FrontMatterDocument.parse(try SourceFile.read(file.path, in: root)), slug: file.slug.value)
            }
            if let page { pages.append(page) }
        }
        var results: [ResultRecord] = []
        for path in ContentFolder.files(endingIn: ".csv", in: "Content/resultat", root: root, diagnostics: &diagnostics) {
            results += diagnostics.collect { () throws(DiagnosticError) in
                try ResultsReader.read(try SourceFile.read(path, in: root))
            } ?? []
        }
        var survey: [SurveyRecord] = []
        for path in ContentFolder.files(endingIn: ".csv", in: "Content/nojdhet", root: root, diagnostics: &diagnostics) {
            survey += diagnostics.collect { () throws(DiagnosticError) in
                try SurveyReader.read(try SourceFile.read(path, in: root))
            } ?? []
        }
        var events: [RawEvent] = []
        for file in ContentFolder.markdownFiles(in: "Content/kalender", root: root, diagnostics: &diagnostics) {
            let document = diagnostics.collect { () throws(DiagnosticError) in
                try FrontMatterDocument.parse(try SourceFile.read(file.path, in: root))
            }
            guard let document else { continue }
            let (event, problems) = RawEvent.read(document, id: file.slug)
            diagnostics.append(contentsOf: problems)
            if let event { events.append(event) }
        }
        guard let config, let home else { return (nil, diagnostics) }
        return (RawContent(config: config, home: home, providers: providers, pages: pages, results: results, survey: survey,
                           events: events),
                diagnostics)
    }
}
