import Testing
@testable import SiteGen

/// The provider file of ``InlineSite`` with one piece replaced.
private let provider = InlineSite.provider(replacing:with:)
private let fyrbaken = "Content/anordnare/fyrbaken.md"

/// The provider file with `lines` added after its last field.
private func providerAdding(_ lines: String) -> String {
    provider("områden: [Fisksätra]", "områden: [Fisksätra]\n" + lines)
}

@Suite("Loading content: a valid site")
struct ContentLoaderValidSiteTests {
    @Test("a small valid site loads: home, provider, page")
    func loads() throws {
        let site = try InlineSite()
        defer { site.remove() }
        let content = try site.content()
        #expect(content.config.title == "Välj jobb- och utbildningsexpert")
        #expect(content.home.lead == "Här jämför du anordnarna.")
        #expect(content.providers.map(\.id) == ["fyrbaken"])
        #expect(content.providers[0].name == "Fyrbåken Kompetens")
        #expect(content.providers[0].languages == ["svenska", "arabiska"])
        #expect(content.pages.map(\.slug) == ["om-siffrorna"])
        #expect(content.providers[0].body.firstLine == 8)
    }

    @Test("YAML 1.1 look-alikes stay as written in text fields: a phone number, 'no', '12:30', '1.10', 'on'")
    func yamlTraps() throws {
        let site = try InlineSite([fyrbaken: provider("sammanfattning: Vi hjälper dig till jobb.", "sammanfattning: no")
            .replacingOccurrences(of: "områden: [Fisksätra]", with: """
                områden: [Fisksätra]
                telefon: 08-123 456 70
                gruppstorlek: 12:30
                personal: 1.10
                lokaler: on
                besöksadress: 0812
                """)])
        defer { site.remove() }
        let fyrbaken = try #require(try site.content().providers.first)
        #expect(fyrbaken.summary == "no")
        #expect(fyrbaken.phone?.display == "08-123 456 70")
        #expect(fyrbaken.phone?.href == "tel:+46812345670")
        #expect(fyrbaken.groupSize == "12:30")
        #expect(fyrbaken.staff == "1.10")
        #expect(fyrbaken.premises == "on")
        #expect(fyrbaken.address == "0812")
    }

    @Test("a page's menu flag and order are read")
    func pageFields() throws {
        let site = try InlineSite(["Content/sidor/kontakt.md": "---\ntitel: Kontakt\nmeny: true\nordning: 2\n---\n"])
        defer { site.remove() }
        let pages = try site.content().pages
        #expect(pages.map(\.slug) == ["kontakt", "om-siffrorna"])
        #expect(pages.map(\.inMenu) == [true, false])
    }
}

@Suite("Loading content: each problem, with its place in the real file and a hint")
struct ContentLoaderDiagnosticTests {
    @Test("badly indented YAML is placed in the real file, counting the front matter's first '---' line")
    func badIndentation() throws {
        let text = provider("sammanfattning: Vi hjälper dig till jobb.", "sammanfattning: Vi hjälper dig\n  insatser: [grund]")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:4:11: error: malformed YAML: mapping values are not allowed in this context
              hint: check the indentation and that text containing ': ' or starting with a special character is in quotes
            """])
    }

    @Test("a list item out of line is placed where it is")
    func badListIndentation() throws {
        let text = provider("områden: [Fisksätra]", "områden:\n  - Fisksätra\n - Orminge")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:8:2: error: malformed YAML: while parsing a block mapping, did not find expected key
              hint: check the indentation and that text containing ': ' or starting with a special character is in quotes
            """])
    }

    @Test("an unclosed quote is placed at the opening quote, not at the end of the front matter")
    func unclosedQuote() throws {
        let text = provider("namn: Fyrbåken Kompetens", "namn: \"Fyrbåken Kompetens")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:2:7: error: malformed YAML: the quoted text that starts here has no closing quote
              hint: end the text with the same kind of quote it starts with (" or ')
            """])
    }

    @Test("malformed YAML in site.yml is placed in site.yml")
    func malformedSiteYML() throws {
        let text = InlineSite.siteYML.replacingOccurrences(of: "description: Jämför anordnare.", with: "description: 'Jämför")
        #expect(try InlineSite.diagnostics(["Content/site.yml": text]) == ["""
            Content/site.yml:4:14: error: malformed YAML: the quoted text that starts here has no closing quote
              hint: end the text with the same kind of quote it starts with (" or ')
            """])
    }

    @Test("a misspelt key is unknown, with 'did you mean'; the field it was meant to be is then missing")
    func unknownKey() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: provider("språk:", "sprak:")]) == [
            """
            Content/anordnare/fyrbaken.md:2:1: error: the required field 'språk' is missing
              hint: add a line 'språk: …'
            """,
            """
            Content/anordnare/fyrbaken.md:5:1: error: unknown field 'sprak'
              hint: did you mean 'språk'?
            """,
        ])
    }

    @Test("a missing required field is named, at the start of the fields")
    func missingField() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: provider("namn: Fyrbåken Kompetens\n", "")]) == ["""
            Content/anordnare/fyrbaken.md:2:1: error: the required field 'namn' is missing
              hint: add a line 'namn: …'
            """])
    }

    @Test("a list where text is expected")
    func listForText() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: provider("namn: Fyrbåken Kompetens", "namn: [Fyrbåken, Kompetens]")]) == ["""
            Content/anordnare/fyrbaken.md:2:7: error: 'namn' must be text, found a list
              hint: write the text after 'namn: ', in quotes if it starts with [ or {
            """])
    }

    @Test("a list inside a list of short texts")
    func nestedList() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: provider("språk: [svenska, arabiska]", "språk: [svenska, [arabiska]]")]) == ["""
            Content/anordnare/fyrbaken.md:5:18: error: each item of 'språk' must be a short text, found a list
              hint: write the items as [första, andra], with no brackets inside
            """])
    }

    @Test("'yes' in a true/false field is refused, not guessed")
    func yesForFlag() throws {
        #expect(try InlineSite.diagnostics(["Content/sidor/om-siffrorna.md": "---\ntitel: Om siffrorna\nmeny: yes\n---\n"]) == ["""
            Content/sidor/om-siffrorna.md:3:7: error: 'meny' must be true or false, found 'yes'
              hint: write true or false
            """])
    }

    @Test("a word in a whole-number field")
    func wordForNumber() throws {
        #expect(try InlineSite.diagnostics(["Content/sidor/om-siffrorna.md": "---\ntitel: Om siffrorna\nordning: tre\n---\n"]) == ["""
            Content/sidor/om-siffrorna.md:3:10: error: 'ordning' must be a whole number, found 'tre'
              hint: write digits only, between 0 and 1000
            """])
    }

    @Test("a summary longer than a list has room for")
    func tooLong() throws {
        let text = provider("sammanfattning: Vi hjälper dig till jobb.", "sammanfattning: " + String(repeating: "å", count: 201))
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:3:17: error: 'sammanfattning' is 201 characters long; at most 200 fit
              hint: shorten it; the longer description belongs in the text below the front matter
            """])
    }

    @Test("a key written twice")
    func duplicateKey() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: providerAdding("namn: Fyrbåken")]) == ["""
            Content/anordnare/fyrbaken.md:7:1: error: the key 'namn' is written more than once (first at line 2)
              hint: keep one of them
            """])
    }

    @Test("a web site with characters no web address can contain is refused, naming them", arguments: [
        ("\"https://www.fyrbaken.example/\\\"om\\\"\"", "'\"'"),
        ("https://www.fyrbaken.example/<b>", "'<' and '>'"),
    ])
    func websiteWithForbiddenCharacters(website: String, named: String) throws {
        #expect(try InlineSite.diagnostics([fyrbaken: providerAdding("webbplats: \(website)")]) == ["""
            Content/anordnare/fyrbaken.md:7:12: error: 'webbplats' contains \(named), which a web address cannot contain
              hint: copy the address from the browser's address bar; a character that belongs in it is written with % and its code, e.g. a space as %20
            """])
    }

    @Test("a javascript: address is refused as a web site")
    func unsafeURL() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: providerAdding("webbplats: javascript:alert(1)")]) == ["""
            Content/anordnare/fyrbaken.md:7:12: error: 'webbplats' must be an address starting with https:// or http://, found 'javascript:alert(1)'
              hint: write the whole address, e.g. https://www.example.se
            """])
    }

    @Test("an e-mail address without '@'")
    func invalidEmail() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: providerAdding("epost: info(at)fyrbaken.example")]) == ["""
            Content/anordnare/fyrbaken.md:7:8: error: 'epost' is not an e-mail address: 'info(at)fyrbaken.example'
              hint: write it like kontakt@example.se
            """])
    }

    @Test("words in a phone number")
    func invalidPhone() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: providerAdding("telefon: ring oss")]) == ["""
            Content/anordnare/fyrbaken.md:7:10: error: 'telefon' is not a phone number: 'ring oss'
              hint: use digits, spaces and '-' only, e.g. "08-123 456 70" (in quotes)
            """])
    }

    @Test("a file name that cannot be a web address gets a suggested name")
    func unsafeFileName() throws {
        #expect(try InlineSite.diagnostics(["Content/anordnare/Fyr Båken.md": InlineSite.fyrbakenMD], removing: [fyrbaken]) == ["""
            Content/anordnare/Fyr Båken.md: error: the file name 'Fyr Båken.md' is not usable in a web address
              hint: use lowercase a–z, digits and '-' only, e.g. 'fyr-baken.md'
            """])
    }

    @Test("a file that is not .md in a Markdown folder")
    func notMarkdown() throws {
        #expect(try InlineSite.diagnostics(["Content/sidor/anteckningar.txt": "att göra"]) == ["""
            Content/sidor/anteckningar.txt: error: only .md files belong in Content/sidor/
              hint: rename it to end in .md, or move it out of the folder
            """])
    }

    @Test("a Windows-1252 file is refused at the first byte that is not UTF-8")
    func notUTF8() throws {
        // "Fyrbåken" with å as the single byte 0xE5.
        let bytes = Array("---\nnamn: Fyrb".utf8) + [0xE5] + Array("ken\n---\n".utf8)
        #expect(try InlineSite.diagnostics(bytes: [fyrbaken: bytes]) == ["""
            Content/anordnare/fyrbaken.md:2:11: error: the file is not UTF-8 text
              hint: save it as UTF-8: in Excel choose 'CSV UTF-8 (kommaavgränsad)'; in a text editor choose the encoding UTF-8
            """])
    }

    @Test("front matter without its closing '---'")
    func unclosedFrontMatter() throws {
        #expect(try InlineSite.diagnostics([fyrbaken: "---\nnamn: Fyrbåken Kompetens\n\nText.\n"]) == ["""
            Content/anordnare/fyrbaken.md:1:1: error: the front matter that starts here has no closing '---' line
              hint: add a line with only '---' after the last field
            """])
    }

    @Test("a file without front matter")
    func noFrontMatter() throws {
        #expect(try InlineSite.diagnostics(["Content/sidor/om-siffrorna.md": "# Om siffrorna\n"]) == ["""
            Content/sidor/om-siffrorna.md:1:1: error: the file must start with front matter: a line '---', the fields, and another '---'
              hint: see the example in docs/innehallsguide.md
            """])
    }

    @Test("a missing site.yml")
    func missingSiteYML() throws {
        #expect(try InlineSite.diagnostics(removing: ["Content/site.yml"]) == ["""
            Content/site.yml: error: cannot read the file
              hint: check that it exists and that you may read it
            """])
    }

    @Test("a misspelt key in site.yml")
    func unknownSiteKey() throws {
        #expect(try InlineSite.diagnostics(["Content/site.yml": InlineSite.siteYML + "languag: sv\n"]) == ["""
            Content/site.yml:17:1: error: unknown field 'languag'
              hint: did you mean 'language'?
            """])
    }
}
