import Foundation
import Testing
@testable import SiteGen

/// The calendar pages of a small site whose meetings fall on the clock-change nights of
/// 2026 (29 March, 02:00 → 03:00, and 25 October, 03:00 → 02:00), built with `--now`
/// 2026-03-01: the times shown, their `datetime` and the note beside them.
@Suite("Calendar pages on the clock-change nights")
struct CalendarClockChangePageTests {
    static let calendarYML = """

        calendar:
          domain: jobbpeng.nacka.example
          kinds:
            - id: dialogmote
              name: Dialogmöte
          audiences:
            - id: anordnare
              name: Anordnare

        """

    /// A meeting each Sunday night, 02:30–03:00.
    static let nightMD = """
        ---
        titel: Nattmöte
        typ: dialogmote
        malgrupp: [anordnare]
        start: 2026-03-22 02:30
        slut: 03:00
        upprepning: FREQ=WEEKLY;UNTIL=20261101
        lank: https://moten.nacka.example/natt?rum=1&språk=sv
        andrad: 2026-02-01
        ---
        Vi ses.

        """

    /// The built files of the mini site with `events` (id → file text) in `Content/kalender/`.
    static func build(_ events: [String: String]) async throws -> [String: String] {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let siteYML = try String(contentsOf: site.root.appending(path: "Content/site.yml"), encoding: .utf8)
        try site.write("Content/site.yml", siteYML + calendarYML)
        for (id, text) in events { try site.write("Content/kalender/\(id).md", text) }
        let files = try await SiteBuilder.files(BuildOptions(source: site.root, output: site.output, now: BuildDate.parse("2026-03-01T12:00")!))
        return Dictionary(files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The list item of the occurrence that ends at `end` (its `data-end`).
    static func item(_ page: String, endingAt end: String) throws -> String {
        let start = try #require(page.range(of: "<li class=\"occurrence\" data-end=\"\(end)\">"))
        let close = try #require(page.range(of: "</li>", range: start.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<close.upperBound])
    }

    @Test("a spring-gap occurrence shows its real time 03.30–04.00 and says the time moved")
    func spring() async throws {
        let files = try await Self.build(["natt": Self.nightMD])
        for path in ["kalender/index.html", "kalender/natt/index.html"] {
            let page = try #require(files[path])
            let night = try Self.item(page, endingAt: "2026-03-29T04:00+02:00")
            #expect(night.contains("""
                <p class="occurrence-when"><time datetime="2026-03-29T03:30+02:00">söndag 29 mars 2026 kl. 03.30</time>–<time datetime="2026-03-29T04:00+02:00">04.00</time></p>
                """), "\(path)")
            #expect(night.contains("""
                <p class="occurrence-clock"><strong>Tiden flyttad av sommartid</strong> – Den här natten ställs klockan fram en timme, från 02.00 till 03.00. \
                Klockan blir aldrig 02.30, så mötet börjar 03.30 och slutar 04.00, efter 30 minuter som vanligt.</p>
                """), "\(path)")
            // The week before and after: as written, and nothing said.
            let before = try Self.item(page, endingAt: "2026-03-22T03:00+01:00")
            #expect(before.contains("<time datetime=\"2026-03-22T02:30+01:00\">söndag 22 mars 2026 kl. 02.30</time>–<time datetime=\"2026-03-22T03:00+01:00\">03.00</time>"))
            let after = try Self.item(page, endingAt: "2026-04-05T03:00+02:00")
            #expect(after.contains("<time datetime=\"2026-04-05T02:30+02:00\">söndag 5 april 2026 kl. 02.30</time>–<time datetime=\"2026-04-05T03:00+02:00\">03.00</time>"))
            #expect(!before.contains("occurrence-clock") && !after.contains("occurrence-clock"))
            #expect(page.matches(of: /class="occurrence-clock"/).count == 2, "\(path): the spring and the autumn night")
        }
    }

    @Test("an autumn-overlap occurrence starts at the first 02.30 and lasts 30 minutes, ending 02.00 winter time")
    func autumn() async throws {
        let files = try await Self.build(["natt": Self.nightMD])
        let night = try Self.item(try #require(files["kalender/natt/index.html"]), endingAt: "2026-10-25T02:00+01:00")
        #expect(night.contains("""
            <p class="occurrence-when"><time datetime="2026-10-25T02:30+02:00">söndag 25 oktober 2026 kl. 02.30</time>–<time datetime="2026-10-25T02:00+01:00">02.00</time></p>
            """))
        #expect(night.contains("""
            <p class="occurrence-clock"><strong>Tiden flyttad av vintertid</strong> – Den här natten ställs klockan tillbaka en timme, från 03.00 till 02.00, \
            så klockan visar tiden mellan 02.00 och 03.00 två gånger. Mötet börjar första gången klockan visar 02.30 och är lika långt som vanligt, 30 minuter. \
            Då har klockan ställts tillbaka, så mötet slutar 02.00 i stället för 03.00.</p>
            """))
    }

    @Test("every time on the pages is a real instant whose end comes after its start")
    func everyEndAfterStart() async throws {
        let files = try await Self.build(["natt": Self.nightMD])
        for path in ["kalender/index.html", "kalender/natt/index.html"] {
            let page = try #require(files[path])
            let pairs = page.matches(of: /<time datetime="([^"]+)">[^<]+<\/time>–<time datetime="([^"]+)">/)
            #expect(pairs.count == 33, "\(path)")
            for pair in pairs {
                let start = try #require(Self.instant(String(pair.1))), end = try #require(Self.instant(String(pair.2)))
                #expect(end.timeIntervalSince(start) == 30 * 60, "\(path): \(pair.1)–\(pair.2)")
            }
        }
    }

    /// `2026-10-25T02:00+01:00` as an instant.
    static func instant(_ text: String) -> Date? {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})\+(\d{2}):00/),
              let local = LocalDateTime(year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!, hour: Int(match.4)!, minute: Int(match.5)!)
        else { return nil }
        return StockholmTime.instant(utc: local.adding(minutes: -60 * Int(match.6)!))
    }
}
