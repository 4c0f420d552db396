import Foundation

/// The whole build, in the order it happens: load → validate → compute → render → write.
public enum SiteBuilder {
    /// What a finished build reports.
    public struct Report: Sendable {
        public var pages: Int
        public var files: Int
        public var hidden: HiddenSummary
    }

    public static func build(_ options: BuildOptions,
                             progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws(DiagnosticError) -> Report {
        let target = try OutputGuard(source: options.source, home: options.home).target(for: options.output)
        let (files, hidden) = try await site(options, progress: progress)
        try SitePublisher.publish(files, to: target)
        return Report(pages: files.filter { $0.path.hasSuffix(".html") }.count, files: files.count, hidden: hidden)
    }

    /// Every file of the finished site, in memory: load → validate → compute → render.
    static func files(_ options: BuildOptions,
                      progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws(DiagnosticError) -> [OutputFile] {
        try await site(options, progress: progress).files
    }

    private static func site(_ options: BuildOptions,
                             progress: @Sendable (Int, Int) -> Void) async throws(DiagnosticError) -> (files: [OutputFile], hidden: HiddenSummary) {
        var (content, templates, assets) = try load(options.source, currentYear: SwedishFormat.calendar.component(.year, from: options.now))
        content.config.suppression.secondarySuppression = options.secondarySuppression
        let index = SiteIndex(content)
        let baseURL = normalised(options.baseURL ?? content.config.baseURL)
        let pages = try await SiteRenderer(templates: templates).render(index, baseURL: baseURL, now: options.now, progress: progress)
        return (pages + DataFiles.files(index.openData) + CalendarFiles.files(index.content) + assets, HiddenSummary(index))
    }

    /// Loads and validates content and templates, reporting the problems of both together.
    static func load(_ source: URL, currentYear: Int) throws(DiagnosticError) -> (SiteContent, TemplateSet, [OutputFile]) {
        var diagnostics = Diagnostics()
        let content = diagnostics.collect { () throws(DiagnosticError) in try loadContent(source, currentYear: currentYear) }
        let templates = diagnostics.collect { () throws(DiagnosticError) in try TemplateSet.load(from: source) }
        let assets = diagnostics.collect { () throws(DiagnosticError) in try Assets.load(from: source) }
        try diagnostics.check()
        return (content!, templates!, assets!)
    }

    /// Loads and validates the content alone (settings, pages, providers, results, survey
    /// and calendar), reporting every problem at once.
    static func loadContent(_ source: URL, currentYear: Int) throws(DiagnosticError) -> SiteContent {
        var (raw, diagnostics) = ContentLoader.loadPartially(from: source)
        let content = raw.flatMap { raw in
            diagnostics.collect { () throws(DiagnosticError) in
                var content = try ContentValidator.validate(raw)
                var problems = Diagnostics()
                content.results = problems.collect { () throws(DiagnosticError) in
                    try ResultsValidator.validate(raw.results, providers: content.providers, config: content.config,
                                                  currentYear: currentYear)
                } ?? []
                content.survey = problems.collect { () throws(DiagnosticError) in
                    try SurveyValidator.validate(raw.survey, providers: content.providers, config: content.config,
                                                 currentYear: currentYear)
                } ?? []
                try problems.check()
                return content
            }
        }
        try diagnostics.check()
        return content!
    }

    /// A base URL always ends in `/`, so page paths can be appended.
    static func normalised(_ baseURL: String?) -> String? {
        guard let baseURL, !baseURL.isEmpty else { return nil }
        return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}
