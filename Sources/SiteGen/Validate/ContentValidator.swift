/// The Validate step: checks that the files agree with each other — every id a provider
/// names exists in `site.yml`, nothing is defined twice, no page takes a reserved address.
public enum ContentValidator {
    /// Top-level paths the generator writes itself; a free page may not take them.
    static let reservedSlugs: Set<String> = ["anordnare", "jamfor", "kalender", "data", "assets", "404", "sitemap", "robots"]

    public static func validate(_ raw: RawContent) throws(DiagnosticError) -> SiteContent {
        var diagnostics = Diagnostics()
        let config = raw.config
        // The ids and names in site.yml that make addresses were checked where it is read (AddressNames).
        let providers = raw.providers.map { check($0, against: config, diagnostics: &diagnostics) }
        var firstWithName: [String: RawProvider] = [:]
        for provider in raw.providers {
            guard let first = firstWithName[provider.name.value.lowercased()] else {
                firstWithName[provider.name.value.lowercased()] = provider
                continue
            }
            diagnostics.error(provider.name.location,
                              "another provider already has the name '\(provider.name.value)' (\(first.name.location.file))",
                              hint: "each provider has one file; merge the two files or correct the name")
        }
        for page in raw.pages where reservedSlugs.contains(page.slug) {
            diagnostics.error(SourceLocation(file: page.body.file), "the page name '\(page.slug)' is used by the site itself",
                              hint: "rename the file, e.g. to 'om-\(page.slug).md'")
        }
        let events = CalendarValidator.validate(raw.events, config: config, diagnostics: &diagnostics)
        // "{{minimumAnswers}}" in a page's text becomes the threshold in site.yml.
        let figures = Placeholders.values(config)
        var home = raw.home
        var problems: [Diagnostic]
        (home.body, problems) = Placeholders.expand(home.body, values: figures)
        diagnostics.append(contentsOf: problems)
        let pages = raw.pages.map { page -> Page in
            var page = page
            (page.body, problems) = Placeholders.expand(page.body, values: figures)
            diagnostics.append(contentsOf: problems)
            return page
        }
        try diagnostics.check()
        return SiteContent(config: config, home: home, providers: providers,
                           pages: pages.sorted { ($0.menuOrder, $0.slug) < ($1.menuOrder, $1.slug) }, events: events)
    }

    private static func check(_ raw: RawProvider, against config: SiteConfig, diagnostics: inout Diagnostics) -> Provider {
        func known(_ values: [Located<String>], in allowed: [String], field: String, listName: String) -> [String] {
            for value in values where !allowed.contains(value.value) {
                diagnostics.error(value.location, "'\(value.value)' in '\(field)' is not in '\(listName)' in Content/site.yml",
                                  hint: Suggestion.hint(for: value.value, among: allowed)
                                      ?? "choose from: \(allowed.joined(separator: ", ")), or add it to site.yml")
            }
            for duplicate in Duplicates.find(values, by: \.value) {
                diagnostics.error(duplicate.location, "'\(duplicate.value)' is listed twice in '\(field)'",
                                  hint: "list each one once")
            }
            return values.map(\.value)
        }
        let programmeIDs = config.programmes.map(\.id)
        let programmes = known(raw.programmes, in: programmeIDs, field: "insatser", listName: "programmes")
        return Provider(
            id: raw.id.value, name: raw.name.value, summary: raw.summary,
            // Always in the order of site.yml, whatever order the file lists them in.
            programmes: programmeIDs.filter(programmes.contains),
            languages: known(raw.languages, in: config.languages, field: "språk", listName: "languages"),
            districts: known(raw.districts, in: config.districts, field: "områden", listName: "districts"),
            methods: raw.methods, website: raw.website, phone: raw.phone, email: raw.email, address: raw.address,
            groupSize: raw.groupSize, staff: raw.staff, premises: raw.premises, accessibility: raw.accessibility,
            body: raw.body)
    }
}
