import Foundation
import Testing
@testable import SiteGen

/// A meeting's link is the same address on its page, in the calendar list and in the `.ics`.
@Suite("Calendar links on the pages and in the feeds")
struct CalendarLinkPageTests {
    @Test("the href and the URL: line are the same valid URI")
    func sameAddress() async throws {
        let files = try await CalendarClockChangePageTests.build(["natt": CalendarClockChangePageTests.nightMD])
        let uri = "https://moten.nacka.example/natt?rum=1&spr%C3%A5k=sv"
        let href = "<a href=\"\(uri.replacingOccurrences(of: "&", with: "&amp;"))\">moten.nacka.example/natt?rum=1&amp;språk=sv</a>"
        #expect(try #require(files["kalender/natt/index.html"]).contains("<dd>\(href)</dd>"))
        #expect(try #require(files["kalender/index.html"]).contains("Digitalt: \(href)"))
        for feed in ["kalender.ics", "kalender/natt.ics"] {
            let lines = try #require(files[feed]).replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
            #expect(lines.filter { $0.hasPrefix("URL:") } == ["URL:" + uri], "\(feed)")
        }
    }
}
