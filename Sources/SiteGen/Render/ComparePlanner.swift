import Foundation

/// Plans the compare pages: for each programme, the table in every ``CompareState`` —
/// sorted by each measure, filtered by each language and district — each a plain link,
/// so sorting and filtering work without JavaScript.
struct ComparePlanner {
    let index: SiteIndex
    let comparisons: [ProgrammeComparison]
    let layout: (PageAddress, String, String) -> LayoutView

    static func directory(_ programme: String, order: CompareState.Order = .name,
                          filter: CompareState.Filter = .none) -> String {
        CompareState(order: order, filter: filter).directory(programme)
    }

    func plans() -> [PagePlan] {
        comparisons.flatMap { comparison -> [PagePlan] in
            let providers = comparison.providers.map(\.provider)
            let config = index.content.config
            let filters: [CompareState.Filter] = [.none]
                + config.languages.filter { language in providers.contains { $0.languages.contains(language) } }.map { .language($0) }
                + config.districts.filter { district in providers.contains { $0.districts.contains(district) } }.map { .district($0) }
            let ranks = Self.ranks(comparison.providers)
            // A provider's row reads the same in every order and filter but for its links,
            // so it is formatted once, not once per state (there are a hundred states).
            let rows = Dictionary(uniqueKeysWithValues: comparison.providers.map {
                ($0.provider.id, row($0, comparison: comparison, ranks: ranks))
            })
            return filters.flatMap { filter in
                CompareState.Order.allCases.map { order in
                    plan(comparison, state: CompareState(order: order, filter: filter), filters: filters, rows: rows)
                }
            }
        }
    }

    /// Each provider's place in every order, over all of the programme's providers; a
    /// filtered table keeps the same relative order, so the script needs nothing else.
    static func ranks(_ figures: [ProviderFigures]) -> [String: [RankView]] {
        var ranks: [String: [RankView]] = [:]
        for order in CompareState.Order.allCases {
            for (rank, row) in figures.sorted(by: order.areInIncreasingOrder).enumerated() {
                ranks[row.provider.id, default: []].append(RankView(order: order.rawValue, rank: String(rank)))
            }
        }
        return ranks
    }

    private func plan(_ comparison: ProgrammeComparison, state: CompareState, filters: [CompareState.Filter],
                      rows: [String: CompareRowView]) -> PagePlan {
        let id = comparison.programme.id
        let address = PageAddress(directory: state.directory(id))
        let root = address.root
        let config = index.content.config
        let rule = config.suppression
        let figures = comparison.providers.filter { state.filter.admits($0.provider) }.sorted(by: state.order.areInIncreasingOrder)
        let title = "Jämför: \(comparison.programme.name)"
        let pageTitle = state.titleParts.isEmpty ? title : "\(title) (\(state.titleParts.joined(separator: ", ")))"
        let period = [comparison.resultYear.map { "Resultat för avslut under \($0)" },
                      comparison.surveyYear.map { "nöjdhet från kundenkäten \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
        let averageText: String
        if let (average, n) = comparison.average.published {
            averageText = "Snittet för egen försörjning är \(SwedishFormat.percent(average.proportion)) (\(n) avslut hos anordnare med tillräckligt många avslut)."
        } else {
            averageText = "Det finns inget snitt för egen försörjning ännu."
        }
        func caption(_ order: CompareState.Order) -> String {
            "Anordnare för \(comparison.programme.name), sorterade efter \(order.label.lowercased())"
        }
        func filterLink(_ filter: CompareState.Filter, text: String) -> StateLinkView {
            let target = CompareState(order: state.order, filter: filter)
            return StateLinkView(text: text, href: root + target.directory(id) + "/", current: filter == state.filter,
                                 key: filter.key ?? "", state: target.filterTitle ?? "", filterText: target.filterText)
        }
        let languageLinks = filters.compactMap { filter -> StateLinkView? in
            guard case .language(let language) = filter else { return nil }
            return filterLink(filter, text: language)
        }
        let districtLinks = filters.compactMap { filter -> StateLinkView? in
            guard case .district(let district) = filter else { return nil }
            return filterLink(filter, text: district)
        }
        let view = ComparePageView(
            layout: layout(address, pageTitle, "Jämför anordnare för \(comparison.programme.name): egen försörjning, nöjdhet och vad de erbjuder."),
            title: title,
            lead: comparison.programme.description,
            captionID: "tabell-\(id)",
            caption: caption(state.order),
            periodText: period.isEmpty ? "Det finns inga resultat ännu." : period + ".",
            averageText: averageText,
            script: CompareScriptView(src: root + "assets/compare.js", base: root + CompareState().directory(id) + "/",
                                      title: title, titleSuffix: " – \(config.title)",
                                      order: state.order.rawValue, filter: state.filter.key ?? ""),
            sortLinks: CompareState.Order.allCases.map { order in
                let target = CompareState(order: order, filter: state.filter)
                return StateLinkView(text: order.label, href: root + target.directory(id) + "/", current: order == state.order,
                                     key: order.rawValue, state: target.orderTitle ?? "", caption: caption(order))
            },
            filterGroups: [
                FilterGroupView(id: "filter-sprak-\(id)", legend: "Språk", links: languageLinks),
                FilterGroupView(id: "filter-omrade-\(id)", legend: "Område", links: districtLinks),
            ],
            filterText: state.filterText,
            clearFilterHref: root + CompareState(order: state.order).directory(id) + "/",
            headers: [(CompareState.Order.name, "Anordnare"), (.share, "Egen försörjning"), (.nki, "Nöjdhet (NKI)"),
                      (.days, "Dagar i insats"), (.returned, "Kom tillbaka inom 24 mån.")]
                .map { order, text in
                    let direction = order.ascending ? "ascending" : "descending"
                    return HeaderView(text: text, order: order.rawValue, direction: direction, sort: order == state.order ? direction : nil)
                }
                + [HeaderView(text: "Språk"), HeaderView(text: "Område")],
            rows: figures.map { figures in
                var row = rows[figures.provider.id]!
                row.href = root + row.href
                return row
            },
            averages: CompareAverageRowView(
                label: "Snitt för insatsen",
                share: FigureText.averageShare(comparison.average, unit: "avslut"),
                nki: comparison.averageNKI.published == nil ? FigureText.empty : FigureText.mean(comparison.averageNKI, showCount: false),
                days: comparison.averageDays.published == nil ? FigureText.empty : FigureText.days(comparison.averageDays),
                returned: FigureText.averageShare(comparison.averageReturned, unit: "kom tillbaka")),
            isEmpty: figures.isEmpty,
            pick: PickView(action: root + SideBySidePlanner.directory(id) + "/",
                           intro: "Vill du jämföra några anordnare sida vid sida? Kryssa för 2–4 av dem och välj knappen under tabellen.",
                           legend: "Välj 2–4 anordnare att jämföra sida vid sida", button: "Visa valda sida vid sida"),
            rangeLegend: "Strecket under en andel visar var den troligen ligger (95 % osäkerhetsintervall). Det lodräta strecket är snittet för insatsen.",
            aboutFiguresHref: root + "om-siffrorna/",
            dataHref: root + "data/",
            suppressionText: "För få avslut: färre än \(rule.minimumEnded) avslutade insatser. För få med egen försörjning: färre än \(rule.minimumEnded) fick egen försörjning (dagar och återkomst gäller bara dem). För få svar: färre än \(rule.minimumAnswers) svar. Små grupper visas inte, eftersom siffrorna då blir osäkra och kan peka ut enskilda personer.",
            scopeNote: comparison.providers.contains { $0.nkiCoversAllProgrammes } ? FigureText.allProgrammesNote : nil,
            endings: endings(comparison),
            trend: trend(comparison.programme))
        return PagePlan(path: address.file, template: "compare", view: view)
    }

    /// All providers' NKI year by year, when the programme or all programmes have two years.
    private func trend(_ programme: Programme) -> TrendView? {
        guard let own = index.trends.programmes[programme.id] else { return nil }
        let all = index.trends.allProgrammes
        guard own.years.count >= 2 || all.years.count >= 2 else { return nil }
        return TrendView(programme: own, allProgrammes: all)
    }

    /// Why customers ended the programme in the result year, for all providers together;
    /// nil when no reason is published.
    private func endings(_ comparison: ProgrammeComparison) -> EndingsView? {
        guard let year = comparison.resultYear, comparison.endings.contains(where: { $0.share.published != nil }) else { return nil }
        let rows = [EndingRowView(label: "Fick egen försörjning", figure: FigureText.averageShare(comparison.average, unit: "avslut"))]
            + comparison.endings.filter { $0.share.published != nil }.map {
                EndingRowView(label: FigureText.label($0.reason), figure: FigureText.averageShare($0.share, unit: "slutade så"))
            }
        return EndingsView(
            id: "avslut-\(comparison.programme.id)", heading: "Varför insatsen slutade",
            caption: "Varför \(comparison.programme.name) slutade \(year), alla anordnare",
            note: "Räknat på de anordnare som har minst \(index.content.config.suppression.minimumEnded) avslut. Vi visar inte skälen för en enskild anordnare: grupperna blir för små, och skälen kan gälla hälsa.",
            rows: rows)
    }

    /// A provider's row; `href` is relative to the site root until a page prefixes its own root.
    private func row(_ figures: ProviderFigures, comparison: ProgrammeComparison, ranks: [String: [RankView]]) -> CompareRowView {
        let provider = figures.provider
        let filters = (provider.languages.map(CompareState.Filter.language) + provider.districts.map(CompareState.Filter.district))
            .compactMap(\.key)
        return CompareRowView(
            id: provider.id, name: provider.name, href: "anordnare/\(provider.id)/",
            share: FigureText.share(figures.selfSufficiency, verdict: figures.verdict, average: comparison.average),
            nki: FigureText.nki(figures), days: FigureText.days(figures.meanDays),
            returned: FigureText.returned(figures.returned),
            languages: SwedishFormat.list(provider.languages), districts: SwedishFormat.list(provider.districts),
            filters: filters.joined(separator: " "), ranks: ranks[provider.id] ?? [],
            pickID: "val-\(comparison.programme.id)-\(provider.id)", pickLabel: "Jämför \(provider.name)")
    }
}
