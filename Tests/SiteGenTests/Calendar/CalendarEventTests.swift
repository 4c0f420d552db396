import Foundation
import Testing
@testable import SiteGen

@Suite("Calendar: an event's occurrences and checks")
struct CalendarEventTests {
    static func event(start: String = "2026-01-02 18:00", end: String = "2026-01-02 19:30", rule text: String? = "FREQ=MONTHLY;BYDAY=1FR",
                      cancelled: [String] = [], overrides: [OccurrenceOverride] = []) -> CalendarEvent {
        CalendarEvent(id: "samrad", title: "Samråd", location: "Stadshuset", time: .timed(start: wall(start), end: wall(end)),
                      recurrence: text.map(parsedRule), cancelledOccurrences: cancelled.map(wall), overrides: overrides,
                      modified: CalendarExamples.modified)
    }

    static func moved(_ original: String, to start: String, minutes: Int = 90, location: String? = nil, cancelled: Bool = false) -> OccurrenceOverride {
        OccurrenceOverride(originalStart: wall(original), time: .timed(start: wall(start), end: wall(start).adding(minutes: minutes)),
                           location: location, isCancelled: cancelled)
    }

    @Test("occurrences carry the series' length, place and title; overrides replace them")
    func occurrences() {
        let e = Self.event(cancelled: ["2026-03-06 18:00"], overrides: [Self.moved("2026-02-06 18:00", to: "2026-02-13 17:00", minutes: 60, location: "Biblioteket")])
        let list = e.occurrences(in: wall("2026-01-01")..<wall("2026-05-01"))
        #expect(list.map(\.time) == [
            .timed(start: wall("2026-01-02 18:00"), end: wall("2026-01-02 19:30")), .timed(start: wall("2026-02-13 17:00"), end: wall("2026-02-13 18:00")),
            .timed(start: wall("2026-04-03 18:00"), end: wall("2026-04-03 19:30")),
        ])
        #expect(list.map(\.location) == ["Stadshuset", "Biblioteket", "Stadshuset"])
        #expect(list.map(\.isChanged) == [false, true, false])
        #expect(list[1].originalStart == wall("2026-02-06 18:00"))
    }

    @Test("an occurrence moved into the window counts, one moved out of it does not")
    func movedAcrossWindow() {
        let e = Self.event(overrides: [Self.moved("2026-05-01 18:00", to: "2026-04-30 18:00"), Self.moved("2026-04-03 18:00", to: "2026-03-31 18:00")])
        #expect(e.occurrences(in: wall("2026-04-01")..<wall("2026-05-01")).map(\.time.start) == [wall("2026-04-30 18:00")])
    }

    @Test("an all-day event keeps its number of days")
    func allDay() {
        let e = CalendarEvent(id: "x", title: "Mässa", time: .allDay(first: localDate("2026-06-05"), last: localDate("2026-06-06")),
                              recurrence: parsedRule("FREQ=YEARLY;COUNT=2"), modified: CalendarExamples.modified)
        #expect(e.occurrences(in: wall("2026-01-01")..<wall("2028-01-01")).map(\.time) == [
            .allDay(first: localDate("2026-06-05"), last: localDate("2026-06-06")), .allDay(first: localDate("2027-06-05"), last: localDate("2027-06-06")),
        ])
    }

    @Test("a correct event has no problems")
    func clean() {
        #expect(EventCheck.problems(in: Self.event(cancelled: ["2026-03-06 18:00"], overrides: [Self.moved("2026-02-06 18:00", to: "2026-02-13 17:00")])).isEmpty)
        #expect(EventCheck.problems(in: Self.event(rule: nil)).isEmpty)
    }

    @Test("each mistake is reported on its field with the whole message", arguments: [
        (event(end: "2026-01-02 17:00"), EventProblem(.end, "the meeting ends (2026-01-02 17:00) before it starts (2026-01-02 18:00)", hint: "check the date and time of the end")),
        (event(end: "2026-01-02 18:00"), EventProblem(.end, "the meeting ends when it starts (2026-01-02 18:00)", hint: "check the date and time of the end")),
        (event(start: "2026-03-29 02:30", end: "2026-03-29 04:00", rule: nil),
         EventProblem(.start, "2026-03-29 02:30 does not exist in Europe/Stockholm: clocks jump from 02:00 to 03:00 that night", hint: "choose a time before 02:00 or from 03:00")),
        (event(start: "2026-10-25 01:30", end: "2026-10-25 02:15", rule: nil),
         EventProblem(.end, "2026-10-25 02:15 happens twice in Europe/Stockholm: clocks go back from 03:00 to 02:00 that night",
                      hint: "choose a time before 02:00 or from 03:00, so the meeting has one start")),
        (event(start: "2026-01-01 18:00", end: "2026-01-01 19:00"),
         EventProblem(.start, "the start 2026-01-01 (a Thursday) is not an occurrence of the rule FREQ=MONTHLY;BYDAY=1FR", hint: "move the start to the first meeting of the series")),
        (event(rule: "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20251231"),
         EventProblem(.recurrencePart("UNTIL"), "UNTIL 20251231 is before the start 2026-01-02", hint: "UNTIL is the date of the last meeting")),
        (event(cancelled: ["2026-03-13 18:00"]),
         EventProblem(.cancelledOccurrence(0), "cannot cancel 2026-03-13 18:00: it is not an occurrence of the series",
                      hint: "the nearest occurrences are 2026-03-06 18:00 and 2026-04-03 18:00")),
        (event(cancelled: ["2026-03-06 18:00", "2026-03-06 18:00"]), EventProblem(.cancelledOccurrence(1), "2026-03-06 18:00 is cancelled twice", hint: "remove one of them")),
        (event(rule: nil, cancelled: ["2026-01-02 18:00"]),
         EventProblem(.cancelledOccurrence(0), "cannot cancel 2026-01-02 18:00: the event does not repeat", hint: "change the event itself instead")),
        (event(overrides: [moved("2026-02-07 18:00", to: "2026-02-13 18:00")]),
         EventProblem(.override(0), "cannot change 2026-02-07 18:00: it is not an occurrence of the series",
                      hint: "the nearest occurrences are 2026-02-06 18:00 and 2026-03-06 18:00")),
        (event(cancelled: ["2026-02-06 18:00"], overrides: [moved("2026-02-06 18:00", to: "2026-02-13 18:00")]),
         EventProblem(.override(0), "the occurrence 2026-02-06 18:00 is both cancelled and changed",
                      hint: "to cancel it, remove the change; to move it, remove the cancellation")),
        (event(overrides: [moved("2026-02-06 18:00", to: "2026-03-29 02:00")]),
         EventProblem(.override(0), "2026-03-29 02:00 does not exist in Europe/Stockholm: clocks jump from 02:00 to 03:00 that night", hint: "choose a time before 02:00 or from 03:00")),
    ])
    func problem(event: CalendarEvent, expected: EventProblem) {
        #expect(EventCheck.problems(in: event) == [expected])
    }

    @Test("a problem becomes a diagnostic at the field's place")
    func diagnostic() {
        let problem = EventCheck.problems(in: Self.event(end: "2026-01-02 17:00"))[0]
        #expect(problem.diagnostic(at: SourceLocation(file: "Content/kalender/samrad.md", line: 5, column: 6)).description == """
            Content/kalender/samrad.md:5:6: error: the meeting ends (2026-01-02 17:00) before it starts (2026-01-02 18:00)
              hint: check the date and time of the end
            """)
    }
}
