import Testing
@testable import SiteGen

/// What reading `text` as a Markdown file's front matter says, each diagnostic as printed.
private func frontMatterProblems(_ text: String, path: String = "Content/anordnare/fyrbaken.md") -> [String] {
    do {
        _ = try FrontMatterDocument.parse(SourceFile(path: path, text: text))
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

private let quotesHint = "hint: check the indentation and that text containing ': ' or starting with a special character is in quotes"
private let tabHint = "hint: indent with spaces: YAML does not allow tabs in indentation"

@Suite("Reading YAML: libyaml's errors at the character they are about, in the real file")
struct YAMLReaderErrorTests {
    @Test("a NUL in front matter is placed at its line and column, counting the first '---'")
    func nul() {
        #expect(frontMatterProblems("---\nnamn: Fyrbåken\nsammanfattning: Vi hjälper\u{0} dig\n---\nText.\n") == ["""
            Content/anordnare/fyrbaken.md:3:27: error: malformed YAML: the invisible control character U+0000 is not allowed
              hint: delete it; it often comes along when text is copied from another program
            """])
    }

    @Test("a control character in site.yml with Windows line endings: columns count letters, not bytes")
    func controlCharacterAfterLetters() {
        #expect(yamlProblems("title: Välj\r\norganisation: Nämnd för åäö\u{7}\r\n") == ["""
            Content/site.yml:2:28: error: malformed YAML: the invisible control character U+0007 is not allowed
              hint: delete it; it often comes along when text is copied from another program
            """])
    }

    @Test("a pasted line or paragraph separator, which libyaml would count as a new line, is refused where an editor shows it")
    func lineSeparators() {
        let hint = "hint: delete it, or put an ordinary line break in its place; it often comes along when text is copied from another program"
        #expect(frontMatterProblems("---\nnamn: Fyr\u{2028}båken\nsammanfattning: 'Vi\u{2029}hjälper\u{85}dig'\n---\n") == [
            "Content/anordnare/fyrbaken.md:2:10: error: the invisible line separator U+2028 is not allowed\n  \(hint)",
            "Content/anordnare/fyrbaken.md:3:20: error: the invisible line separator U+2029 is not allowed\n  \(hint)",
            "Content/anordnare/fyrbaken.md:3:28: error: the invisible line separator U+0085 is not allowed\n  \(hint)",
        ])
    }

    @Test("an invisible character written as an escape in double quotes is refused at the text", arguments: [
        ("description: \"Jämför\\0 anordnare\\x1B\"", "U+0000"),
        ("description: \"C:\\Program\"", "U+2029"),
        ("description: \"rad\\Lrad\"", "U+2028"),
        ("description: \"\\N\"", "U+0085"),
    ])
    func escapedInvisible(line: String, character: String) {
        #expect(yamlProblems("title: ok\n\(line)\n") == ["""
            Content/site.yml:2:14: error: the text contains the invisible character \(character)
              hint: remove it; in double quotes a backslash starts an escape ("C:\\Program" hides U+2029): write \\\\ for a backslash, or use single quotes
            """])
    }

    @Test("a tab that indents a key is placed at the tab", arguments: [
        ("---\nnamn: x\n\tsammanfattning: y\n---\n", "3:1: error: malformed YAML: while scanning a plain scalar, found a tab character that violates indentation"),
        ("---\nspråk:\n\t- svenska\n---\n", "3:1: error: malformed YAML: while scanning for the next token, found character that cannot start any token"),
        ("---\nspråk:\n  -\tsvenska\n  - arabiska\n---\n", "3:4: error: malformed YAML: while scanning for the next token, found character that cannot start any token"),
        ("---\nnamn: |\n  Fyrbåken\n\tKompetens\n---\n", "4:1: error: malformed YAML: while scanning a block scalar, found a tab character where an indentation space is expected"),
    ])
    func tab(text: String, expected: String) {
        #expect(frontMatterProblems(text) == ["Content/anordnare/fyrbaken.md:\(expected)\n  \(tabHint)"])
    }

    @Test("an unknown escape in double quotes is placed at the backslash")
    func badEscape() {
        #expect(frontMatterProblems("---\nnamn: x\nadress: \"C:\\Användare\"\n---\n") == ["""
            Content/anordnare/fyrbaken.md:3:12: error: malformed YAML: while parsing a quoted scalar, found unknown escape character
              hint: in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes
            """])
    }

    @Test("text that starts with '@' or '`' is placed there, with the hint to quote it")
    func reservedIndicator() {
        #expect(frontMatterProblems("---\nnamn: x\ninstagram: @fyrbaken\n---\n") == ["""
            Content/anordnare/fyrbaken.md:3:12: error: malformed YAML: while scanning for the next token, found character that cannot start any token
              hint: text that starts with '@' must be in quotes, e.g. "@fyrbaken"
            """])
    }

    @Test("a list left open is reported where it opens")
    func unclosedBracket() {
        #expect(frontMatterProblems("---\nspråk: [svenska, arabiska\nområden: [Orminge]\n---\n") == [
            "Content/anordnare/fyrbaken.md:2:8: error: malformed YAML: the '[' that opens here is not closed where it should be\n"
                + "  hint: end the list with ']' on the same line, with ', ' between the items; text with ',' or ':' in it goes in quotes",
        ])
    }

    @Test("a second document in site.yml is refused at its '---'")
    func secondDocument() {
        #expect(yamlProblems("title: Välj\n---\ntitle: Annan\n") == ["""
            Content/site.yml:2:1: error: a second YAML document starts here; only one belongs in the file
              hint: remove this '---' line, or what follows it
            """])
    }

    @Test("a key that is a list or group is refused at the key, with a hint")
    func keyNotAWord() {
        #expect(frontMatterProblems("---\nnamn: x\n[grund, sai]: ja\n? {a: 1}\n: nej\n---\n") == [
            """
            Content/anordnare/fyrbaken.md:3:1: error: a key must be a plain word, found a list
              hint: write each key as a word followed by ':', like 'namn: …'; a line starting with '? ' or a key in brackets is not a word
            """,
            """
            Content/anordnare/fyrbaken.md:4:3: error: a key must be a plain word, found a group of keys
              hint: write each key as a word followed by ':', like 'namn: …'; a line starting with '? ' or a key in brackets is not a word
            """,
        ])
    }

    @Test("every key written twice is reported, in nested groups too, where it is written again")
    func duplicateKeys() {
        #expect(yamlProblems("title: a\nsuppression:\n  minimumEnded: 5\n  minimumEnded: 6\ntitle: b\n") == [
            "Content/site.yml:4:3: error: the key 'minimumEnded' is written more than once (first at line 3)\n  hint: keep one of them",
            "Content/site.yml:5:1: error: the key 'title' is written more than once (first at line 1)\n  hint: keep one of them",
        ])
    }

    @Test("empty YAML and YAML of only comments read as nothing")
    func empty() throws {
        #expect(try YAMLReader.parse("", file: "Content/site.yml") == nil)
        #expect(try YAMLReader.parse("# bara en kommentar\n", file: "Content/site.yml") == nil)
    }
}

@Suite("Reading YAML: the loaders keep the places in their files")
struct YAMLReaderLoaderTests {
    @Test("an alias in a provider's front matter is placed in the provider file")
    func providerAlias() throws {
        let text = InlineSite.provider(replacing: "områden: [Fisksätra]", with: "områden: [Fisksätra]\npersonal: *n")
        #expect(try InlineSite.diagnostics(["Content/anordnare/fyrbaken.md": text]) == ["""
            Content/anordnare/fyrbaken.md:7:11: error: the YAML alias '*n' is not supported
              hint: write the value out in full; text that starts with '*' must be in quotes, e.g. "*n"
            """])
    }

    @Test("an anchor and an alias in site.yml are placed in site.yml")
    func siteAlias() throws {
        let text = InlineSite.siteYML
            .replacingOccurrences(of: "organisation: Nacka kommun", with: "organisation: &org Nacka kommun")
            .replacingOccurrences(of: "description: Jämför anordnare.", with: "description: *org")
        #expect(try InlineSite.diagnostics(["Content/site.yml": text]) == [
            """
            Content/site.yml:2:15: error: the YAML anchor '&org' is not supported
              hint: remove it and write each value out in full; text that starts with '&' must be in quotes
            """,
            """
            Content/site.yml:4:14: error: the YAML alias '*org' is not supported
              hint: write the value out in full; text that starts with '*' must be in quotes, e.g. "*org"
            """,
        ])
    }

    @Test("a control character in YAML is placed at its character")
    func yamlControlCharacter() throws {
        #expect(frontMatterProblems("---\nnamn: Fyrbåken\nplats: Nacka\u{1B} stadshus\n---\n") == [
            "Content/anordnare/fyrbaken.md:3:13: error: malformed YAML: the invisible control character U+001B is not allowed\n"
                + "  hint: delete it; it often comes along when text is copied from another program",
        ])
    }
}
