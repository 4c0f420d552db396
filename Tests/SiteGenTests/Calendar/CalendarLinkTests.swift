import Testing
@testable import SiteGen

/// A meeting's link as the `.ics` writes it: `URL:` is a URI value (RFC 5545 §3.8.4.6), so
/// every character RFC 3986 does not allow is percent-encoded, never passed through.
@Suite("Calendar: links are valid URIs")
struct CalendarLinkTests {
    /// Only unreserved and reserved characters and `%` with two hex digits (RFC 3986 §2).
    static func isURI(_ text: String) -> Bool {
        text.wholeMatch(of: /(?:[A-Za-z0-9\-._~:\/?#\[\]@!$&'()*+,;=]|%[0-9A-F]{2})*/) != nil
    }

    @Test("characters RFC 3986 does not allow are percent-encoded as UTF-8, the rest kept", arguments: [
        ("https://moten.nacka.example/dialog?rum=1&tid=18:00", "https://moten.nacka.example/dialog?rum=1&tid=18:00"),
        ("https://x.example/a\"b<script>c", "https://x.example/a%22b%3Cscript%3Ec"),
        ("https://x.example/möte/språk", "https://x.example/m%C3%B6te/spr%C3%A5k"),
        ("https://x.example/rabatt-50%", "https://x.example/rabatt-50%25"),
        ("https://x.example/a%2Fb%zz", "https://x.example/a%2Fb%25zz"),
        ("https://x.example/a b\t\u{0}", "https://x.example/a%20b%09%00"),
        ("https://x.example/a|b{c}^`\\", "https://x.example/a%7Cb%7Bc%7D%5E%60%5C"),
        ("https://x.example/[x]#del#2", "https://x.example/%5Bx%5D#del%232"),
        ("https://x.example/😀", "https://x.example/%F0%9F%98%80"),
    ])
    func encodes(text: String, expected: String) {
        #expect(URIText.encoded(text) == expected)
        #expect(Self.isURI(expected))
        #expect(URIText.encoded(expected) == expected, "encoding twice changes nothing")
    }

    @Test("the characters an editor's address may not contain are found, each once")
    func forbidden() {
        #expect(URIText.forbidden(in: "https://x.example/a\"b<c>\"") == ["\"", "<", ">"])
        #expect(URIText.forbidden(in: "https://x.example/möte?a=1&b=50%#x").isEmpty)
        #expect(URIText.forbidden(in: "https://x.example/a b\u{7F}") == [" ", "\u{7F}"])
    }

    @Test("the writer's URL: line is a valid URI even for a link made in code")
    func writer() {
        var event = CalendarExamples.weekly
        event.url = "https://x.example/möte\"><script>alert(1)</script>"
        let lines = ICalendarWriter(domain: "example.nacka.se").lines([event])
        let url = lines.filter { $0.hasPrefix("URL:") }
        #expect(url == ["URL:https://x.example/m%C3%B6te%22%3E%3Cscript%3Ealert(1)%3C/script%3E"])
        #expect(url.allSatisfy { Self.isURI(String($0.dropFirst(4))) })
    }

    @Test("a web link stores the encoded address and shows the readable one")
    func webLink() throws {
        let link = try #require(WebLink("https://moten.nacka.example/möte?språk=sv"))
        #expect(link.url == "https://moten.nacka.example/m%C3%B6te?spr%C3%A5k=sv")
        #expect(link.display == "moten.nacka.example/möte?språk=sv")
        #expect(WebLink(link.url) == link)
        #expect(try #require(WebLink("https://x.example/a%00b")).display == "x.example/a%00b")
    }
}
