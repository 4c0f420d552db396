import Foundation

/// Plans the compare pages: for each programme, the table sorted by each measure and
/// filtered by each language and district — every state a plain link, so sorting and
/// filtering work without JavaScript.
struct ComparePlanner {
    let index: SiteIndex
    let comparisons: [ProgrammeComparison]
    let layout: (PageAddress, String, String) -> LayoutView

    /// The orders a reader can choose; the first is the default.
    enum Order: String, CaseIterable {
        case name = "namn"
        case share = "egen-forsorjning"
        case nki = "nojdhet"
        case days = "dagar"

        var label: String {
            switch self {
            case .name: return "Namn"
            case .share: return "Egen försörjning"
            case .nki: return "Nöjdhet"
            case .days: return "Dagar i insats"
            }
        }
    }

    enum Filter: Equatable {
        case none
        case language(String)
        case district(String)
    }

    static func directory(_ programme: String, order: Order = .name, filter: Filter = .none) -> String {
        var path = "jamfor/\(programme)"
        switch filter {
        case .none: break
        case .language(let language): path += "/sprak-\(Slug.suggest(from: language))"
        case .district(let district): path += "/omrade-\(Slug.suggest(from: district))"
        }
        if order != .name { path += "/sortera-\(order.rawValue)" }
        return path
    }

    func plans() -> [PagePlan] {
        comparisons.flatMap { comparison -> [PagePlan] in
            let providers = comparison.providers
            let languages = index.content.config.languages.filter { language in providers.contains { $0.provider.languages.contains(language) } }
            let districts = index.content.config.districts.filter { district in providers.contains { $0.provider.districts.contains(district) } }
            let filters: [Filter] = [.none] + languages.map(Filter.language) + districts.map(Filter.district)
            return filters.flatMap { filter in
                Order.allCases.map { order in
                    plan(comparison, order: order, filter: filter, languages: languages, districts: districts)
                }
            }
        }
    }

    private func plan(_ comparison: ProgrammeComparison, order: Order, filter: Filter,
                      languages: [String], districts: [String]) -> PagePlan {
        let id = comparison.programme.id
        let address = PageAddress(directory: Self.directory(id, order: order, filter: filter))
        let root = address.root
        let rule = index.content.config.suppression
        var figures = comparison.providers.filter { figures in
            switch filter {
            case .none: return true
            case .language(let language): return figures.provider.languages.contains(language)
            case .district(let district): return figures.provider.districts.contains(district)
            }
        }
        figures.sort(by: Self.ordering(order))
        let title = "Jämför: \(comparison.programme.name)"
        let filterText: String? = switch filter {
        case .none: nil
        case .language(let language): "Visar anordnare där personalen talar \(language)."
        case .district(let district): "Visar anordnare som träffar kunder i \(district)."
        }
        let period = [comparison.resultYear.map { "Resultat för avslut under \($0)" },
                      comparison.surveyYear.map { "nöjdhet från kundenkäten \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        let averageText: String
        if let (average, n) = comparison.average.published {
            averageText = "Snittet för egen försörjning är \(SwedishFormat.percent(average.proportion)) (\(n) avslut hos anordnare med tillräckligt många avslut)."
        } else {
            averageText = "Det finns inget snitt för egen försörjning ännu."
        }
        // Each sorted or filtered state is its own page, so its title says which state it is.
        var state: [String] = []
        switch filter {
        case .none: break
        case .language(let language): state.append("personal som talar \(language)")
        case .district(let district): state.append("i \(district)")
        }
        if order != .name { state.append("sorterat efter \(order.label.lowercased())") }
        let pageTitle = state.isEmpty ? title : "\(title) (\(state.joined(separator: ", ")))"
        let view = ComparePageView(
            layout: layout(address, pageTitle, "Jämför anordnare för \(comparison.programme.name): egen försörjning, nöjdhet och vad de erbjuder."),
            title: title,
            lead: comparison.programme.description,
            captionID: "tabell-\(id)",
            caption: "Anordnare för \(comparison.programme.name), sorterade efter \(order.label.lowercased())",
            periodText: period.isEmpty ? "Det finns inga resultat ännu." : period + ".",
            averageText: averageText,
            sortLinks: Order.allCases.map {
                LinkView(text: $0.label, href: root + Self.directory(id, order: $0, filter: filter) + "/", current: $0 == order)
            },
            filterGroups: [
                FilterGroupView(id: "filter-sprak-\(id)", legend: "Språk", links: languages.map {
                    LinkView(text: $0, href: root + Self.directory(id, filter: .language($0)) + "/", current: filter == .language($0))
                }),
                FilterGroupView(id: "filter-omrade-\(id)", legend: "Område", links: districts.map {
                    LinkView(text: $0, href: root + Self.directory(id, filter: .district($0)) + "/", current: filter == .district($0))
                }),
            ],
            filterText: filterText,
            clearFilterHref: filter == .none ? nil : root + Self.directory(id, order: order) + "/",
            headers: [(Order.name, "Anordnare"), (.share, "Egen försörjning"), (.nki, "Nöjdhet (NKI)"), (.days, "Dagar i insats")]
                .map { HeaderView(text: $1, sort: $0 == order ? ($0 == .name || $0 == .days ? "ascending" : "descending") : nil) }
                + [HeaderView(text: "Språk", sort: nil), HeaderView(text: "Område", sort: nil)],
            rows: figures.map { row($0, root: root, rule: rule) },
            isEmpty: figures.isEmpty,
            aboutFiguresHref: root + "om-siffrorna/",
            dataHref: root + "data/",
            suppressionText: "För få avslut: färre än \(rule.minimumEnded) avslutade insatser. För få svar: färre än \(rule.minimumAnswers) svar. Små grupper visas inte, eftersom siffrorna då blir osäkra och kan peka ut enskilda personer.")
        return PagePlan(path: address.file, template: "compare", view: view)
    }

    private func row(_ figures: ProviderFigures, root: String, rule: SuppressionRule) -> CompareRowView {
        CompareRowView(
            name: figures.provider.name, href: root + "anordnare/\(figures.provider.id)/",
            share: FigureText.share(figures.selfSufficiency, verdict: figures.verdict),
            nki: FigureText.mean(figures.nki), days: FigureText.days(figures.meanDays),
            languages: SwedishFormat.list(figures.provider.languages), districts: SwedishFormat.list(figures.provider.districts))
    }

    /// Sorts by the chosen measure, best first (fewest days first), hidden figures last,
    /// and by Swedish name order among equals.
    static func ordering(_ order: Order) -> (ProviderFigures, ProviderFigures) -> Bool {
        func key(_ figures: ProviderFigures) -> Double? {
            switch order {
            case .name: return 0
            case .share: return figures.selfSufficiency.published.map { -$0.value.proportion }
            case .nki: return figures.nki.published.map { -$0.value }
            case .days: return figures.meanDays.published.map(\.value)
            }
        }
        return { a, b in
            switch (key(a), key(b)) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return SwedishCollation.areInIncreasingOrder(a.provider.name, b.provider.name)
            }
        }
    }
}
