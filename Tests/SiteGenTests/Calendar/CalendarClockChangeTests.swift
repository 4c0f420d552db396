import Foundation
import Testing
@testable import SiteGen

/// Occurrences a rule puts on the two clock-change nights of 2026: 29 March (02:00 → 03:00)
/// and 25 October (03:00 → 02:00). Each keeps the series' length; its start follows RFC 5545
/// §3.3.5, and it says how the change moved it.
@Suite("Calendar: occurrences on the clock-change nights")
struct CalendarClockChangeTests {
    static func series(_ start: String, minutes: Int, _ rule: String) -> CalendarEvent {
        CalendarEvent(id: "natt", title: "Nattmöte", time: .timed(start: wall(start), end: wall(start).adding(minutes: minutes)),
                      recurrence: parsedRule(rule), modified: CalendarExamples.modified)
    }

    /// The occurrence starting (on the rule's wall clock) at `time`.
    static func occurrence(_ event: CalendarEvent, at time: String) throws -> EventOccurrence {
        try #require(event.occurrences(in: wall(time)..<wall(time).adding(minutes: 1)).first)
    }

    /// `2026-03-29T03:30+02:00`, as the pages write an instant.
    static func iso(_ date: Date) -> String { CalendarText.iso(date) }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var start: String
        var minutes: Int
        var rule: String
        var night: String
        /// The real start and end, with the offset in force at each.
        var expected: (String, String)
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "weekly 02:30–03:00: the start in the spring gap moves to 03:30, the end to 04:00", start: "2026-03-22 02:30", minutes: 30,
            rule: "FREQ=WEEKLY", night: "2026-03-29 02:30", expected: ("2026-03-29T03:30+02:00", "2026-03-29T04:00+02:00")),
        Row(name: "daily 02:30–03:00: the same on the spring night", start: "2026-03-27 02:30", minutes: 30,
            rule: "FREQ=DAILY", night: "2026-03-29 02:30", expected: ("2026-03-29T03:30+02:00", "2026-03-29T04:00+02:00")),
        Row(name: "monthly on the last Sunday: the autumn start is the first 02:30 and it lasts 30 minutes", start: "2026-01-25 02:30", minutes: 30,
            rule: "FREQ=MONTHLY;BYDAY=-1SU", night: "2026-10-25 02:30", expected: ("2026-10-25T02:30+02:00", "2026-10-25T02:00+01:00")),
        Row(name: "weekly 01:30–03:30: in spring it ends 04:30, two hours as always", start: "2026-03-22 01:30", minutes: 120,
            rule: "FREQ=WEEKLY", night: "2026-03-29 01:30", expected: ("2026-03-29T01:30+01:00", "2026-03-29T04:30+02:00")),
        Row(name: "weekly 01:30–03:30: in autumn it ends 02:30 winter time", start: "2026-10-18 01:30", minutes: 120,
            rule: "FREQ=WEEKLY", night: "2026-10-25 01:30", expected: ("2026-10-25T01:30+02:00", "2026-10-25T02:30+01:00")),
        Row(name: "weekly 01:50–02:50: in autumn it ends at the first 02:50", start: "2026-10-18 01:50", minutes: 60,
            rule: "FREQ=WEEKLY", night: "2026-10-25 01:50", expected: ("2026-10-25T01:50+02:00", "2026-10-25T02:50+02:00")),
    ]

    @Test("an occurrence keeps the series' length; its start follows RFC 5545 §3.3.5", arguments: rows)
    func keepsLength(_ row: Row) throws {
        let event = Self.series(row.start, minutes: row.minutes, row.rule)
        #expect(EventCheck.problems(in: event).isEmpty)
        let timing = try Self.occurrence(event, at: row.night).timing
        #expect((Self.iso(timing.start), Self.iso(timing.end)) == row.expected)
        #expect(timing.end.timeIntervalSince(timing.start) == TimeInterval(row.minutes * 60))
        #expect(timing.clockChange != nil)
    }

    @Test("on other nights nothing is said, and the first meeting keeps the times the editor wrote")
    func otherNights() throws {
        let event = Self.series("2026-03-22 02:30", minutes: 30, "FREQ=WEEKLY")
        for night in ["2026-03-22 02:30", "2026-04-05 02:30", "2026-10-18 02:30", "2026-11-01 02:30"] {
            let timing = try Self.occurrence(event, at: night).timing
            #expect(timing.clockChange == nil, "\(night)")
            #expect(StockholmTime.localTime(at: timing.start) == wall(night))
            #expect(StockholmTime.localTime(at: timing.end) == wall(night).adding(minutes: 30))
        }
        let afternoon = Self.series("2026-03-22 14:00", minutes: 30, "FREQ=WEEKLY")
        #expect(try Self.occurrence(afternoon, at: "2026-03-29 14:00").timing.clockChange == nil)
        #expect(try Self.occurrence(afternoon, at: "2026-10-25 14:00").timing.clockChange == nil)
    }

    @Test("a cancelled occurrence in the gap is shown at its real time too")
    func cancelledInGap() throws {
        var event = Self.series("2026-03-22 02:30", minutes: 30, "FREQ=WEEKLY")
        event.cancelledOccurrences = [wall("2026-03-29 02:30")]
        #expect(EventCheck.problems(in: event).isEmpty)
        let cancelled = try #require(CalendarSchedule.cancelled(event, in: wall("2026-03-01")..<wall("2026-05-01")).first)
        #expect((Self.iso(cancelled.timing.start), Self.iso(cancelled.timing.end)) == ("2026-03-29T03:30+02:00", "2026-03-29T04:00+02:00"))
        #expect(cancelled.isCancelled && cancelled.timing.clockChange != nil)
    }

    @Test("the list puts an occurrence moved out of the gap in order of its real start")
    func order() throws {
        let night = Self.series("2026-03-22 02:30", minutes: 30, "FREQ=WEEKLY")
        var other = Self.series("2026-03-22 03:00", minutes: 30, "FREQ=WEEKLY")
        other.id = "tidig"
        let schedule = CalendarSchedule([night, other].map { SiteEvent(event: $0, kind: "dialogmote", audiences: [], notes: [:], body: MarkdownSource(text: "", file: "x.md", firstLine: 1)) }, now: StockholmTime.instant(wall("2026-03-25 12:00")))
        let sunday = schedule.upcoming.filter { $0.occurrence.time.start.date == localDate("2026-03-29") }
        #expect(sunday.map(\.event.id) == ["tidig", "natt"])
    }

    @Test("a series whose first meeting spans a clock change is refused, saying why", arguments: [
        ("2026-03-29 01:00", 180, "the first meeting (2026-03-29 01:00–04:00) spans the change to summer time, so it lasts 120 minutes, not the 180 the clock shows; calendar programs would give every meeting of the series 120 minutes"),
        ("2026-10-25 01:00", 180, "the first meeting (2026-10-25 01:00–04:00) spans the change from summer time, so it lasts 240 minutes, not the 180 the clock shows; calendar programs would give every meeting of the series 240 minutes"),
    ])
    func firstMeetingSpans(start: String, minutes: Int, message: String) {
        let event = Self.series(start, minutes: minutes, "FREQ=WEEKLY")
        #expect(EventCheck.problems(in: event) == [EventProblem(.end, message,
            hint: "start the series on another day; the meeting on this night then keeps the series' length, or give it its own times under 'andringar'")])
        var single = event
        single.recurrence = nil
        #expect(EventCheck.problems(in: single).isEmpty)
    }

    @Test("the change is told in plain Swedish", arguments: [
        ("2026-03-22 02:30", 30, "2026-03-29 02:30", "Tiden flyttad av sommartid",
         "Den här natten ställs klockan fram en timme, från 02.00 till 03.00. Klockan blir aldrig 02.30, så mötet börjar 03.30 och slutar 04.00, efter 30 minuter som vanligt."),
        ("2026-03-22 01:00", 180, "2026-03-29 01:00", "Tiden flyttad av sommartid",
         "Den här natten ställs klockan fram en timme, från 02.00 till 03.00. Det sker medan mötet pågår. Mötet är lika långt som vanligt, 3 timmar, och slutar därför 05.00 i stället för 04.00."),
        ("2026-10-18 02:30", 30, "2026-10-25 02:30", "Tiden flyttad av vintertid",
         "Den här natten ställs klockan tillbaka en timme, från 03.00 till 02.00, så klockan visar tiden mellan 02.00 och 03.00 två gånger. Mötet börjar första gången klockan visar 02.30 och är lika långt som vanligt, 30 minuter. Då har klockan ställts tillbaka, så mötet slutar 02.00 i stället för 03.00."),
        ("2026-10-18 02:30", 15, "2026-10-25 02:30", "Innan klockan ställs tillbaka",
         "Den här natten ställs klockan tillbaka en timme, från 03.00 till 02.00, så klockan visar tiden mellan 02.00 och 03.00 två gånger. Mötet börjar första gången klockan visar 02.30 och slutar 02.45, innan klockan ställs tillbaka."),
        ("2026-10-18 01:00", 180, "2026-10-25 01:00", "Tiden flyttad av vintertid",
         "Den här natten ställs klockan tillbaka en timme, från 03.00 till 02.00, så klockan visar tiden mellan 02.00 och 03.00 två gånger. Det sker medan mötet pågår. Mötet är lika långt som vanligt, 3 timmar, och slutar därför 03.00 i stället för 04.00."),
        ("2026-10-18 01:50", 60, "2026-10-25 01:50", "Innan klockan ställs tillbaka",
         "Den här natten ställs klockan tillbaka en timme, från 03.00 till 02.00, så klockan visar tiden mellan 02.00 och 03.00 två gånger. Mötet slutar 02.50, innan klockan ställs tillbaka."),
    ])
    func swedish(start: String, minutes: Int, night: String, label: String, text: String) throws {
        let change = try #require(Self.occurrence(Self.series(start, minutes: minutes, "FREQ=WEEKLY"), at: night).timing.clockChange)
        #expect(change.swedishLabel == label)
        #expect(change.swedishText == text)
    }

    @Test("lengths in Swedish", arguments: [(1, "1 minut"), (30, "30 minuter"), (60, "1 timme"), (90, "1 timme och 30 minuter"), (120, "2 timmar"), (0, "0 minuter")])
    func lengths(minutes: Int, text: String) {
        #expect(SwedishWords.length(minutes: minutes) == text)
    }
}
