import Testing
@testable import SiteGen

@Suite("Calendar: reading RRULE text")
struct CalendarRuleParsingTests {
    @Test("supported rules read into their parts", arguments: [
        ("FREQ=MONTHLY;BYDAY=1FR", RecurrenceRule(frequency: .monthly, byDay: [.init(.friday, ordinal: 1)])),
        ("FREQ=MONTHLY;BYDAY=-1TH", RecurrenceRule(frequency: .monthly, byDay: [.init(.thursday, ordinal: -1)])),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=SU",
         RecurrenceRule(frequency: .weekly, interval: 2, byDay: [.init(.monday), .init(.wednesday)], weekStart: .sunday)),
        ("freq=weekly;byday=tu", RecurrenceRule(frequency: .weekly, byDay: [.init(.tuesday)])),
        ("RRULE:FREQ=DAILY;COUNT=10", RecurrenceRule(frequency: .daily, end: .count(10))),
        ("FREQ=MONTHLY;BYMONTHDAY=1,-1", RecurrenceRule(frequency: .monthly, byMonthDay: [1, -1])),
        ("FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU", RecurrenceRule(frequency: .yearly, byDay: [.init(.sunday, ordinal: -1)], byMonth: [3, 10])),
        ("FREQ=WEEKLY;UNTIL=20270616", RecurrenceRule(frequency: .weekly, end: .until(.date(localDate("2027-06-16"))))),
        ("FREQ=WEEKLY;UNTIL=20270616T215959Z", RecurrenceRule(frequency: .weekly, end: .until(.utc(wall("2027-06-16 21:59"))))),
        ("FREQ=WEEKLY;UNTIL=20270616T180000", RecurrenceRule(frequency: .weekly, end: .until(.local(wall("2027-06-16 18:00"))))),
        ("FREQ=MONTHLY;BYDAY=+2TU;", RecurrenceRule(frequency: .monthly, byDay: [.init(.tuesday, ordinal: 2)])),
    ])
    func parses(text: String, expected: RecurrenceRule) throws {
        #expect(try RecurrenceRule.parse(text) == expected)
    }

    @Test("written back in a fixed order, defaults left out", arguments: [
        ("BYDAY=MO,WE;FREQ=WEEKLY;INTERVAL=2", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE"),
        ("FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TH;WKST=MO;COUNT=5", "FREQ=MONTHLY;BYDAY=-1TH;COUNT=5"),
        ("FREQ=YEARLY;BYMONTHDAY=16;BYMONTH=6;UNTIL=20300101", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16;UNTIL=20300101"),
    ])
    func text(input: String, output: String) {
        #expect(parsedRule(input).text() == output)
    }

    @Test("each mistake names its part and the column where it starts", arguments: [
        ("FREQ=MONTHLY;BYSETPOS=1;BYDAY=FR", 14, "the recurrence rule part BYSETPOS is not supported"),
        ("FREQ=DAILY;BYHOUR=9", 12, "the recurrence rule part BYHOUR is not supported"),
        ("FREQ=YEARLY;BYWEEKNO=20", 13, "the recurrence rule part BYWEEKNO is not supported"),
        ("FREQ=YEARLY;BYYEARDAY=100", 13, "the recurrence rule part BYYEARDAY is not supported"),
        ("FREQ=SECONDLY", 1, "FREQ=SECONDLY is not supported"),
        ("FREQ=FORTNIGHTLY", 6, "'FORTNIGHTLY' is not a frequency"),
        ("BYDAY=MO", 1, "the recurrence rule has no FREQ"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20270101", 21, "COUNT and UNTIL cannot both be given"),
        ("FREQ=WEEKLY;BYDAY=MO,1FR", 22, "BYDAY '1FR' has an ordinal, which only FREQ=MONTHLY or YEARLY allow"),
        ("FREQ=MONTHLY;BYDAY=1FX", 20, "BYDAY '1FX' is not a weekday"),
        ("FREQ=MONTHLY;BYDAY=6FR", 20, "BYDAY '6FR' asks for more than 5 of a weekday in a month"),
        ("FREQ=MONTHLY;BYDAY=0FR", 20, "BYDAY '0FR' has an ordinal that is not a number from 1 to 53 or -1 to -53"),
        ("FREQ=MONTHLY;INTERVAL=0", 23, "INTERVAL '0' is not a whole number of at least 1"),
        ("FREQ=MONTHLY;COUNT=x", 20, "COUNT 'x' is not a whole number of at least 1"),
        ("FREQ=MONTHLY;BYMONTHDAY=32", 25, "BYMONTHDAY '32' is not a day of the month"),
        ("FREQ=MONTHLY;BYMONTH=13", 22, "BYMONTH '13' is not a month"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", 13, "BYMONTHDAY cannot be used with FREQ=WEEKLY"),
        ("FREQ=WEEKLY;FOO=1", 13, "unknown recurrence rule part 'FOO'"),
        ("FREQ=WEEKLY;UNTIL=2027-06-16", 19, "UNTIL '2027-06-16' is not a date (20270616) or date-time (20270616T215959Z)"),
        ("FREQ=WEEKLY;WKST=XX", 18, "WKST 'XX' is not a weekday"),
        ("FREQ=WEEKLY;FREQ=DAILY", 13, "FREQ appears twice in the rule"),
        ("FREQ=WEEKLY;BYDAY", 13, "'BYDAY' is not a rule part written NAME=VALUE"),
        ("FREQ=WEEKLY;BYDAY=", 13, "BYDAY has no value"),
        ("FREQ=MONTHLY;BYDAY=1FR,WE", 14, "BYDAY mixes numbered and plain weekdays (1FR,WE)"),
    ])
    func problems(text: String, column: Int, message: String) {
        #expect(throws: RecurrenceRuleError.self) { try RecurrenceRule.parse(text) }
        do { _ = try RecurrenceRule.parse(text) } catch {
            #expect(error.problems.map(\.column) == [column])
            #expect(error.problems.map(\.message) == [message])
        }
    }

    @Test("every problem in a rule is reported, in column order")
    func allProblems() {
        do {
            _ = try RecurrenceRule.parse("FREQ=HOURLY;BYSETPOS=-1;INTERVAL=x")
            Issue.record("should not parse")
        } catch {
            #expect(error.problems.map(\.column) == [1, 13, 34])
        }
    }

    @Test("problems become diagnostics at the rule's place in the file, with hints")
    func diagnostics() {
        do {
            _ = try RecurrenceRule.parse("FREQ=MONTHLY;BYSETPOS=1;BYDAY=FR")
            Issue.record("should not parse")
        } catch {
            let start = SourceLocation(file: "Content/kalender/samrad.md", line: 9, column: 13)
            #expect(error.diagnostics(at: start).map(\.description) == ["""
                Content/kalender/samrad.md:9:26: error: the recurrence rule part BYSETPOS is not supported
                  hint: supported parts: FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, COUNT, UNTIL, WKST
                """])
        }
    }

    @Test("a misspelt part gets a suggestion")
    func suggestion() {
        do {
            _ = try RecurrenceRule.parse("FREQ=WEEKLY;BYDYA=TU")
            Issue.record("should not parse")
        } catch {
            #expect(error.problems.first?.hint == "did you mean 'BYDAY'?")
        }
    }
}
