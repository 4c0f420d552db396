import Testing
@testable import SiteGen

private let fyrbaken = "Content/anordnare/fyrbaken.md"
private let hint = "delete it: it is invisible in most editors (place the cursor just after it and press Backspace), and often comes along when text is copied from a PDF, Word or another program"

/// A control character, how the message names it, and where it is put.
struct ControlCase: Sendable, CustomTestStringConvertible {
    var scalar: Unicode.Scalar
    var name: String
    var testDescription: String { name }
}

@Suite("Text is text: a control character in any source file is an error at its line and column")
struct ControlCharacterTests {
    @Test("in a provider's Markdown body, each kind of control character is named at its place", arguments: [
        ControlCase(scalar: "\u{0}", name: "U+0000 (NUL)"),
        ControlCase(scalar: "\u{7}", name: "U+0007 (BEL)"),
        ControlCase(scalar: "\u{B}", name: "U+000B (VT)"),
        ControlCase(scalar: "\u{C}", name: "U+000C (FF)"),
        ControlCase(scalar: "\u{1B}", name: "U+001B (ESC)"),
        ControlCase(scalar: "\u{7F}", name: "U+007F (DEL)"),
        ControlCase(scalar: "\u{85}", name: "U+0085"),
        ControlCase(scalar: "\u{9B}", name: "U+009B"),
        ControlCase(scalar: "\u{FFFE}", name: "U+FFFE"),
        ControlCase(scalar: "\u{FFFF}", name: "U+FFFF"),
    ])
    func inBody(control: ControlCase) throws {
        let text = InlineSite.provider(replacing: "# Så arbetar vi", with: "# Så\(Character(control.scalar)) arbetar vi")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:8:5: error: the text contains the control character \(control.name)
              hint: \(hint)
            """])
    }

    @Test("a NUL inside an internal link is refused rather than published as U+FFFD")
    func inLink() throws {
        let text = InlineSite.provider(replacing: "# Så arbetar vi", with: "Läs [om siffrorna](../../om-siffrorna\u{0}/).")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == ["""
            Content/anordnare/fyrbaken.md:8:38: error: the text contains the control character U+0000 (NUL)
              hint: \(hint)
            """])
    }

    @Test("in a front matter value, site.yml, a CSV value, a page and the home page", arguments: [
        (fyrbaken, InlineSite.provider(replacing: "Fyrbåken Kompetens", with: "Fyrbåken\u{1}Kompetens"), "2:15", "U+0001 (SOH)"),
        ("Content/site.yml", InlineSite.siteYML.replacingOccurrences(of: "Nacka kommun", with: "Nacka\u{0} kommun"), "2:20", "U+0000 (NUL)"),
        ("Content/resultat/2021.csv", "anordnare;insats;år;avslutade;egen_forsorjning\nfyrbaken;grund;2021;2\u{0}0;9\n", "2:22", "U+0000 (NUL)"),
        ("Content/sidor/om-siffrorna.md", "---\ntitel: Om siffrorna\n---\nSå\u{8} räknar vi.\n", "4:3", "U+0008 (BS)"),
        ("Content/start.md", InlineSite.startMD.replacingOccurrences(of: "Välkommen.", with: "\u{7F}Välkommen."), "5:1", "U+007F (DEL)"),
    ])
    func inEveryKindOfFile(path: String, text: String, place: String, name: String) throws {
        #expect(try InlineSite.diagnostics([path: text]) == ["""
            \(path):\(place): error: the text contains the control character \(name)
              hint: \(hint)
            """])
    }

    @Test("tab, line feed and carriage return are text, and so are other scripts and emoji")
    func allowed() throws {
        let text = InlineSite.provider(replacing: "# Så arbetar vi", with: "# Så arbetar vi\r\n\tIndraget. العربية 日本語 👩🏽‍💼\r\n")
        #expect(try InlineSite.diagnostics([fyrbaken: text]) == [])
    }

    @Test("the first five in a file are reported, the last saying how many more there are")
    func many() throws {
        let body = (1...8).map { "rad\u{0}\($0)" }.joined(separator: "\n")
        let found = try InlineSite.diagnostics([fyrbaken: InlineSite.provider(replacing: "# Så arbetar vi", with: body)])
        #expect(found.count == 5)
        #expect(found.first?.hasPrefix("Content/anordnare/fyrbaken.md:8:4: error: the text contains the control character U+0000 (NUL)\n") == true)
        #expect(found.last?.hasPrefix("Content/anordnare/fyrbaken.md:12:4: error: the text contains the control character U+0000 (NUL), and 3 more after it in this file\n") == true)
    }

    @Test("columns count Unicode scalars, as every location does, and a byte order mark is not counted")
    func columns() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(InlineSite.provider(replacing: "# Så arbetar vi", with: "åäö 🎉\u{0}").utf8)
        #expect(try InlineSite.diagnostics(bytes: [fyrbaken: bytes]).first?
            .hasPrefix("Content/anordnare/fyrbaken.md:8:6: error:") == true)
    }
}
