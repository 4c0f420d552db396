import Foundation
import Testing
@testable import SiteGen

/// The repository's own example content, as an editor first sees it.
@Suite("Example site")
struct ExampleSiteTests {
    @Test("builds without a problem: at least 12 providers, every programme has a compare page, every page has one h1")
    func builds() async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        let files = try TestSite.snapshot(site.output)
        let providers = files.keys.filter { $0.hasPrefix("anordnare/") && $0.split(separator: "/").count == 3 }
        #expect(providers.count >= 12)
        for programme in ["grund", "forstarkt", "sai"] {
            #expect(files["jamfor/\(programme)/index.html"] != nil)
        }
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) must have exactly one h1")
            #expect(!html.contains("{{"), "\(path) has an unrendered Mustache tag")
        }
    }

    @Test("the compare page shows hidden cells with their reason, never a number, and verdicts only for published shares")
    func comparePage() async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        let page = try site.read("jamfor/grund/index.html")
        #expect(page.contains("<caption id=\"tabell-grund\">"))
        #expect(page.contains("aria-sort=\"ascending\">Anordnare</th>"))
        #expect(page.contains("<td class=\"suppressed\">") )
        let sorted = try site.read("jamfor/grund/sortera-egen-forsorjning/index.html")
        #expect(sorted.contains("aria-sort=\"descending\">Egen försörjning</th>"))
        // Freshness: every page says when the figures were published and when it was built.
        #expect(page.contains("Siffrorna publicerades <time datetime=\"2023-03-15\">15 mars 2023</time>."))
        #expect(page.contains("Webbplatsen byggdes <time datetime=\"2026-11-22\">22 november 2026</time>."))
    }
}
