import Foundation
import Testing
@testable import SiteGen

@Suite("Whole-site build on a small fixture")
struct SiteBuildTests {
    @Test("writes pretty URLs for home, list, providers, free pages, 404, sitemap, robots and the stylesheet")
    func files() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let report = try await site.build()
        let all = try TestSite.snapshot(site.output).keys.sorted()
        let files = all.filter { !$0.hasPrefix("jamfor/") }
        #expect(files == [
            ".sitegen-output", "404.html", "anordnare/alta/index.html", "anordnare/fyrbaken/index.html", "anordnare/index.html",
            "anordnare/lowen/index.html", "anordnare/lunden/index.html", "assets/calendar.js", "assets/compare.js", "assets/style.css",
            "data/index.html", "data/nojdhet.csv", "data/nojdhet.json", "data/resultat.csv", "data/resultat.json", "index.html",
            "om-siffrorna/index.html", "robots.txt", "sitemap.xml", "tillganglighet/index.html",
        ])
        // Compare pages: per programme, unfiltered and per language and district, each in five
        // orders; and one side-by-side page per programme.
        let compare = all.filter { $0.hasPrefix("jamfor/") }
        #expect(compare.contains("jamfor/grund/index.html"))
        #expect(compare.contains("jamfor/grund/sprak-arabiska/sortera-egen-forsorjning/index.html"))
        #expect(compare.contains("jamfor/sai/omrade-orminge/index.html"))
        #expect(compare.contains("jamfor/grund/sida-vid-sida/index.html"))
        let grundPages = (1 + 2 + 2) * 5  // unfiltered, svenska and arabiska, Fisksätra and Orminge
        let saiPages = (1 + 2 + 1) * 5    // unfiltered, svenska and arabiska, Orminge
        #expect(compare.count == grundPages + saiPages + 2)
        #expect(report.pages == 10 + compare.count)
    }

    @Test("providers are listed in Swedish order: Lunden before Löwenhjärta, Älta last")
    func swedishOrder() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        _ = try await site.build()
        let list = try site.read("anordnare/index.html")
        let grund = try #require(list.range(of: "id=\"insats-grund\""))
        let section = String(list[grund.lowerBound...])
        let order = ["Fyrbåken Kompetens", "Lunden Jobb", "Löwenhjärta Karriär"].map { section.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        let sai = try #require(list.range(of: "id=\"insats-sai\""))
        #expect(list[sai.lowerBound...].range(of: "Älta Språkväg")!.lowerBound > list[sai.lowerBound...].range(of: "Fyrbåken Kompetens")!.lowerBound)
    }

    @Test("scripts, raw HTML and javascript: links in provider content never reach the page as live markup")
    func noLiveMarkup() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        _ = try await site.build()
        let page = try site.read("anordnare/fyrbaken/index.html")
        #expect(!page.contains("<script"))
        #expect(!page.contains("onerror"))
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("<img"))
        #expect(page.contains("<h3>Så arbetar vi</h3>"))
    }

    @Test("YAML 1.1 look-alikes stay as written: 'no' and '12:30' are text, the phone number keeps its zero")
    func yamlTraps() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        _ = try await site.build()
        let page = try site.read("anordnare/fyrbaken/index.html")
        #expect(page.contains("<p class=\"lead\">no</p>"))
        #expect(page.contains("<dd>12:30</dd>"))
        #expect(page.contains("<a href=\"tel:+46812345670\">08-123 456 70</a>"))
    }

    @Test("internal links are relative at every depth; root links in Markdown are rewritten")
    func relativeLinks() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        _ = try await site.build()
        #expect(try site.read("index.html").contains("href=\"./om-siffrorna/\""))
        #expect(try site.read("index.html").contains("href=\"./assets/style.css\""))
        let provider = try site.read("anordnare/fyrbaken/index.html")
        #expect(provider.contains("href=\"../../assets/style.css\""))
        #expect(provider.contains("href=\"../../om-siffrorna/\""))
        for path in try TestSite.snapshot(site.output).keys where path.hasSuffix("index.html") {
            #expect(!(try site.read(path)).contains("href=\"/"), "root-absolute link in \(path)")
        }
    }

    @Test("with a base URL the sitemap is absolute, robots.txt names it and the 404 page links from the base path")
    func baseURL() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        _ = try await site.build(baseURL: "https://www.example.se/jobbpeng")
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://www.example.se/jobbpeng/anordnare/lunden/</loc>"))
        #expect(sitemap.contains("<lastmod>2026-11-22</lastmod>"))
        #expect(try site.read("robots.txt").contains("Sitemap: https://www.example.se/jobbpeng/sitemap.xml"))
        let notFound = try site.read("404.html")
        #expect(notFound.contains("href=\"/jobbpeng/assets/style.css\""))
        #expect(try site.read("anordnare/lunden/index.html").contains("<link rel=\"canonical\" href=\"https://www.example.se/jobbpeng/anordnare/lunden/\">"))
    }

    @Test("two builds of the same input are byte-identical")
    func deterministic() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let second = site.root.appending(path: "Site2")
        _ = try await site.build()
        _ = try await site.build(output: second)
        let (a, b) = (try TestSite.snapshot(site.output), try TestSite.snapshot(second))
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    @Test("a failed build leaves the previous site byte-for-byte as it was, and no temporary folder behind")
    func atomic() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        _ = try await site.build()
        let before = try TestSite.snapshot(site.output)
        try site.write("Content/anordnare/lunden.md", "---\nnamn: Lunden Jobb\nsprak: [svenska]\n---\n")
        await #expect(throws: DiagnosticError.self) { _ = try await site.build() }
        #expect(try TestSite.snapshot(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".Site") }
        #expect(leftovers == [])
    }

    @Test("a template naming a value the page does not have fails the build at the template's line and column")
    func templateTypo() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let template = try String(contentsOf: site.root.appending(path: "Templates/page.mustache"), encoding: .utf8)
        try site.write("Templates/page.mustache", template.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>"))
        do {
            _ = try await site.build()
            Issue.record("the build should fail")
        } catch {
            let line = template.components(separatedBy: "\n").firstIndex { $0.contains("<h1>{{title}}</h1>") }! + 1
            #expect(error.diagnostics.map(\.description) == [
                "Templates/page.mustache:\(line):5: error: '{{titel}}' is not a value this page has\n  hint: did you mean 'title'?",
            ])
        }
    }

    @Test("problems in content and templates are all reported in one run")
    func allErrorsAtOnce() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/anordnare/lunden.md", "---\nnamn: Lunden Jobb\nsammanfattning: x\ninsatser: [grnd]\nspråk: [svenska]\nområden: [Fisksätra]\n---\n")
        try site.write("Content/sidor/om-siffrorna.md", "---\ntitel: Om\nmeny: yes\n---\n")
        try site.write("Templates/broken.mustache", "{{#open}}")
        do {
            _ = try await site.build()
            Issue.record("the build should fail")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "Content/anordnare/lunden.md:4:12: error: 'grnd' in 'insatser' is not in 'programmes' in Content/site.yml\n  hint: did you mean 'grund'?",
                "Content/sidor/om-siffrorna.md:3:7: error: 'meny' must be true or false, found 'yes'\n  hint: write true or false",
                "Templates/broken.mustache:1:1: error: the template cannot be read: the section '{{#open}}' that opens here is not closed\n  hint: end it with '{{/open}}' after what it shows",
            ])
        }
    }

    @Test("a misspelt field does not hide the same file's unknown district: both in one run")
    func fieldAndCrossFileErrorsTogether() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/anordnare/lunden.md",
                       "---\nnamn: Lunden Jobb\nsammanfattning: x\ninsatser: [grund]\nspråk: [svenska]\nområden: [Fisksatra]\nwebplats: https://x.example\n---\n")
        do {
            _ = try await site.build()
            Issue.record("the build should fail")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "Content/anordnare/lunden.md:6:11: error: 'Fisksatra' in 'områden' is not in 'districts' in Content/site.yml\n  hint: did you mean 'Fisksätra'?",
                "Content/anordnare/lunden.md:7:1: error: unknown field 'webplats'\n  hint: did you mean 'webbplats'?",
            ])
        }
    }

    @Test("a publication date that is not a date is an error at its place")
    func badPublicationDate() async throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appending(path: "Content/site.yml"), encoding: .utf8)
        try site.write("Content/site.yml", config.replacingOccurrences(of: "language: sv\n", with: "language: sv\ndataPublished: 15/3 2023\n"))
        do {
            _ = try await site.build()
            Issue.record("the build should fail")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "Content/site.yml:4:16: error: 'dataPublished' must be a date written 2023-03-15, found '15/3 2023'\n  hint: year, month and day with dashes",
            ])
        }
    }
}
