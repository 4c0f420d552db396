import Testing
@testable import SiteGen

@Suite("Calendar: rules in plain Swedish")
struct CalendarSwedishTests {
    @Test("each rule reads as a Swedish phrase", arguments: [
        ("2026-03-03 18:00", "FREQ=WEEKLY;BYDAY=TU", "varje vecka på tisdag"),
        ("2026-03-03 18:00", "FREQ=WEEKLY", "varje vecka på tisdag"),
        ("2026-03-02 18:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,MO", "varannan vecka på måndag och onsdag"),
        ("2026-03-02 18:00", "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE,FR", "var tredje vecka på måndag, onsdag och fredag"),
        ("2026-01-02 18:00", "FREQ=MONTHLY;BYDAY=1FR", "första fredagen varje månad"),
        ("2026-01-29 18:00", "FREQ=MONTHLY;BYDAY=-1TH", "sista torsdagen varje månad"),
        ("2026-01-29 18:00", "FREQ=MONTHLY;BYDAY=-2TH", "näst sista torsdagen varje månad"),
        ("2026-01-06 18:00", "FREQ=MONTHLY;BYDAY=1TU,3TU", "första och tredje tisdagen varje månad"),
        ("2026-01-05 18:00", "FREQ=MONTHLY;BYDAY=1MO,-1FR", "första måndagen och sista fredagen varje månad"),
        ("2026-01-02 18:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1FR", "första fredagen varannan månad"),
        ("2026-01-15 18:00", "FREQ=MONTHLY", "den 15 varje månad"),
        ("2026-01-01 18:00", "FREQ=MONTHLY;BYMONTHDAY=1,15", "den 1 och 15 varje månad"),
        ("2026-01-31 18:00", "FREQ=MONTHLY;BYMONTHDAY=-1", "sista dagen varje månad"),
        ("2026-03-06 18:00", "FREQ=MONTHLY;BYMONTH=3,4;BYDAY=1FR", "första fredagen i mars och april"),
        ("2026-01-01 18:00", "FREQ=DAILY", "varje dag"),
        ("2026-01-01 18:00", "FREQ=DAILY;INTERVAL=2", "varannan dag"),
        ("2026-01-05 18:00", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "varje måndag, tisdag, onsdag, torsdag och fredag"),
        ("2026-06-16 18:00", "FREQ=YEARLY", "varje år den 16 juni"),
        ("2026-06-16 18:00", "FREQ=YEARLY;INTERVAL=2", "vartannat år den 16 juni"),
        ("2026-06-16 18:00", "FREQ=YEARLY;INTERVAL=3", "vart tredje år den 16 juni"),
        ("2026-06-16 18:00", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16", "varje år den 16 juni"),
        ("2026-06-01 18:00", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1,15", "varje år den 1 och 15 juni"),
        ("2026-06-01 18:00", "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=1", "varje år den 1 i juni och december"),
        ("2026-03-10 18:00", "FREQ=YEARLY;BYMONTH=3,9", "varje år den 10 mars och september"),
        ("2026-03-29 10:00", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "varje år sista söndagen i mars"),
        ("2026-03-03 18:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=10", "varje vecka på tisdag, 10 gånger"),
        ("2026-03-03 18:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=1", "varje vecka på tisdag, 1 gång"),
        ("2026-01-02 18:00", "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20270616", "första fredagen varje månad, till och med 16 juni 2027"),
        ("2026-01-02 18:00", "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20270616T215959Z", "första fredagen varje månad, till och med 16 juni 2027"),
        ("2026-01-02 18:00", "FREQ=MONTHLY;BYDAY=1FR;UNTIL=20270616T223000Z", "första fredagen varje månad, till och med 17 juni 2027"),
        ("2026-03-03 18:00", "FREQ=DAILY;INTERVAL=14", "var 14:e dag"),
        ("2026-03-03 18:00", "FREQ=DAILY;INTERVAL=21", "var 21:a dag"),
    ])
    func phrase(start: String, text: String, expected: String) {
        #expect(parsedRule(text).swedishText(start: wall(start)) == expected)
    }

    @Test("the end reads on its own, for a separate line on the page", arguments: [
        ("FREQ=WEEKLY;COUNT=10", "10 gånger"), ("FREQ=WEEKLY;UNTIL=20270616", "till och med 16 juni 2027"),
    ])
    func end(text: String, expected: String) {
        #expect(parsedRule(text).swedishEnd == expected)
        #expect(parsedRule("FREQ=WEEKLY").swedishEnd == nil)
    }
}
