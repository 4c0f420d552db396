/// A compare page: one programme's providers in a table, in one sort order and filter.
struct ComparePageView: Sendable {
    var layout: LayoutView
    var title: String
    var lead: String
    var captionID: String
    var caption: String
    var periodText: String
    var averageText: String
    /// What `compare.js` needs to move between states without leaving the page.
    var script: CompareScriptView
    var sortLinks: [StateLinkView]
    var filterGroups: [FilterGroupView]
    var filterText: String?
    var clearFilterHref: String
    var headers: [HeaderView]
    var rows: [CompareRowView]
    var averages: CompareAverageRowView
    var isEmpty: Bool
    var pick: PickView
    var rangeLegend: String
    var aboutFiguresHref: String
    var dataHref: String
    var suppressionText: String
    /// When a provider's NKI covers all its programmes: what "alla insatser" on the cell means.
    var scopeNote: String?
    /// Why customers ended the programme, for all providers together; the same on every
    /// state of the page, so that no filter isolates one provider's reasons.
    var endings: EndingsView?
    /// All providers' NKI year by year, in the programme and across all programmes.
    var trend: TrendView?
}

/// The programme's reasons for ending as a small table.
struct EndingsView: Sendable {
    var id: String
    var heading: String
    var caption: String
    var note: String
    var rows: [EndingRowView]
}

struct EndingRowView: Sendable {
    var label: String
    var figure: CellView
}

/// The `data-` attributes that let `assets/compare.js` build a state's address and
/// title exactly as the pre-rendered page has them.
struct CompareScriptView: Sendable {
    var src: String
    /// The programme's base compare page, relative to this page (`../../jamfor/grund/`).
    var base: String
    var title: String
    var titleSuffix: String
    var order: String
    var filter: String
}

/// A sort or filter link: `key` is the order or filter it selects; `state` is how it
/// reads in the page title, `caption` and `filterText` what the table says when it is on.
struct StateLinkView: Sendable {
    var text: String
    var href: String
    var current: Bool
    var key: String
    var state: String
    var caption: String?
    var filterText: String?
}

/// Filter links of one kind ("Språk", "Område").
/// A group of filter links, folded away in a `<details>` (open while one of its filters
/// is on), so that on a phone the table is not a screenful below the controls.
struct FilterGroupView: Sendable {
    var id: String
    var legend: String
    var links: [StateLinkView]
    var choiceCount: Int
    var open: Bool

    init(id: String, legend: String, links: [StateLinkView]) {
        self.id = id
        self.legend = legend
        self.links = links
        choiceCount = links.count
        open = links.contains(where: \.current)
    }
}

/// A column header; `sort` is the `aria-sort` value on the column the table is sorted by.
struct HeaderView: Sendable {
    var text: String
    var order: String?
    var direction: String?
    var sort: String?
}

/// One provider's row. `ranks` give the row's place in every order and `filters` the
/// filters it passes, so the script can sort and filter without reading any figure.
struct CompareRowView: Sendable {
    var id: String
    var name: String
    var href: String
    var share: CellView
    var nki: CellView
    var days: CellView
    var returned: CellView
    var languages: String
    var districts: String
    var filters: String
    var ranks: [RankView]
    var pickID: String
    var pickLabel: String
}

struct RankView: Sendable {
    var order: String
    var rank: String
}

/// The programme's average of each measure, at the foot of the table.
struct CompareAverageRowView: Sendable {
    var label: String
    var share: CellView
    var nki: CellView
    var days: CellView
    var returned: CellView
}

/// Ticking 2–4 providers to see them side by side: a GET form, shown by the script only,
/// since the side-by-side page needs the script to show just the chosen ones.
struct PickView: Sendable {
    var action: String
    /// Above the table: what the boxes are for, and where the button is.
    var intro: String
    var legend: String
    var button: String
}

/// A table cell: the figure as text, a smaller line of detail (n, interval), and for a
/// suppressed figure the reason in words on the cell itself, not in a tooltip.
struct CellView: Sendable {
    var text: String
    var detail: String?
    var verdict: String?
    var suppressed: Bool
    /// A small picture of a share's 95 % interval against the average; decorative,
    /// since `detail` says the same in words.
    var range: RangeView? = nil
}

/// Coordinates on a 0–100 scale for the interval strip; only published shares get one.
struct RangeView: Sendable {
    var low: String
    var width: String
    var point: String
    var average: String?
}
