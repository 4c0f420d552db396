import Testing
@testable import SiteGen

private let provider = InlineSite.provider(replacing:with:)
private let fyrbaken = "Content/anordnare/fyrbaken.md"

/// The provider file's three id lists replaced.
private func providerListing(insatser: String, språk: String, områden: String) -> String {
    provider("insatser: [sai, grund]\nspråk: [svenska, arabiska]\nområden: [Fisksätra]",
             "insatser: \(insatser)\nspråk: \(språk)\nområden: \(områden)")
}

@Suite("Validating content: files that agree with each other")
struct ContentValidatorValidTests {
    @Test("a provider's programmes come out in the order of site.yml, whatever order the file lists them in")
    func programmeOrder() throws {
        let lunden = providerListing(insatser: "[sai, grund, forstarkt]", språk: "[svenska]", områden: "[Orminge]")
            .replacingOccurrences(of: "Fyrbåken Kompetens", with: "Lunden Jobb")
        let site = try InlineSite(["Content/anordnare/lunden.md": lunden])
        defer { site.remove() }
        let providers = try site.content().providers
        #expect(providers.map(\.id) == ["fyrbaken", "lunden"])
        #expect(providers.map(\.programmes) == [["grund", "sai"], ["grund", "forstarkt", "sai"]])
    }

    @Test("free pages come in menu order, then by name")
    func pageOrder() throws {
        let site = try InlineSite([
            "Content/sidor/kontakt.md": "---\ntitel: Kontakt\nmeny: true\nordning: 2\n---\n",
            "Content/sidor/sa-valjer-du.md": "---\ntitel: Så väljer du\nmeny: true\nordning: 1\n---\n",
        ])
        defer { site.remove() }
        #expect(try site.content().pages.map(\.slug) == ["sa-valjer-du", "kontakt", "om-siffrorna"])
    }
}

@Suite("Validating content: each cross-file problem, with its place and a hint")
struct ContentValidatorDiagnosticTests {
    @Test("two provider files with the same name (in any case): the later file is reported, naming the earlier")
    func duplicateProvider() throws {
        let copy = InlineSite.fyrbakenMD.replacingOccurrences(of: "Fyrbåken Kompetens", with: "fyrbåken kompetens")
        #expect(try InlineSite.diagnostics(["Content/anordnare/lunden.md": copy]) == ["""
            Content/anordnare/lunden.md:2:7: error: another provider already has the name 'fyrbåken kompetens' (Content/anordnare/fyrbaken.md)
              hint: each provider has one file; merge the two files or correct the name
            """])
    }

    @Test("unknown programme, language and district ids, each with 'did you mean'")
    func unknownIDs() throws {
        let text = providerListing(insatser: "[sai, forstarct]", språk: "[svenka]", områden: "[Fisksatra]")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == [
            """
            Content/anordnare/fyrbaken.md:4:17: error: 'forstarct' in 'insatser' is not in 'programmes' in Content/site.yml
              hint: did you mean 'forstarkt'?
            """,
            """
            Content/anordnare/fyrbaken.md:5:9: error: 'svenka' in 'språk' is not in 'languages' in Content/site.yml
              hint: did you mean 'svenska'?
            """,
            """
            Content/anordnare/fyrbaken.md:6:11: error: 'Fisksatra' in 'områden' is not in 'districts' in Content/site.yml
              hint: did you mean 'Fisksätra'?
            """,
        ])
    }

    @Test("an id with nothing close lists the choices")
    func unknownIDWithoutSuggestion() throws {
        let text = providerListing(insatser: "[sai]", språk: "[finska]", områden: "[Fisksätra]")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:5:9: error: 'finska' in 'språk' is not in 'languages' in Content/site.yml
              hint: choose from: svenska, arabiska, engelska, or add it to site.yml
            """])
    }

    @Test("an id listed twice in one field")
    func listedTwice() throws {
        let text = providerListing(insatser: "[grund, sai, grund]", språk: "[svenska]", områden: "[Fisksätra]")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:4:24: error: 'grund' is listed twice in 'insatser'
              hint: list each one once
            """])
    }

    @Test("a free page may not take an address the site uses itself")
    func reservedSlug() throws {
        #expect(try InlineSite.diagnostics(["Content/sidor/anordnare.md": InlineSite.pageMD]) == ["""
            Content/sidor/anordnare.md: error: the page name 'anordnare' is used by the site itself
              hint: rename the file, e.g. to 'om-anordnare.md'
            """])
    }

    @Test("the problems of several bad files, from loading and from cross-checks, are reported in one run, sorted")
    func allAtOnce() throws {
        let diagnostics = try InlineSite.diagnostics([
            "Content/anordnare/alfa.md": provider("språk:", "sprak:").replacingOccurrences(of: "Fyrbåken Kompetens", with: "Alfa"),
            "Content/anordnare/beta.md": provider("namn: Fyrbåken Kompetens", "namn: \"Beta"),
            fyrbaken: providerListing(insatser: "[grund, forstarct]", språk: "[svenska]", områden: "[Fisksätra]"),
            "Content/anordnare/notes.txt": "",
            "Content/sidor/kontakt.md": "---\ntitel: Kontakt\nmeny: yes\n---\n",
            "Content/sidor/anordnare.md": InlineSite.pageMD,
        ])
        #expect(diagnostics == [
            """
            Content/anordnare/alfa.md:2:1: error: the required field 'språk' is missing
              hint: add a line 'språk: …'
            """,
            """
            Content/anordnare/alfa.md:5:1: error: unknown field 'sprak'
              hint: did you mean 'språk'?
            """,
            """
            Content/anordnare/beta.md:2:7: error: malformed YAML: the quoted text that starts here has no closing quote
              hint: end the text with the same kind of quote it starts with (" or ')
            """,
            """
            Content/anordnare/fyrbaken.md:4:19: error: 'forstarct' in 'insatser' is not in 'programmes' in Content/site.yml
              hint: did you mean 'forstarkt'?
            """,
            """
            Content/anordnare/notes.txt: error: only .md files belong in Content/anordnare/
              hint: rename it to end in .md, or move it out of the folder
            """,
            """
            Content/sidor/anordnare.md: error: the page name 'anordnare' is used by the site itself
              hint: rename the file, e.g. to 'om-anordnare.md'
            """,
            """
            Content/sidor/kontakt.md:3:7: error: 'meny' must be true or false, found 'yes'
              hint: write true or false
            """,
        ])
    }
}
