@testable import SiteGen

/// `Content/site.yml` (SiteConfigReader, and ContentValidator's checks of it). Its lines:
/// 4 description, 5 programmes (ids at 6 grund, 9 forstarkt, 12 sai), 15 districts,
/// 16 languages, 17 questions (ids at 18 and 21), 24 suppression, 27 calendar (28 domain,
/// 29 kinds with the id at 30, 32 audiences with the id at 33).
extension DiagnosticCatalogue {
    static let siteConfig: [DiagnosticCase] = [
        .replacing("the calendar domain is an address", in: site, "domain: jobbpeng.nacka.example", "domain: https://jobbpeng.nacka.example",
                   at: "\(site):28:11", message: "'domain' must be a domain name"),
        .replacing("a calendar id is not a web address", in: site, "- id: dialogmote", "- id: Dialog möte",
                   at: "\(site):30:13", message: "the calendar id 'Dialog möte' is not usable in a web address"),
        .replacing("a calendar id is used twice", in: site, "      name: Dialogmöte\n",
                   "      name: Dialogmöte\n    - id: dialogmote\n      name: Dialogmöte igen\n",
                   at: "\(site):32:13", message: "the calendar id 'dialogmote' is used twice"),
        .replacing("the base URL is not an address", in: site, "language: sv\n", "language: sv\nbaseURL: jobbpeng.nacka.se\n",
                   at: "\(site):4:10", message: "'baseURL' must be an http or https address"),
        .replacing("the publishing date is not a date", in: site, "language: sv\n", "language: sv\ndataPublished: 15 mars 2023\n",
                   at: "\(site):4:16", message: "'dataPublished' must be a date"),
        .replacing("a language is listed twice", in: site, "languages: [svenska, arabiska, engelska]",
                   "languages: [svenska, arabiska, engelska, Svenska]",
                   at: "\(site):16:42", message: "'Svenska' is listed twice in 'languages'"),
        .replacing("a threshold is out of range", in: site, "minimumAnswers: 5", "minimumAnswers: 0",
                   at: "\(site):25:19", message: "'minimumAnswers' must be between 1 and 1000"),
        .replacing("the programmes are not a list", in: site, "programmes:\n", "programmes: grund\nprogrammes_old:\n",
                   at: "\(site):5:13", message: "'programmes' must be a list"),
        .replacing("a programme id is not a web address", in: site, "  - id: sai\n", "  - id: ../x\n",
                   at: "\(site):12:9", message: "the programme id '../x' is not usable in a web address"),
        .replacing("a programme id is used twice", in: site, "  - id: forstarkt\n", "  - id: grund\n",
                   at: "\(site):9:9", message: "the programme id 'grund' is used twice"),
        .replacing("a question id is used twice", in: site, "  - id: nki-rekommendera\n", "  - id: nki-nojd\n",
                   at: "\(site):21:9", message: "the question id 'nki-nojd' is used twice"),
    ]
}
