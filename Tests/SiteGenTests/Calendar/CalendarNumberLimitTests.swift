import Testing
@testable import SiteGen

@Suite("Calendar numbers: a huge number in a rule or a time is a problem at its column, never a trap")
struct CalendarNumberLimitTests {
    @Test("each huge number in a rule is one problem at its part's value", arguments: [
        ("FREQ=MONTHLY;BYMONTHDAY=-9223372036854775808", 25, "BYMONTHDAY '-9223372036854775808' is not a day of the month"),
        ("FREQ=MONTHLY;BYMONTHDAY=99999999999999999999", 25, "BYMONTHDAY '99999999999999999999' is not a day of the month"),
        ("FREQ=MONTHLY;BYDAY=-9223372036854775808FR", 20,
         "BYDAY '-9223372036854775808FR' has an ordinal that is not a number from 1 to 53 or -1 to -53"),
        ("FREQ=MONTHLY;BYDAY=99999999999999999999FR", 20,
         "BYDAY '99999999999999999999FR' has an ordinal that is not a number from 1 to 53 or -1 to -53"),
        ("FREQ=YEARLY;BYMONTH=-9223372036854775808", 21, "BYMONTH '-9223372036854775808' is not a month"),
        ("FREQ=WEEKLY;INTERVAL=9223372036854775807", 22, "INTERVAL '9223372036854775807' is more than 1000"),
        ("FREQ=WEEKLY;INTERVAL=99999999999999999999", 22, "INTERVAL '99999999999999999999' is more than 1000"),
        ("FREQ=DAILY;COUNT=9223372036854775807", 18, "COUNT '9223372036854775807' is more than 10000"),
        ("FREQ=DAILY;COUNT=99999999999999999999", 18, "COUNT '99999999999999999999' is more than 10000"),
    ])
    func hugeRuleNumber(text: String, column: Int, message: String) {
        do {
            _ = try RecurrenceRule.parse(text)
            Issue.record("\(text) should not parse")
        } catch {
            #expect(error.problems.map(\.column) == [column])
            #expect(error.problems.map(\.message) == [message])
            #expect(error.problems.allSatisfy { !$0.hint.isEmpty })
        }
    }

    @Test("the largest INTERVAL and COUNT are allowed, and a yearly series every 1000 years expands")
    func largestAllowed() throws {
        let rule = try RecurrenceRule.parse("FREQ=YEARLY;INTERVAL=1000;COUNT=10000")
        #expect(rule.interval == 1000)
        let series = Recurrence(start: wall("2026-03-06 09:00"), rule: rule)
        #expect(series.occurrences(in: wall("2026-01-01 00:00")..<wall("2999-12-31 00:00")) == [wall("2026-03-06 09:00")])
        let daily = Recurrence(start: wall("2026-03-06 09:00"), rule: try RecurrenceRule.parse("FREQ=DAILY;INTERVAL=1000"))
        #expect(daily.occurrences(in: wall("2026-01-01 00:00")..<wall("2031-01-01 00:00")).count == 2)
    }

    @Test("a date written in other digits than 0–9 is not a date, not a trap", arguments: [
        "٢٠٢٦-٠٣-٠٦ 09:00", "2026-03-06 ٠٩:00", "٠٩:٣٠", "२०२६-03-06",
    ])
    func otherDigits(text: String) {
        #expect(WrittenTimes.parse(text) == nil)
    }
}
