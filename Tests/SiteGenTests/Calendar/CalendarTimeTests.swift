import Foundation
import Testing
@testable import SiteGen

@Suite("Calendar: Stockholm wall-clock times")
struct CalendarTimeTests {
    @Test("civil dates round-trip through day numbers and know their weekday", arguments: [
        ("1970-01-01", 0, Weekday.thursday), ("2026-03-29", 20541, .sunday), ("2026-10-25", 20751, .sunday),
        ("2024-02-29", 19782, .thursday), ("2000-03-01", 11017, .wednesday), ("1969-12-31", -1, .wednesday),
    ])
    func civilDates(text: String, dayNumber: Int, weekday: Weekday) {
        let date = localDate(text)
        #expect(date.dayNumber == dayNumber)
        #expect(LocalDate(dayNumber: dayNumber) == date)
        #expect(date.weekday == weekday)
        #expect(date.description == text)
    }

    @Test("dates that do not exist are rejected, leap days only in leap years")
    func invalidDates() {
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2026, month: 4, day: 31) == nil)
        #expect(LocalDateTime(year: 2026, month: 4, day: 30, hour: 24) == nil)
    }

    @Test("ordinary times have one instant: +01:00 in winter, +02:00 in summer, either side of the changes", arguments: [
        ("2026-01-15 18:00", "20260115T170000Z"), ("2026-06-16 18:00", "20260616T160000Z"),
        ("2026-03-29 01:59", "20260329T005900Z"), ("2026-03-29 03:00", "20260329T010000Z"),
        ("2026-10-25 01:59", "20261024T235900Z"), ("2026-10-25 03:00", "20261025T020000Z"),
    ])
    func unique(local: String, utc: String) throws {
        guard case .unique(let instant) = StockholmTime.resolve(wall(local)) else {
            Issue.record("\(local) should have exactly one instant"); return
        }
        #expect(ICalendarFormat.utc(instant) == utc)
        #expect(try ICalendarFormat.utc(StockholmTime.exactInstant(wall(local))) == utc)
        #expect(StockholmTime.localTime(at: instant) == wall(local))
    }

    @Test("02:30 on 29 March 2026 does not exist; RFC 5545 reads it with the winter offset, i.e. 03:30 summer time")
    func springGap() {
        #expect(StockholmTime.resolve(wall("2026-03-29 02:30"))
            == .nonexistent(shifted: StockholmTime.instant(utc: wall("2026-03-29 01:30"))))
        #expect(StockholmTime.localTime(at: StockholmTime.instant(wall("2026-03-29 02:30"))) == wall("2026-03-29 03:30"))
        #expect(throws: LocalTimeError.nonexistent(wall("2026-03-29 02:30"))) { try StockholmTime.exactInstant(wall("2026-03-29 02:30")) }
    }

    @Test("02:30 on 25 October 2026 happens twice; RFC 5545 takes the earlier (summer-time) one")
    func autumnOverlap() {
        let earlier = StockholmTime.instant(utc: wall("2026-10-25 00:30"))
        let later = StockholmTime.instant(utc: wall("2026-10-25 01:30"))
        #expect(StockholmTime.resolve(wall("2026-10-25 02:30")) == .ambiguous(earlier: earlier, later: later))
        #expect(StockholmTime.instant(wall("2026-10-25 02:30")) == earlier)
        #expect(throws: LocalTimeError.ambiguous(wall("2026-10-25 02:30"))) { try StockholmTime.exactInstant(wall("2026-10-25 02:30")) }
    }

    @Test("an editor's impossible time is said in words, with a hint")
    func words() {
        let nonexistent = LocalTimeError.nonexistent(wall("2026-03-29 02:30"))
        #expect(nonexistent.message == "2026-03-29 02:30 does not exist in Europe/Stockholm: clocks jump from 02:00 to 03:00 that night")
        #expect(nonexistent.hint == "choose a time before 02:00 or from 03:00")
        let ambiguous = LocalTimeError.ambiguous(wall("2026-10-25 02:00"))
        #expect(ambiguous.message == "2026-10-25 02:00 happens twice in Europe/Stockholm: clocks go back from 03:00 to 02:00 that night")
        #expect(ambiguous.hint == "choose a time before 02:00 or from 03:00, so the meeting has one start")
    }
}
