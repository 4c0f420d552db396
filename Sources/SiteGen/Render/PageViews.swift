/// The home page: the site's own words and the way in by programme.
struct HomePageView: Sendable {
    var layout: LayoutView
    var title: String
    var lead: String
    var bodyHTML: String
    var programmes: [ProgrammeLinkView]
    var providerCount: String
    var providersHref: String
    /// The next three meetings; nil when the site has no calendar.
    var calendar: HomeCalendarView?
}

/// A programme as a way into the provider list.
struct ProgrammeLinkView: Sendable {
    var name: String
    var description: String
    var href: String
    var providerCount: String
}

/// The list of all providers, grouped by programme.
struct ProviderListPageView: Sendable {
    var layout: LayoutView
    var title: String
    var lead: String
    var programmes: [ProgrammeSectionView]
}

/// One programme's section in the provider list, with an anchor the home page links to.
struct ProgrammeSectionView: Sendable {
    var anchor: String
    var name: String
    var description: String
    var count: String
    var providers: [ProviderCardView]
}

/// A provider in a list: enough to choose whom to read more about.
struct ProviderCardView: Sendable {
    var name: String
    var href: String
    var summary: String
    var languages: String
    var districts: String
}

/// One provider's own page.
struct ProviderPageView: Sendable {
    var layout: LayoutView
    var name: String
    var summary: String
    var programmes: [LinkView]
    var languages: String
    var districts: String
    var methods: [String]
    var hasMethods: Bool
    var facts: [FactView]
    var website: ContactView?
    var phone: ContactView?
    var email: ContactView?
    var address: String?
    var hasContact: Bool
    var bodyHTML: String
    var listHref: String
    var histories: [HistoryView]
    var hasHistories: Bool
    var surveys: [SurveyTableView]
    var hasSurveys: Bool
    /// The provider's NKI year by year, per programme and across all.
    var trends: [TrendView]
    var hasTrends: Bool
    var aboutFiguresHref: String
}

/// A labelled fact in a description list ("Gruppstorlek: …").
struct FactView: Sendable {
    var term: String
    var value: String
}

/// A free page.
struct FreePageView: Sendable {
    var layout: LayoutView
    var title: String
    var bodyHTML: String
}

/// The 404 page, which the server shows at any depth, so its links are root-absolute.
struct NotFoundPageView: Sendable {
    var layout: LayoutView
    var homeHref: String
    var providersHref: String
}

/// `sitemap.xml` and `robots.txt`.
struct SitemapView: Sendable {
    var urls: [SitemapURL]
}

struct SitemapURL: Sendable {
    var location: String
    var lastModified: String
}

struct RobotsView: Sendable {
    var sitemap: String?
}

/// The open-data page: what can be downloaded and what each column means.
struct DataPageView: Sendable {
    var layout: LayoutView
    var files: [LinkView]
    var resultColumns: [FactView]
    var surveyColumns: [FactView]
    var minimumEnded: String
    var minimumAnswers: String
}
