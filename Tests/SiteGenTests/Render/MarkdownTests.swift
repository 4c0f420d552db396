import Testing
@testable import SiteGen

@Suite("Markdown through cmark-gfm")
struct MarkdownTests {
    @Test("raw HTML, script tags and javascript: links never reach the page as live markup")
    func safeMode() {
        let html = Markdown.html("Hej <script>alert(1)</script> <b onclick=\"x()\">b</b> [länk](javascript:alert(1))\n\n<iframe src=x></iframe>", rootPrefix: "./")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test("GFM tables, strikethrough, autolinks and task lists are on")
    func extensions() {
        let html = Markdown.html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~bort~~ https://www.example.se\n\n- [x] klar\n", rootPrefix: "./")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>bort</del>"))
        #expect(html.contains("<a href=\"https://www.example.se\">"))
        #expect(html.contains("type=\"checkbox\""))
    }

    @Test("links starting with / are rewritten relative to the page", arguments: [
        ("./", "./om-siffrorna/"), ("../", "../om-siffrorna/"), ("../../", "../../om-siffrorna/"),
    ])
    func rootLinks(prefix: String, expected: String) {
        let html = Markdown.html("[Om siffrorna](/om-siffrorna/) [extern](https://x.example/a) [protokoll](//x.example/)", rootPrefix: prefix)
        #expect(html.contains("href=\"\(expected)\""))
        #expect(html.contains("href=\"https://x.example/a\""))
        #expect(html.contains("href=\"//x.example/\""))
    }

    @Test("headings start below the page's own h1: # and ## both give the first level", arguments: [
        (2, "<h2>A</h2>\n<h2>B</h2>\n<h3>C</h3>"), (3, "<h3>A</h3>\n<h3>B</h3>\n<h4>C</h4>"),
    ])
    func headings(first: Int, expected: String) {
        let html = Markdown.html("# A\n\n## B\n\n### C\n", rootPrefix: "./", firstHeadingLevel: first)
        #expect(html == expected + "\n")
    }
}
