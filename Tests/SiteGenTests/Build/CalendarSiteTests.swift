import Foundation
import Testing
@testable import SiteGen

/// The calendar as a reader sees it, on the repository's example content built with
/// `--now 2026-11-22T12:00`: one build shared by the suite, since each takes a while, and
/// removed when the suite ends.
@Suite("Calendar pages and feeds of the example site", ExampleSiteScope())
struct CalendarSiteTests {
    func read(_ path: String) async throws -> String { try ExampleSiteScope.site.read(path) }

    /// The `<h2>` month headings in page order.
    func months(_ html: String) -> [String] {
        html.matches(of: /<h2 id="manad-[0-9-]+">([^<]+)<\/h2>/).map { String($0.1) }
    }

    /// The titles of the listed occurrences, each once.
    func titles(_ html: String) -> Set<String> {
        Set(html.matches(of: /<h3 class="occurrence-title"><a href="[^"]+">([^<]+)<\/a>/).map { String($0.1) })
    }

    @Test("kalender/ lists the next twelve months by month, without what has passed")
    func grouping() async throws {
        let page = try await read("kalender/index.html")
        #expect(months(page) == ["November 2026", "December 2026", "Januari 2027", "Februari 2027", "Mars 2027", "April 2027",
                                 "Maj 2027", "Juni 2027", "Juli 2027", "Augusti 2027", "September 2027", "Oktober 2027", "November 2027"])
        #expect(page.contains("Sidan byggdes <time datetime=\"2026-11-22T12:00+01:00\">söndag 22 november 2026 kl. 12.00</time>."))
        // 12 November has passed; 26 November has not.
        #expect(!page.contains("datetime=\"2026-11-12T14:00+01:00\""))
        #expect(page.contains("<time datetime=\"2026-11-26T14:00+01:00\">torsdag 26 november 2026 kl. 14.00</time>–<time datetime=\"2026-11-26T15:00+01:00\">15.00</time>"))
        // The summer-job fair is all day: the date alone.
        #expect(page.contains("<time datetime=\"2027-06-15\">tisdag 15 juni 2027</time>"))
        #expect(page.contains("<script src=\"../assets/calendar.js\" defer></script>"))
        for match in page.matches(of: /<time datetime="([^"]+)">/) {
            #expect(match.1.wholeMatch(of: /\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}[+-]\d{2}:\d{2})?/) != nil, "\(match.1)")
        }
    }

    @Test("cancelled and moved occurrences are marked, a cancelled event with its reason")
    func cancelledAndMoved() async throws {
        let page = try await read("kalender/index.html")
        #expect(page.contains("""
            <li class="occurrence is-cancelled" data-end="2026-12-10T19:30+01:00">
              <h3 class="occurrence-title"><a href="../kalender/informationsmote-nya-anordnare/">Informationsmöte för nya anordnare</a></h3>
              <p class="occurrence-when"><time datetime="2026-12-10T18:00+01:00">torsdag 10 december 2026 kl. 18.00</time>–<time datetime="2026-12-10T19:30+01:00">19.30</time></p>
              <p class="occurrence-status"><strong>Inställt</strong> – Förfrågningsunderlaget skjuts upp till våren. Ett nytt datum kommer i kalendern.</p>
            """))
        #expect(page.contains("<li class=\"occurrence is-cancelled\" data-end=\"2027-01-12T11:00+01:00\">"))
        #expect(page.contains("""
            <p class="occurrence-when"><time datetime="2027-04-20T13:00+02:00">tisdag 20 april 2027 kl. 13.00</time>–<time datetime="2027-04-20T15:00+02:00">15.00</time></p>
              <p class="occurrence-status"><strong>Flyttat</strong> från <time datetime="2027-04-13T09:00+02:00">tisdag 13 april 2027 kl. 09.00</time></p>
              <p class="occurrence-note">Flyttat en vecka på grund av påsklovet.</p>
            """))
        let event = try await read("kalender/informationsmote-nya-anordnare/index.html")
        #expect(event.contains("<h1><s>Informationsmöte för nya anordnare</s></h1>"))
    }

    @Test("filters by kind and audience are plain links to pre-rendered pages")
    func filters() async throws {
        let page = try await read("kalender/index.html")
        #expect(page.contains("<li><a href=\"../kalender/\" aria-current=\"page\">Alla</a></li>"))
        #expect(page.contains("<li><a href=\"../kalender/typ-massa/\">Mässa</a></li>"))
        #expect(page.contains("<li><a href=\"../kalender/for-arbetsgivare/\">Arbetsgivare</a></li>"))
        let fairs = try await read("kalender/typ-massa/index.html")
        #expect(titles(fairs) == ["Rekryteringsmässa", "JobbEtt – sommarjobbsmässan"])
        #expect(fairs.contains("<li><a href=\"../../kalender/typ-massa/\" aria-current=\"page\">Mässa</a></li>"))
        let employers = try await read("kalender/for-arbetsgivare/index.html")
        #expect(titles(employers) == ["Frukostträff för arbetsgivare", "Rekryteringsmässa", "JobbEtt – sommarjobbsmässan"])
    }

    @Test("the archive lists past meetings, the most recent first")
    func archive() async throws {
        let page = try await read("kalender/tidigare/index.html")
        #expect(months(page).prefix(4) == ["November 2026", "Oktober 2026", "September 2026", "Augusti 2026"])
        #expect(page.contains("<time datetime=\"2026-10-07T15:00+02:00\">onsdag 7 oktober 2026 kl. 15.00</time>"))
        #expect(!page.contains("2026-11-26T14:00"))
        let fair = try #require(page.range(of: "2026-06-16\">tisdag 16 juni 2026"))
        let october = try #require(page.range(of: "2026-10-07T15:00"))
        #expect(october.lowerBound < fair.lowerBound)
    }

    @Test("an event page has its description, rule in words, coming dates and its own .ics")
    func eventPage() async throws {
        let page = try await read("kalender/utvecklingsseminarium/index.html")
        #expect(page.contains("<div><dt>Återkommer</dt><dd>Första fredagen varje månad</dd></div>"))
        #expect(page.contains("<p>Första fredagen varje månad bjuder kommunen in"))
        #expect(page.contains("<a class=\"more\" href=\"../../kalender/utvecklingsseminarium.ics\">Lägg till i kalender</a>"))
        let dates = page.matches(of: /<p class="occurrence-when"><time datetime="([^"]+)">/).map { String($0.1) }
        #expect(dates.count == 12)
        #expect(dates.first == "2026-12-04T13:00+01:00" && dates.last == "2027-11-05T13:00+01:00")
        let until = try await read("kalender/handlaggarmote/index.html")
        #expect(until.contains("<div><dt>Återkommer</dt><dd>Varannan vecka på torsdag, till och med <time datetime=\"2027-06-17\">17 juni 2027</time></dd></div>"))
        #expect(page.contains("<strong>Ändrat</strong></p>\n  <p class=\"occurrence-note\">I februari ses vi på plats i stadshuset.</p>"))
    }

    @Test("the home page shows the next three meetings and the menu leads to the calendar")
    func homePage() async throws {
        let page = try await read("index.html")
        let section = try #require(page.firstRange(of: "<h2 id=\"nasta-moten\">").map { String(page[$0.lowerBound...]) })
        let titles = section.matches(of: /<h3 class="occurrence-title"><a href="([^"]+)">([^<]+)<\/a>/).prefix(4)
        #expect(titles.map { String($0.2) } == ["Handläggarmöte", "Utvecklingsseminarium", "Dialogmöte för anordnarnas chefer"])
        #expect(titles.first.map { String($0.1) } == "./kalender/handlaggarmote/")
        #expect(section.contains("<a class=\"more\" href=\"./kalender/\">Hela kalendern</a>"))
        #expect(page.contains("<li><a href=\"./kalender/\">Kalender</a></li>"))
    }

    @Test(".ics files have UIDs from the event id and do not change with the build time or base URL")
    func stableFeeds() async throws {
        let site = ExampleSiteScope.site
        let first = try TestSite.snapshot(site.output).filter { $0.key.hasSuffix(".ics") }
        #expect(first.keys.sorted().prefix(3) == ["kalender.ics", "kalender/dialogmote-chefer.ics", "kalender/for-anordnare.ics"])
        let whole = String(decoding: try #require(first["kalender.ics"]), as: UTF8.self)
        #expect(whole.contains("\r\nUID:dialogmote-chefer@jobbpeng.nacka.example\r\nDTSTAMP:20261115T230000Z\r\n"))
        #expect(whole.contains("\r\nRECURRENCE-ID;TZID=Europe/Stockholm:20270413T090000\r\n"))
        #expect(whole.contains("\r\nEXDATE;TZID=Europe/Stockholm:20270112T090000\r\n"))
        #expect(whole.contains("\r\nSTATUS:CANCELLED\r\n"))

        let later = site.root.appending(path: "Site-later")
        _ = try await SiteBuilder.build(BuildOptions(source: site.root, output: later, baseURL: "https://www.example.se/jobbpeng",
                                                     now: TestSite.now.addingTimeInterval(40 * 86_400)))
        #expect(try TestSite.snapshot(later).filter { $0.key.hasSuffix(".ics") } == first)
        let page = try site.read("kalender/index.html", in: later)
        #expect(page.contains("<li><a href=\"webcal://www.example.se/jobbpeng/kalender.ics\">Prenumerera: Hela kalendern</a></li>"))
        let plain = try await read("kalender/index.html")
        #expect(plain.contains("<li><a href=\"../kalender.ics\">Prenumerera: Hela kalendern</a></li>"))
    }
}

/// Builds the example site once for the suite it is attached to and removes it afterwards.
struct ExampleSiteScope: SuiteTrait, TestScoping {
    @TaskLocal static var current: TestSite?
    static var site: TestSite { current! }

    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        try await Self.$current.withValue(site) { try await function() }
    }
}
