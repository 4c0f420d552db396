import Testing
@testable import SiteGen

@Suite("Figures from site.yml in a page's text")
struct PlaceholderTests {
    @Test("{{minimumAnswers}} and {{minimumEnded}} become the thresholds in site.yml, so Om siffrorna cannot go stale")
    func expands() throws {
        let site = try InlineSite([
            "Content/sidor/om-siffrorna.md": "---\ntitel: Om siffrorna\n---\nFärre än {{minimumAnswers}} svar eller {{ minimumEnded }} avslut.\n",
        ])
        defer { site.remove() }
        let page = try #require(try site.content().pages.first { $0.slug == "om-siffrorna" })
        #expect(page.body.text.contains("Färre än 5 svar eller 10 avslut."))
    }

    @Test("an unknown name is an error at its line and column, with the names that exist")
    func unknown() throws {
        let site = try InlineSite([
            "Content/sidor/om-siffrorna.md": "---\ntitel: Om siffrorna\n---\nFörsta raden.\nÅtta {{minimumSvar}} svar.\n",
        ])
        defer { site.remove() }
        #expect(site.diagnostics() == [
            "Content/sidor/om-siffrorna.md:5:6: error: unknown figure '{{minimumSvar}}'\n  hint: write one of: {{minimumAnswers}}, {{minimumEnded}}",
        ])
    }
}
