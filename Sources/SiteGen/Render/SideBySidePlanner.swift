import Foundation

/// Plans the side-by-side page of each programme: every authorised provider as a column,
/// every measure and part of the offering as a row.
///
/// The reader's choice of 2–4 providers lives in the URL (`?val=fyrbaken&val=lovkojan`,
/// what the compare page's form sends), so it can be bookmarked, printed and shared;
/// `assets/compare.js` hides the other columns. Without JavaScript every provider shows,
/// which is the full comparison turned on its side.
struct SideBySidePlanner {
    let index: SiteIndex
    let comparisons: [ProgrammeComparison]
    let layout: (PageAddress, String, String) -> LayoutView

    static func directory(_ programme: String) -> String { "jamfor/\(programme)/sida-vid-sida" }

    /// The survey a provider's column shows: the programme's own, or, when the provider has
    /// none or an older one, its answers across all its programmes (marked).
    static func survey(of surveys: [ProviderSurvey], for programme: String) -> ProviderSurvey? {
        let own = surveys.first { $0.programme?.id == programme }
        let across = surveys.first { $0.programme == nil }
        guard let across else { return own }
        guard let own else { return across }
        return own.year >= across.year ? own : across
    }

    func plans() -> [PagePlan] {
        comparisons.filter { !$0.providers.isEmpty }.map(plan)
    }

    private func plan(_ comparison: ProgrammeComparison) -> PagePlan {
        let programme = comparison.programme
        let address = PageAddress(directory: Self.directory(programme.id))
        let root = address.root
        let providers = comparison.providers
        let surveys = providers.map { figures in
            SideBySidePlanner.survey(of: index.surveys[figures.provider.id] ?? [], for: programme.id)
        }
        let areaNames = index.content.config.areas.filter { $0 != ProgrammeComparison.nkiArea }
        func cells(_ make: (ProviderFigures) -> SideCellView) -> [SideCellView] { providers.map(make) }
        func figure(_ provider: Provider, _ cell: CellView) -> SideCellView { SideCellView(provider: provider.id, figure: cell) }
        func text(_ provider: Provider, _ text: String?) -> SideCellView {
            SideCellView(provider: provider.id, text: text ?? "–")
        }

        var rows: [SideRowView] = [
            SideRowView(label: "Om anordnaren", cells: cells { text($0.provider, $0.provider.summary) }),
            SideRowView(label: "Egen försörjning" + (comparison.resultYear.map { " \($0)" } ?? ""), cells: cells {
                figure($0.provider, FigureText.share($0.selfSufficiency, verdict: $0.verdict, average: comparison.average))
            }),
            SideRowView(label: "Dagar i insats", cells: cells { figure($0.provider, FigureText.days($0.meanDays)) }),
            SideRowView(label: "Kom tillbaka inom 24 månader", cells: cells { figure($0.provider, FigureText.returned($0.returned)) }),
            SideRowView(label: "Nöjdhet (NKI)" + (comparison.surveyYear.map { " \($0)" } ?? ""), cells: cells {
                figure($0.provider, FigureText.nki($0))
            }),
        ]
        rows += areaNames.map { area in
            SideRowView(label: "Enkäten: \(area)", cells: zip(providers, surveys).map { figures, survey in
                guard let survey, let index = survey.areas.first(where: { $0.name == area })?.index else {
                    return figure(figures.provider, FigureText.hidden(.notReported))
                }
                var cell = FigureText.mean(index, showCount: false)
                if index.published != nil { cell.detail = "enkäten \(survey.year)" + (survey.programme == nil ? ", alla insatser" : "") }
                return figure(figures.provider, cell)
            })
        }
        rows += [
            SideRowView(label: "Språk som personalen talar", cells: cells { text($0.provider, SwedishFormat.list($0.provider.languages)) }),
            SideRowView(label: "Här träffar du dem", cells: cells { text($0.provider, SwedishFormat.list($0.provider.districts)) }),
            SideRowView(label: "Det här kan du få hjälp med", cells: cells {
                $0.provider.methods.isEmpty ? text($0.provider, nil) : SideCellView(provider: $0.provider.id, items: $0.provider.methods)
            }),
            SideRowView(label: "Gruppstorlek", cells: cells { text($0.provider, $0.provider.groupSize) }),
            SideRowView(label: "Lokaler", cells: cells { text($0.provider, $0.provider.premises) }),
            SideRowView(label: "Tillgänglighet i lokalerna", cells: cells { text($0.provider, $0.provider.accessibility) }),
            SideRowView(label: "Kontakt", cells: cells { contact($0.provider) }),
        ]
        let title = "Sida vid sida: \(programme.name)"
        let view = SideBySidePageView(
            layout: layout(address, title, "Jämför anordnare för \(programme.name) sida vid sida."),
            title: title,
            allText: "Här visas alla \(providers.count) anordnare för \(programme.name). Välj 2–4 i jämförelsetabellen för att se bara dem.",
            chosenText: "Du jämför de anordnare du valde för \(programme.name).",
            compareHref: root + ComparePlanner.directory(programme.id) + "/",
            captionID: "sida-vid-sida-\(programme.id)",
            caption: "Anordnare för \(programme.name) sida vid sida",
            headers: providers.map {
                SideHeaderView(id: $0.provider.id, name: $0.provider.name, href: root + "anordnare/\($0.provider.id)/")
            },
            rows: rows,
            rangeLegend: "Strecket under en andel visar var den troligen ligger (95 % osäkerhetsintervall). Det lodräta strecket är snittet för insatsen.",
            scopeNote: comparison.providers.contains { $0.nkiCoversAllProgrammes } || surveys.contains { $0.map { $0.programme == nil } ?? false }
                ? FigureText.allProgrammesNote : nil,
            aboutFiguresHref: root + "om-siffrorna/",
            script: root + "assets/compare.js")
        return PagePlan(path: address.file, template: "side-by-side", view: view)
    }

    private func contact(_ provider: Provider) -> SideCellView {
        let links = [provider.phone.map { ContactView(text: $0.display, href: $0.href) },
                     provider.email.map { ContactView(text: $0.address, href: $0.href) },
                     provider.website.map { ContactView(text: $0.display, href: $0.url) }].compactMap { $0 }
        if links.isEmpty && provider.address == nil { return SideCellView(provider: provider.id, text: "–") }
        return SideCellView(provider: provider.id, text: provider.address, links: links)
    }
}
