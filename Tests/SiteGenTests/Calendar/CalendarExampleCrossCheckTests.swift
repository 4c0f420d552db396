import Foundation
import Testing
@testable import SiteGen

/// The example site's own `kalender.ics`, as built, read by recurring-ical-events: the
/// next twelve months must hold exactly the occurrences our expansion gives. Gated on
/// `SITEGEN_ICAL_PYTHON` like ``CalendarCrossCheckTests``.
@Suite("Calendar: the example site's kalender.ics against recurring-ical-events")
struct CalendarExampleCrossCheckTests {
    @Test("the built kalender.ics expands to our occurrences for the next 12 months",
          .enabled(if: CalendarCrossCheckTests.python != nil))
    func exampleCalendar() async throws {
        let site = try TestSite(content: nil)
        defer { site.remove() }
        _ = try await site.build()
        let (content, _, _) = try SiteBuilder.load(site.root, currentYear: 2026)
        let from = "2026-11-22 00:00", to = "2027-11-22 00:00"
        let ours = content.events.flatMap { event in
            CalendarCrossCheckTests.ours(CalendarCrossCheckTests.Case(name: event.id, event: event.event, from: from, to: to))
        }.sorted()
        let file = site.output.appending(path: "kalender.ics").path
        let theirs = CalendarCrossCheckTests.theirs(try CalendarCrossCheckTests.runPython(CalendarCrossCheckTests.snippet, [file, from, to])
            .split(separator: "\n").map(String.init))
        #expect(ours.count > 40)
        #expect(ours.contains { $0.hasPrefix("2027-04-20 13:00|") })  // the moved dialogue meeting
        #expect(!ours.contains { $0.hasPrefix("2027-01-12 09:00|") })  // the cancelled one
        #expect(ours.contains { $0.hasSuffix("|CANCELLED") })          // the cancelled event
        #expect(ours == theirs.lines)
        // No example meeting is at night, so recurring-ical-events' own ends agree too.
        #expect(ours.allSatisfy { line in theirs.ends[line] == String(line.split(separator: "|", omittingEmptySubsequences: false)[2]) })
    }
}
