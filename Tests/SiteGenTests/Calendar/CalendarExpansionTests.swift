import Foundation
import Testing
@testable import SiteGen

@Suite("Calendar: expanding a recurring series")
struct CalendarExpansionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var start: String
        var rule: String
        var exceptions: [String] = []
        var from = "2026-01-01"
        var to = "2027-01-01"
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "first Friday of each month", start: "2026-01-02 18:00", rule: "FREQ=MONTHLY;BYDAY=1FR", to: "2026-06-01",
             expected: ["2026-01-02 18:00", "2026-02-06 18:00", "2026-03-06 18:00", "2026-04-03 18:00", "2026-05-01 18:00"]),
        Case(name: "last Thursday of each month", start: "2026-01-29 17:30", rule: "FREQ=MONTHLY;BYDAY=-1TH", to: "2026-06-01",
             expected: ["2026-01-29 17:30", "2026-02-26 17:30", "2026-03-26 17:30", "2026-04-30 17:30", "2026-05-28 17:30"]),
        Case(name: "every second week on Tuesday", start: "2026-03-03 18:00", rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", to: "2026-05-01",
             expected: ["2026-03-03 18:00", "2026-03-17 18:00", "2026-03-31 18:00", "2026-04-14 18:00", "2026-04-28 18:00"]),
        Case(name: "weekly on Monday and Wednesday, COUNT includes DTSTART", start: "2026-03-02 09:00", rule: "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4",
             expected: ["2026-03-02 09:00", "2026-03-04 09:00", "2026-03-09 09:00", "2026-03-11 09:00"]),
        Case(name: "weekly without BYDAY keeps DTSTART's weekday", start: "2026-06-05 10:00", rule: "FREQ=WEEKLY;COUNT=3",
             expected: ["2026-06-05 10:00", "2026-06-12 10:00", "2026-06-19 10:00"]),
        Case(name: "UNTIL as a date includes that whole day", start: "2026-06-02 18:00", rule: "FREQ=WEEKLY;UNTIL=20260616",
             expected: ["2026-06-02 18:00", "2026-06-09 18:00", "2026-06-16 18:00"]),
        Case(name: "UNTIL in UTC compares instants: 18:00 summer time is 16:00Z", start: "2026-06-02 18:00", rule: "FREQ=WEEKLY;UNTIL=20260616T155959Z",
             expected: ["2026-06-02 18:00", "2026-06-09 18:00"]),
        Case(name: "UNTIL in UTC, inclusive to the second", start: "2026-06-02 18:00", rule: "FREQ=WEEKLY;UNTIL=20260616T160000Z",
             expected: ["2026-06-02 18:00", "2026-06-09 18:00", "2026-06-16 18:00"]),
        Case(name: "the 31st is skipped in shorter months, not moved", start: "2026-01-31 12:00", rule: "FREQ=MONTHLY;BYMONTHDAY=31", to: "2026-09-01",
             expected: ["2026-01-31 12:00", "2026-03-31 12:00", "2026-05-31 12:00", "2026-07-31 12:00", "2026-08-31 12:00"]),
        Case(name: "a monthly rule from the 30th skips February", start: "2026-01-30 12:00", rule: "FREQ=MONTHLY;COUNT=3",
             expected: ["2026-01-30 12:00", "2026-03-30 12:00", "2026-04-30 12:00"]),
        Case(name: "BYMONTHDAY=-1 is the last day of each month", start: "2026-01-31 12:00", rule: "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4",
             expected: ["2026-01-31 12:00", "2026-02-28 12:00", "2026-03-31 12:00", "2026-04-30 12:00"]),
        Case(name: "a yearly rule from 29 February waits for leap years", start: "2024-02-29 12:00", rule: "FREQ=YEARLY", from: "2024-01-01", to: "2033-01-01",
             expected: ["2024-02-29 12:00", "2028-02-29 12:00", "2032-02-29 12:00"]),
        Case(name: "yearly on the last Sunday of March and October", start: "2026-03-29 10:00", rule: "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU", to: "2028-01-01",
             expected: ["2026-03-29 10:00", "2026-10-25 10:00", "2027-03-28 10:00", "2027-10-31 10:00"]),
        Case(name: "yearly on one date", start: "2026-06-16 10:00", rule: "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16;COUNT=3", to: "2030-01-01",
             expected: ["2026-06-16 10:00", "2027-06-16 10:00", "2028-06-16 10:00"]),
        Case(name: "daily BYDAY limits to those weekdays", start: "2026-03-02 08:00", rule: "FREQ=DAILY;BYDAY=MO,FR;COUNT=4",
             expected: ["2026-03-02 08:00", "2026-03-06 08:00", "2026-03-09 08:00", "2026-03-13 08:00"]),
        Case(name: "every third day with BYMONTH", start: "2026-01-28 08:00", rule: "FREQ=DAILY;INTERVAL=3;BYMONTH=2", to: "2026-02-10",
             expected: ["2026-01-28 08:00", "2026-02-03 08:00", "2026-02-06 08:00", "2026-02-09 08:00"]),
        Case(name: "EXDATE removes an occurrence, which still counts toward COUNT", start: "2026-03-03 18:00", rule: "FREQ=WEEKLY;COUNT=4",
             exceptions: ["2026-03-10 18:00"], expected: ["2026-03-03 18:00", "2026-03-17 18:00", "2026-03-24 18:00"]),
        Case(name: "EXDATE can remove DTSTART itself", start: "2026-03-03 18:00", rule: "FREQ=WEEKLY;COUNT=2",
             exceptions: ["2026-03-03 18:00"], expected: ["2026-03-10 18:00"]),
        Case(name: "a weekly series keeps 18:00 across both summer-time changes", start: "2026-03-17 18:00", rule: "FREQ=WEEKLY", from: "2026-03-20", to: "2026-11-01",
             expected: (0..<32).map { LocalDateTime(LocalDate(year: 2026, month: 3, day: 24)!.adding(days: 7 * $0), hour: 18, minute: 0).description }),
        Case(name: "a DTSTART that does not match the rule is still the first occurrence and counts", start: "2026-01-01 18:00", rule: "FREQ=MONTHLY;BYDAY=1FR;COUNT=3",
             expected: ["2026-01-01 18:00", "2026-01-02 18:00", "2026-02-06 18:00"]),
        Case(name: "the window is half-open and cuts a series without end", start: "2026-01-01 00:00", rule: "FREQ=DAILY", from: "2026-01-05", to: "2026-01-08",
             expected: ["2026-01-05 00:00", "2026-01-06 00:00", "2026-01-07 00:00"]),
        Case(name: "nothing before DTSTART", start: "2026-05-15 12:00", rule: "FREQ=MONTHLY;BYMONTHDAY=1,15,-1", to: "2026-07-01",
             expected: ["2026-05-15 12:00", "2026-05-31 12:00", "2026-06-01 12:00", "2026-06-15 12:00", "2026-06-30 12:00"]),
        Case(name: "a month listed twice gives one occurrence", start: "2026-01-01 10:00", rule: "FREQ=YEARLY;BYMONTH=11,11;BYMONTHDAY=1",
             expected: ["2026-01-01 10:00", "2026-11-01 10:00"]),
        // RFC 5545 §3.3.10 examples: WKST decides which days share a week when INTERVAL > 1.
        Case(name: "RFC 5545: every other week on Tuesday and Sunday, WKST=MO", start: "1997-08-05 09:00", rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
             from: "1997-01-01", expected: ["1997-08-05 09:00", "1997-08-10 09:00", "1997-08-19 09:00", "1997-08-24 09:00"]),
        Case(name: "RFC 5545: every other week on Tuesday and Sunday, WKST=SU", start: "1997-08-05 09:00", rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
             from: "1997-01-01", expected: ["1997-08-05 09:00", "1997-08-17 09:00", "1997-08-19 09:00", "1997-08-31 09:00"]),
        Case(name: "RFC 5545: monthly on the second-to-last Monday", start: "1997-09-22 09:00", rule: "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO",
             from: "1997-01-01", to: "1999-01-01",
             expected: ["1997-09-22 09:00", "1997-10-20 09:00", "1997-11-17 09:00", "1997-12-22 09:00", "1998-01-19 09:00", "1998-02-16 09:00"]),
        Case(name: "RFC 5545: every Friday the 13th", start: "1997-09-02 09:00", rule: "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
             from: "1997-01-01", to: "2000-12-31",
             expected: ["1997-09-02 09:00", "1998-02-13 09:00", "1998-03-13 09:00", "1998-11-13 09:00", "1999-08-13 09:00", "2000-10-13 09:00"]),
    ]

    @Test("occurrences follow RFC 5545", arguments: cases)
    func expands(_ c: Case) {
        let series = Recurrence(start: wall(c.start), rule: parsedRule(c.rule), exceptions: Set(c.exceptions.map(wall)))
        #expect(series.occurrences(in: wall(c.from)..<wall(c.to)).map(\.description) == c.expected)
    }

    @Test("an event without a rule occurs once, if in the window")
    func single() {
        let once = Recurrence(start: wall("2026-06-16 18:00"), rule: nil)
        #expect(once.occurrences(in: wall("2026-01-01")..<wall("2027-01-01")) == [wall("2026-06-16 18:00")])
        #expect(once.occurrences(in: wall("2026-06-16 18:01")..<wall("2027-01-01")).isEmpty)
    }

    @Test("an occurrence in the spring gap keeps its wall-clock time; its instant is 03:30 summer time")
    func springGap() {
        let series = Recurrence(start: wall("2026-03-28 02:30"), rule: parsedRule("FREQ=DAILY;COUNT=3"))
        let times = series.occurrences(in: wall("2026-01-01")..<wall("2027-01-01"))
        #expect(times == [wall("2026-03-28 02:30"), wall("2026-03-29 02:30"), wall("2026-03-30 02:30")])
        #expect(times.map { ICalendarFormat.utc(StockholmTime.instant($0)) } == ["20260328T013000Z", "20260329T013000Z", "20260330T003000Z"])
    }

    @Test("across the changes the wall clock stays and the UTC time moves by an hour")
    func instantsAcrossChanges() {
        let series = Recurrence(start: wall("2026-03-24 18:00"), rule: parsedRule("FREQ=WEEKLY"))
        let utc = series.occurrences(in: wall("2026-03-24")..<wall("2026-04-01")).map { ICalendarFormat.utc(StockholmTime.instant($0)) }
        #expect(utc == ["20260324T170000Z", "20260331T160000Z"])
        let autumn = Recurrence(start: wall("2026-10-20 18:00"), rule: parsedRule("FREQ=WEEKLY"))
            .occurrences(in: wall("2026-10-20")..<wall("2026-10-28")).map { ICalendarFormat.utc(StockholmTime.instant($0)) }
        #expect(autumn == ["20261020T160000Z", "20261027T170000Z"])
    }

    @Test("a series far in the past is expanded cheaply up to the window and no further")
    func bounded() {
        let series = Recurrence(start: wall("1990-01-01 12:00"), rule: parsedRule("FREQ=DAILY"))
        #expect(series.occurrences(in: wall("2026-01-01")..<wall("2026-02-01")).count == 31)
        let never = Recurrence(start: wall("2026-01-01 12:00"), rule: parsedRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))
        #expect(never.occurrences(in: wall("2026-01-01")..<wall("2100-01-01")) == [wall("2026-01-01 12:00")])
    }

    @Test("whether a time is an occurrence, for checking EXDATE and RECURRENCE-ID", arguments: [
        ("2026-02-06 18:00", true), ("2026-02-06 18:30", false), ("2026-02-13 18:00", false), ("2026-01-02 18:00", true),
        ("2025-12-05 18:00", false), ("2026-05-01 18:00", true), ("2026-06-05 18:00", false),
    ])
    func hasOccurrence(time: String, expected: Bool) {
        let series = Recurrence(start: wall("2026-01-02 18:00"), rule: parsedRule("FREQ=MONTHLY;BYDAY=1FR;UNTIL=20260531"))
        #expect(series.hasOccurrence(at: wall(time)) == expected)
    }

    @Test("whether DTSTART matches its rule", arguments: [
        ("2026-01-02 18:00", "FREQ=MONTHLY;BYDAY=1FR", true), ("2026-01-01 18:00", "FREQ=MONTHLY;BYDAY=1FR", false),
        ("2026-03-03 18:00", "FREQ=WEEKLY;BYDAY=TU,TH", true), ("2026-03-04 18:00", "FREQ=WEEKLY;BYDAY=TU,TH", false),
        ("2026-03-04 18:00", "FREQ=WEEKLY", true), ("2026-01-31 18:00", "FREQ=MONTHLY;BYMONTHDAY=-1", true),
    ])
    func startMatches(start: String, text: String, expected: Bool) {
        #expect(Recurrence(start: wall(start), rule: parsedRule(text)).startMatchesRule == expected)
    }
}
