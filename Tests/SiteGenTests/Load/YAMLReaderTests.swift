import Testing
@testable import SiteGen

/// What ``YAMLReader`` says about `text`, each diagnostic as printed; empty when it reads.
func yamlProblems(_ text: String, file: String = "Content/site.yml", firstLine: Int = 1) -> [String] {
    do {
        _ = try YAMLReader.parse(text, file: file, firstLine: firstLine)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

private let aliasHint = "hint: write the value out in full; text that starts with '*' must be in quotes"
private let anchorHint = "hint: remove it and write each value out in full; text that starts with '&' must be in quotes"

@Suite("Reading YAML: anchors, aliases and tags are refused where they are written")
struct YAMLReaderAliasTests {
    /// Twelve lines of nested aliases would expand to 9¹¹ strings: Yams' compose never finished.
    static let billionLaughs = (0..<12).map { level -> String in
        let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level)))
        let items = level == 0 ? Array(repeating: "\"lol\"", count: 9)
            : Array(repeating: "*" + String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level - 1))), count: 9)
        return "\(name): &\(name) [\(items.joined(separator: ", "))]"
    }.joined(separator: "\n") + "\n"

    @Test("a billion laughs of nested aliases is refused in well under a second, at each anchor and alias")
    func billionLaughs() {
        let clock = ContinuousClock()
        var problems: [String] = []
        let elapsed = clock.measure { problems = yamlProblems(Self.billionLaughs) }
        #expect(elapsed < .milliseconds(500))
        #expect(problems.count == 12 + 11 * 9)
        #expect(Array(problems.prefix(3)) == [
            "Content/site.yml:1:4: error: the YAML anchor '&a' is not supported\n  \(anchorHint)",
            "Content/site.yml:2:4: error: the YAML anchor '&b' is not supported\n  \(anchorHint)",
            "Content/site.yml:2:8: error: the YAML alias '*a' is not supported\n  \(aliasHint), e.g. \"*a\"",
        ])
    }

    @Test("an alias whose anchor is nowhere is refused at its own column, in front matter counted from line 2")
    func undefinedAlias() {
        #expect(yamlProblems("namn: Fyrbåken\npersonal: *n\n", file: "Content/anordnare/fyrbaken.md", firstLine: 2) == [
            "Content/anordnare/fyrbaken.md:3:11: error: the YAML alias '*n' is not supported\n  \(aliasHint), e.g. \"*n\"",
        ])
    }

    @Test("an anchor on a group and an alias as a list item are each refused where they are written")
    func anchorOnGroup() {
        let text = "calendar: &cal\n  domain: x\nkinds:\n  - id: a\n  - *cal\n"
        #expect(yamlProblems(text) == [
            "Content/site.yml:1:11: error: the YAML anchor '&cal' is not supported\n  \(anchorHint)",
            "Content/site.yml:5:5: error: the YAML alias '*cal' is not supported\n  \(aliasHint), e.g. \"*cal\"",
        ])
    }

    @Test("an alias used as a key is refused once, and the value after it is not reported again")
    func aliasAsKey() {
        #expect(yamlProblems("a: &k namn\n*k : Fyrbåken\n") == [
            "Content/site.yml:1:4: error: the YAML anchor '&k' is not supported\n  \(anchorHint)",
            "Content/site.yml:2:1: error: the YAML alias '*k' is not supported\n  \(aliasHint), e.g. \"*k\"",
        ])
    }

    @Test("tags are refused as written, local, core and verbatim, on text, lists and groups")
    func tags() {
        let text = """
            a: !!python/object:os.system echo
            b: !viktigt 5 personer
            c: !!set {x: 1}
            d: !<tag:example.se,2026:x> [1]
            e: ! text

            """
        let hint = "hint: remove it; text that starts with '!' must be in quotes"
        #expect(yamlProblems(text) == [
            "Content/site.yml:1:4: error: the YAML tag '!!python/object:os.system' is not supported\n  \(hint)",
            "Content/site.yml:2:4: error: the YAML tag '!viktigt' is not supported\n  \(hint)",
            "Content/site.yml:3:4: error: the YAML tag '!!set' is not supported\n  \(hint)",
            "Content/site.yml:4:4: error: the YAML tag '!<tag:example.se,2026:x>' is not supported\n  \(hint)",
            "Content/site.yml:5:4: error: the YAML tag '!' is not supported\n  \(hint)",
        ])
    }

    @Test("'*', '&' and '!' inside text, quotes, block text and comments are text, not aliases, anchors or tags")
    func starsInText() throws {
        let text = """
            a: x*y & z!
            b: "*n"
            c: '&n !t'
            d: |
              *n &m !t
            e: en text som fortsätter
              *stöd* för dig
            f: # *n &m !t
              - a* &b
            g: [x*, 'y']

            """
        guard case .mapping(let entries, _)? = try YAMLReader.parse(text, file: "Content/site.yml") else {
            Issue.record("not a group of keys")
            return
        }
        func scalar(_ node: YAMLNode) -> String? {
            if case .scalar(let text, _, _) = node { return text }
            return nil
        }
        #expect(entries.map(\.key) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(entries.prefix(5).map { scalar($0.value) } == ["x*y & z!", "*n", "&n !t", "*n &m !t\n", "en text som fortsätter *stöd* för dig"])
        guard case .sequence(let items, _) = entries[5].value, case .sequence(let flow, _) = entries[6].value else {
            Issue.record("f and g are not lists")
            return
        }
        #expect(items.map(scalar) == ["a* &b"])
        #expect(flow.map(scalar) == ["x*", "y"])
    }

    @Test("a '*' or '&' followed by a space is malformed, with the hint to quote it")
    func bareStar() {
        #expect(yamlProblems("personal: * 5 personer\n") == ["""
            Content/site.yml:1:11: error: malformed YAML: while scanning an alias, did not find expected alphabetic or numeric character
              hint: text that starts with '*' or '&' must be in quotes, e.g. "* 5 personer"
            """])
    }
}

@Suite("Reading YAML: size and depth limits, named in the message")
struct YAMLReaderLimitTests {
    @Test("YAML over 256 KiB is refused at its first line, before it is parsed")
    func tooLong() {
        let text = "a: " + String(repeating: "x", count: YAMLReader.maximumBytes) + "\n"
        #expect(yamlProblems(text, file: "Content/sidor/lang.md", firstLine: 2) == ["""
            Content/sidor/lang.md:2:1: error: the YAML that starts here is 257 KiB long; sitegen reads at most 256 KiB
              hint: keep the fields short: long text belongs in the Markdown text of a page, not in YAML
            """])
    }

    @Test("YAML of exactly 256 KiB is read")
    func atTheSizeLimit() {
        let text = "a: " + String(repeating: "x", count: YAMLReader.maximumBytes - 4) + "\n"
        #expect(text.utf8.count == YAMLReader.maximumBytes)
        #expect(yamlProblems(text) == [])
    }

    @Test("32 nested lists are read; the 33rd is refused where it opens")
    func depth() {
        func nested(_ depth: Int) -> String { "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n" }
        #expect(yamlProblems(nested(31)) == [])
        #expect(yamlProblems(nested(32)) == ["""
            Content/site.yml:1:35: error: lists and groups are nested more than 32 levels deep here
              hint: check the indentation and the brackets; sitegen's files nest only a few levels
            """])
    }

    @Test("nesting by indentation is counted too, and placed in the real file")
    func blockDepth() {
        let text = (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        #expect(yamlProblems(text, file: "Content/sidor/djup.md", firstLine: 2) == ["""
            Content/sidor/djup.md:34:65: error: lists and groups are nested more than 32 levels deep here
              hint: check the indentation and the brackets; sitegen's files nest only a few levels
            """])
    }

    @Test("a hundred thousand open brackets stop at the limit quickly, without exhausting the stack")
    func deepBrackets() {
        let clock = ContinuousClock()
        var problems: [String] = []
        let elapsed = clock.measure { problems = yamlProblems(String(repeating: "[", count: 100_000)) }
        #expect(elapsed < .milliseconds(500))
        // libyaml's own limit of 1000 is met first here, as its scanner reads ahead along the line.
        #expect(problems == ["""
            Content/site.yml:1:1: error: lists and groups are nested more than 32 levels deep here
              hint: check the indentation and the brackets; sitegen's files nest only a few levels
            """])
        let lines = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(yamlProblems(lines).first?.hasPrefix("Content/site.yml:1:65: error: lists and groups are nested more than 32 levels deep here") == true)
    }
}
