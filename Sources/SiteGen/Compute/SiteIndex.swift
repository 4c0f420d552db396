/// The Compute step for the pages of this version: the order things are shown in and
/// which providers belong to each programme. Pure: no files, no clock.
public struct SiteIndex: Sendable {
    public var content: SiteContent
    /// Providers in Swedish alphabetical order by name.
    public var providers: [Provider]
    /// For each programme (in site.yml order), its providers in alphabetical order.
    public var providersByProgramme: [(programme: Programme, providers: [Provider])]
    /// Free pages shown in the header menu, in menu order.
    public var menuPages: [Page]
    /// Each programme's providers and figures, side by side.
    public var comparisons: [ProgrammeComparison]
    /// The published figures, for download.
    public var openData: OpenData
    /// Each provider's survey results by programme, by provider id.
    public var surveys: [String: [ProviderSurvey]]
    /// The NKI year by year, per provider and for all providers.
    public var trends: SurveyTrend.All

    public init(_ content: SiteContent) {
        self.content = content
        providers = content.providers.sorted { SwedishCollation.areInIncreasingOrder($0.name, $1.name) }
        let sorted = providers
        providersByProgramme = content.config.programmes.map { programme in
            (programme, sorted.filter { $0.programmes.contains(programme.id) })
        }
        menuPages = content.pages.filter(\.inMenu)
        let figures = SurveyMargins(content.survey, rule: content.config.suppression)
        comparisons = ProgrammeComparison.compute(content, providers: sorted, figures: figures)
        openData = OpenData.compute(content, providers: sorted, figures: figures)
        surveys = ProviderSurvey.computeAll(content, figures: figures)
        trends = SurveyTrend.computeAll(content, figures: figures)
    }
}
