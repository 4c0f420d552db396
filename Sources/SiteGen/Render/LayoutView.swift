/// What every page's layout (`Templates/base.mustache`) shows: site name, menu, footer,
/// and the page's own title and description. All strings are ready to print.
struct LayoutView: Sendable {
    var language: String
    var siteTitle: String
    var organisation: String
    /// The relative path from this page to the site root: `./`, `../`, `../../`.
    var root: String
    var pageTitle: String
    /// The full `<title>`: "Page – Site", or the site title alone on the home page.
    var documentTitle: String
    var description: String
    var canonical: String?
    var menu: [LinkView]
    var footer: [LinkView]
    var builtISO: String
    var builtText: String
    var publishedISO: String?
    var publishedText: String?
}

/// A link with its text; `current` marks the page the reader is on (`aria-current`).
struct LinkView: Sendable {
    var text: String
    var href: String
    var current: Bool = false
}

/// Text and a link target for contact details.
struct ContactView: Sendable {
    var text: String
    var href: String
}
