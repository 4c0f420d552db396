import Foundation

/// Turns the computed site into view models, one per output file. Formatting happens here
/// (and only here), so templates print ready strings and never compute.
struct SitePlanner {
    let index: SiteIndex
    let baseURL: String?
    let now: Date

    private var config: SiteConfig { index.content.config }

    func plans() -> [PagePlan] {
        var plans: [PagePlan] = [homePlan(), providerListPlan()]
        plans += index.providers.map(providerPlan)
        plans += index.content.pages.map(freePagePlan)
        plans += ComparePlanner(index: index, comparisons: index.comparisons,
                                layout: { layout(for: $0, title: $1, description: $2) }).plans()
        plans += SideBySidePlanner(index: index, comparisons: index.comparisons,
                                   layout: { layout(for: $0, title: $1, description: $2) }).plans()
        plans += calendarPlanner()?.plans() ?? []
        plans.append(dataPlan())
        plans.append(notFoundPlan())
        plans.append(PagePlan(path: "sitemap.xml", template: "sitemap", view: sitemap(addresses(of: plans))))
        plans.append(PagePlan(path: "robots.txt", template: "robots",
                              view: RobotsView(sitemap: baseURL.map { $0 + "sitemap.xml" })))
        return plans
    }

    // MARK: Pages

    private func homePlan() -> PagePlan {
        let address = PageAddress.home
        let home = index.content.home
        let programmes = index.providersByProgramme.map { entry in
            ProgrammeLinkView(name: entry.programme.name, description: entry.programme.description,
                              href: address.root + ComparePlanner.directory(entry.programme.id) + "/",
                              providerCount: count(entry.providers.count))
        }
        let view = HomePageView(
            layout: layout(for: address, title: home.title, description: config.description, documentTitle: config.title),
            title: home.title, lead: home.lead,
            bodyHTML: Markdown.html(home.body.text, rootPrefix: address.root),
            programmes: programmes, providerCount: count(index.providers.count),
            providersHref: address.root + "anordnare/", calendar: calendarPlanner()?.homeView(root: address.root))
        return PagePlan(path: address.file, template: "home", view: view)
    }

    private func providerListPlan() -> PagePlan {
        let address = PageAddress.providers
        let sections = index.providersByProgramme.map { entry in
            ProgrammeSectionView(anchor: anchor(entry.programme), name: entry.programme.name,
                                 description: entry.programme.description, count: count(entry.providers.count),
                                 providers: entry.providers.map { card($0, from: address) })
        }
        let title = "Alla anordnare"
        let lead = "\(count(index.providers.count)) är godkända. Välj den insats du har fått och läs om anordnarna."
        let view = ProviderListPageView(layout: layout(for: address, title: title, description: lead),
                                        title: title, lead: lead, programmes: sections)
        return PagePlan(path: address.file, template: "providers", view: view)
    }

    private func providerPlan(_ provider: Provider) -> PagePlan {
        let address = PageAddress.provider(provider.id)
        let programmes = config.programmes.filter { provider.programmes.contains($0.id) }.map {
            LinkView(text: $0.name, href: address.root + "anordnare/#\(anchor($0))")
        }
        let facts = [("Gruppstorlek", provider.groupSize), ("Personalens utbildning", provider.staff),
                     ("Lokaler", provider.premises), ("Tillgänglighet i lokalerna", provider.accessibility)]
            .compactMap { term, value in value.map { FactView(term: term, value: $0) } }
        let histories = ProviderHistory.compute(for: provider, in: index.content).filter { !$0.years.isEmpty }.map { history in
            HistoryView(id: "resultat-\(history.programme.id)", programmeName: history.programme.name,
                        compareHref: address.root + ComparePlanner.directory(history.programme.id) + "/",
                        rows: history.years.reversed().map {
                            HistoryRowView(year: String($0.year), share: FigureText.share($0.selfSufficiency, verdict: nil),
                                           days: FigureText.days($0.meanDays), returned: FigureText.returned($0.returned))
                        },
                        hasRows: !history.years.isEmpty, chart: HistoryChart.make(history))
        }
        let surveys = (index.surveys[provider.id] ?? []).map(SurveyTableView.init)
        let trends = (index.trends.providers[provider.id] ?? []).map { TrendView(providerTrend: $0, providerName: provider.name) }
        let view = ProviderPageView(
            layout: layout(for: address, title: provider.name, description: provider.summary),
            name: provider.name, summary: provider.summary, programmes: programmes,
            languages: SwedishFormat.list(provider.languages), districts: SwedishFormat.list(provider.districts),
            methods: provider.methods, hasMethods: !provider.methods.isEmpty, facts: facts,
            website: provider.website.map { ContactView(text: $0.display, href: $0.url) },
            phone: provider.phone.map { ContactView(text: $0.display, href: $0.href) },
            email: provider.email.map { ContactView(text: $0.address, href: $0.href) },
            address: provider.address,
            hasContact: provider.website != nil || provider.phone != nil || provider.email != nil || provider.address != nil,
            bodyHTML: Markdown.html(provider.body.text, rootPrefix: address.root, firstHeadingLevel: 3),
            listHref: address.root + "anordnare/",
            histories: histories, hasHistories: !histories.isEmpty,
            surveys: surveys, hasSurveys: !surveys.isEmpty, trends: trends, hasTrends: !trends.isEmpty, aboutFiguresHref: address.root + "om-siffrorna/")
        return PagePlan(path: address.file, template: "provider", view: view)
    }

    private func freePagePlan(_ page: Page) -> PagePlan {
        let address = PageAddress.page(page.slug)
        let view = FreePageView(layout: layout(for: address, title: page.title, description: page.summary ?? config.description),
                                title: page.title, bodyHTML: Markdown.html(page.body.text, rootPrefix: address.root))
        return PagePlan(path: address.file, template: "page", view: view)
    }

    private func dataPlan() -> PagePlan {
        let address = PageAddress(directory: "data")
        let rule = config.suppression
        let view = DataPageView(
            layout: layout(for: address, title: "Öppna data", description: "Ladda ned siffrorna på webbplatsen som CSV eller JSON."),
            files: [("Resultat (CSV, för Excel)", "resultat.csv"), ("Resultat (JSON)", "resultat.json"),
                    ("Nöjdhet (CSV, för Excel)", "nojdhet.csv"), ("Nöjdhet (JSON)", "nojdhet.json")]
                .map { LinkView(text: $0, href: $1) }
                + (config.calendar == nil ? [] : [LinkView(text: "Kalendern (iCalendar, för kalenderprogram)", href: "../kalender.ics")]),
            resultColumns: [
                ("anordnare, anordnare_namn", "Anordnarens id och namn."), ("insats", "Insatsens id: \(config.programmes.map(\.id).joined(separator: ", "))."),
                ("år", "Året då insatserna avslutades."), ("status", "visas, för få avslut eller uppgift saknas."),
                ("avslutade", "Hur många kunder som avslutade insatsen."), ("egen_forsorjning", "Hur många av dem som fick arbete, studier eller eget företag."),
                ("andel_egen_forsorjning", "Andelen, som decimaltal (0,45 är 45 %)."),
                ("intervall_lag, intervall_hog", "95 % osäkerhetsintervall (Wilson) för andelen."),
                ("medeldagar", "Genomsnittligt antal dagar i insatsen före egen försörjning. Visas när minst \(rule.minimumEnded) har fått egen försörjning."),
                ("aterkommande_24m, andel_aterkommande", "Hur många av dem med egen försörjning som kom tillbaka till en insats inom 24 månader, och som andel. Visas när minst \(rule.minimumEnded) har fått egen försörjning."),
            ].map { FactView(term: $0, value: $1) },
            surveyColumns: [
                ("anordnare, anordnare_namn", "Anordnarens id och namn."), ("insats", "Insatsens id."), ("år", "Enkätens år."),
                ("fraga", "Frågans id (se Om siffrorna)."), ("status", "visas eller för få svar."),
                ("medelvarde", "Medelvärdet på skalan 1–5 (5 är bäst)."), ("antal_svar", "Hur många som svarade."),
                ("standardavvikelse", "Hur mycket svaren skiljer sig åt, när enkätföretaget har lämnat uppgiften."),
                ("intervall_lag, intervall_hog", "95 % konfidensintervall för medelvärdet (Students t), när standardavvikelsen finns."),
            ].map { FactView(term: $0, value: $1) },
            minimumEnded: String(rule.minimumEnded), minimumAnswers: String(rule.minimumAnswers))
        return PagePlan(path: address.file, template: "data", view: view)
    }

    /// The calendar's pages, when `site.yml` configures a calendar.
    private func calendarPlanner() -> CalendarPlanner? {
        config.calendar.map { calendar in
            CalendarPlanner(config: calendar, events: index.content.events, schedule: CalendarSchedule(index.content.events, now: now),
                            baseURL: baseURL, now: now, layout: { layout(for: $0, title: $1, description: $2) })
        }
    }

    private func notFoundPlan() -> PagePlan {
        let root = baseURL.flatMap { URLComponents(string: $0)?.path } ?? "/"
        var view = layout(for: .home, title: "Sidan finns inte", description: config.description)
        view.root = root.hasSuffix("/") ? root : root + "/"
        view.menu = menu(for: nil, root: view.root)
        view.footer = footer(for: nil, root: view.root)
        view.canonical = nil
        return PagePlan(path: "404.html", template: "notfound",
                        view: NotFoundPageView(layout: view, homeHref: view.root, providersHref: view.root + "anordnare/"))
    }

    // MARK: Shared parts

    private func layout(for address: PageAddress, title: String, description: String,
                        documentTitle: String? = nil) -> LayoutView {
        LayoutView(
            language: config.language, siteTitle: config.title, organisation: config.organisation,
            root: address.root, pageTitle: title, documentTitle: documentTitle ?? "\(title) – \(config.title)",
            description: description, canonical: baseURL.map { $0 + address.urlPath },
            menu: menu(for: address, root: address.root), footer: footer(for: address, root: address.root),
            builtISO: SwedishFormat.isoDate(now), builtText: SwedishFormat.date(now),
            publishedISO: config.dataPublished.map(SwedishFormat.isoDate), publishedText: config.dataPublished.map(SwedishFormat.date))
    }

    private func menu(for address: PageAddress?, root: String) -> [LinkView] {
        [LinkView(text: "Anordnare", href: root + "anordnare/", current: address?.directory == "anordnare")]
            + (config.calendar == nil ? [] : [LinkView(text: "Kalender", href: root + "kalender/",
                                                       current: address.map { $0.directory.split(separator: "/").first == "kalender" } ?? false)])
            + index.menuPages.map { LinkView(text: $0.title, href: root + $0.slug + "/", current: address?.directory == $0.slug) }
    }

    private func footer(for address: PageAddress?, root: String) -> [LinkView] {
        index.content.pages.filter { !$0.inMenu }.map {
            LinkView(text: $0.title, href: root + $0.slug + "/", current: address?.directory == $0.slug)
        } + [LinkView(text: "Öppna data", href: root + "data/", current: address?.directory == "data")]
    }

    private func card(_ provider: Provider, from address: PageAddress) -> ProviderCardView {
        ProviderCardView(name: provider.name, href: address.root + "anordnare/\(provider.id)/", summary: provider.summary,
                         languages: SwedishFormat.list(provider.languages), districts: SwedishFormat.list(provider.districts))
    }

    private func anchor(_ programme: Programme) -> String { "insats-\(programme.id)" }

    private func count(_ n: Int) -> String { n == 1 ? "1 anordnare" : "\(n) anordnare" }

    private func addresses(of plans: [PagePlan]) -> [String] {
        plans.map(\.path).filter { $0.hasSuffix("index.html") }
            .map { String($0.dropLast("index.html".count)) }
    }

    private func sitemap(_ paths: [String]) -> SitemapView {
        // Without a base URL the addresses are relative to the sitemap itself; search
        // engines need absolute ones, so the README tells publishers to give --base-url.
        let base = baseURL ?? "./"
        return SitemapView(urls: paths.sorted().map { SitemapURL(location: base + $0, lastModified: SwedishFormat.isoDate(now)) })
    }
}
