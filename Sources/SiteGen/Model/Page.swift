/// A free page from `Content/sidor/<slug>.md`, served at `/<slug>/`.
public struct Page: Sendable {
    public var slug: String
    public var title: String
    public var summary: String?
    public var inMenu: Bool
    public var menuOrder: Int
    public var body: MarkdownSource
}

/// The home page's own words, from `Content/start.md`.
public struct HomeText: Sendable {
    public var title: String
    public var lead: String
    public var body: MarkdownSource
}

/// Everything the site is built from, checked and cross-checked.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var home: HomeText
    public var providers: [Provider]
    public var pages: [Page]
    /// Results per provider × programme × year; empty until `Content/resultat/` has files.
    public var results: [ResultRecord] = []
    /// Survey cells; empty until `Content/nojdhet/` has files.
    public var survey: [SurveyRecord] = []
    /// The calendar's events (`Content/kalender/`), in id order.
    public var events: [SiteEvent] = []
}
