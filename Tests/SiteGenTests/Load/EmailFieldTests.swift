import Testing
@testable import SiteGen

private let fyrbaken = "Content/anordnare/fyrbaken.md"

/// The provider file with an `epost` line (line 7, the value at column 8).
private func withEmail(_ value: String) -> String {
    InlineSite.provider(replacing: "områden: [Fisksätra]", with: "områden: [Fisksätra]\nepost: \(value)")
}

@Suite("E-mail fields hold one address and nothing a mailto: link would read as more")
struct EmailFieldTests {
    @Test("ordinary addresses are accepted and linked as mailto:", arguments: [
        "kontakt@fyrbaken.example", "anna.berg+jobb@fyrbaken.example", "info_2@sub.nacka.se", "åsa@fyrbåken.example",
    ])
    func accepted(address: String) throws {
        let site = try InlineSite([fyrbaken: withEmail(address)])
        defer { site.remove() }
        #expect(try site.content().providers.first?.email?.href == "mailto:\(address)")
    }

    @Test("an address with a subject, a text or more is refused at its place, saying why", arguments: [
        ("kontakt@fyrbaken.example?subject=Hej", "'epost' holds more than an address: 'kontakt@fyrbaken.example?subject=Hej'",
         "write only the address; a subject or a text (?subject=, &body=) cannot be added to it"),
        ("kontakt@fyrbaken.example?body=Skicka%20personnummer", "'epost' holds more than an address: 'kontakt@fyrbaken.example?body=Skicka%20personnummer'",
         "write only the address; a subject or a text (?subject=, &body=) cannot be added to it"),
        ("kontakt@fyrbaken.example&subject=x", "'epost' holds more than an address: 'kontakt@fyrbaken.example&subject=x'",
         "write only the address; a subject or a text (?subject=, &body=) cannot be added to it"),
        ("kontakt@fyrbaken.example,bcc@evil.example", "'epost' holds more than an address: 'kontakt@fyrbaken.example,bcc@evil.example'",
         "write only the address; a subject or a text (?subject=, &body=) cannot be added to it"),
        ("mailto:kontakt@fyrbaken.example", "'epost' starts with 'mailto:': 'mailto:kontakt@fyrbaken.example'",
         "write only the address, e.g. kontakt@example.se; the site makes the mailto: link"),
        ("MAILTO:kontakt@fyrbaken.example", "'epost' starts with 'mailto:': 'MAILTO:kontakt@fyrbaken.example'",
         "write only the address, e.g. kontakt@example.se; the site makes the mailto: link"),
        ("\"kontakt @fyrbaken.example\"", "'epost' contains a space: 'kontakt @fyrbaken.example'",
         "write the address without spaces, e.g. kontakt@example.se"),
        ("a@b@fyrbaken.example", "'epost' has more than one '@': 'a@b@fyrbaken.example'",
         "write one address, e.g. kontakt@example.se"),
        ("kontakt@fyrbaken.example%0Abcc", "'epost' is not an e-mail address: 'kontakt@fyrbaken.example%0Abcc'",
         "write it like kontakt@example.se"),
        ("kontakt@fyrbaken.example#x", "'epost' is not an e-mail address: 'kontakt@fyrbaken.example#x'",
         "write it like kontakt@example.se"),
        ("kontakt@fyrbaken..example", "'epost' is not an e-mail address: 'kontakt@fyrbaken..example'",
         "write it like kontakt@example.se"),
        ("info(at)fyrbaken.example", "'epost' is not an e-mail address: 'info(at)fyrbaken.example'",
         "write it like kontakt@example.se"),
    ])
    func refused(value: String, message: String, hint: String) throws {
        #expect(try InlineSite.diagnostics([fyrbaken: withEmail(value)]) == ["""
            Content/anordnare/fyrbaken.md:7:8: error: \(message)
              hint: \(hint)
            """])
    }
}
