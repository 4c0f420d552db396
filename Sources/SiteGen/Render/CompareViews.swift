/// A compare page: one programme's providers side by side in a table.
struct ComparePageView: Sendable {
    var layout: LayoutView
    var title: String
    var lead: String
    var captionID: String
    var caption: String
    var periodText: String
    var averageText: String
    var sortLinks: [LinkView]
    var filterGroups: [FilterGroupView]
    var filterText: String?
    var clearFilterHref: String?
    var headers: [HeaderView]
    var rows: [CompareRowView]
    var isEmpty: Bool
    var aboutFiguresHref: String
    var dataHref: String
    var suppressionText: String
}

/// Filter links of one kind ("Språk", "Område").
struct FilterGroupView: Sendable {
    var id: String
    var legend: String
    var links: [LinkView]
}

/// A column header; `sort` is the `aria-sort` value on the column the table is sorted by.
struct HeaderView: Sendable {
    var text: String
    var sort: String?
}

/// One provider's row.
struct CompareRowView: Sendable {
    var name: String
    var href: String
    var share: CellView
    var nki: CellView
    var days: CellView
    var languages: String
    var districts: String
}

/// A table cell: the figure as text, a smaller line of detail (n, interval), and for a
/// suppressed figure the reason in words on the cell itself, not in a tooltip.
struct CellView: Sendable {
    var text: String
    var detail: String?
    var verdict: String?
    var suppressed: Bool
}
