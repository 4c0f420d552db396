/// One file to render: where it goes, with which template, from which view.
struct PagePlan: Sendable {
    var path: String
    var template: String
    var view: any Sendable
}

/// Where a page lives and how to link to the site root from it.
///
/// Every internal link is relative (`../../anordnare/`), so the finished folder works at
/// any sub-path of any static server. The 404 page is the exception: a server shows it at
/// whatever address was asked for, so its links start from the site's base path.
struct PageAddress: Sendable {
    /// The directory of the page, relative to the site root, without slashes at the ends
    /// ("" for the home page, "anordnare/fyrbaken" for a provider).
    var directory: String

    var file: String { directory.isEmpty ? "index.html" : "\(directory)/index.html" }
    var depth: Int { directory.isEmpty ? 0 : directory.split(separator: "/").count }
    var root: String { depth == 0 ? "./" : String(repeating: "../", count: depth) }
    /// The page's URL path below the site root, ending in `/` ("" for the home page).
    var urlPath: String { directory.isEmpty ? "" : directory + "/" }

    static let home = PageAddress(directory: "")
    static let providers = PageAddress(directory: "anordnare")
    static func provider(_ id: String) -> PageAddress { PageAddress(directory: "anordnare/\(id)") }
    static func page(_ slug: String) -> PageAddress { PageAddress(directory: slug) }
}
