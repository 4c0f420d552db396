/// The side-by-side page: providers as columns, measures and offering as rows.
struct SideBySidePageView: Sendable {
    var layout: LayoutView
    var title: String
    /// Shown when every provider is on the page (no choice, or no JavaScript).
    var allText: String
    /// Shown by the script when the reader's 2–4 choices are on the page.
    var chosenText: String
    var compareHref: String
    var captionID: String
    var caption: String
    var headers: [SideHeaderView]
    var rows: [SideRowView]
    var rangeLegend: String
    /// When a provider's survey figures cover all its programmes: what "alla insatser" means.
    var scopeNote: String?
    var aboutFiguresHref: String
    var script: String
}

struct SideHeaderView: Sendable {
    var id: String
    var name: String
    var href: String
}

struct SideRowView: Sendable {
    var label: String
    var cells: [SideCellView]
}

/// One provider's cell in a row: a figure, a text, a list, or contact links. `provider`
/// names the column, so the script can show only the chosen ones.
struct SideCellView: Sendable {
    var provider: String
    var figure: CellView?
    var text: String?
    var items: [String]
    var links: [ContactView]
    /// Stored, not computed: Mustache sees only stored properties.
    var hasItems: Bool
    var hasLinks: Bool

    init(provider: String, figure: CellView? = nil, text: String? = nil, items: [String] = [], links: [ContactView] = []) {
        self.provider = provider
        self.figure = figure
        self.text = text
        self.items = items
        self.links = links
        hasItems = !items.isEmpty
        hasLinks = !links.isEmpty
    }
}
