import Foundation
import Testing
@testable import SiteGen

@Suite("Calendar: writing iCalendar")
struct CalendarWriterTests {
    @Test("TEXT escaping: backslash, semicolon, comma and line breaks", arguments: [
        ("Samråd; öppet möte, alla välkomna", "Samråd\\; öppet möte\\, alla välkomna"),
        ("C:\\mapp", "C:\\\\mapp"),
        ("rad ett\nrad två\r\nrad tre\rslut", "rad ett\\nrad två\\nrad tre\\nslut"),
        ("Kolon: är fritt", "Kolon: är fritt"),
        ("tab\tstannar, klocka\u{07} och DEL\u{7F} försvinner", "tab\tstannar\\, klocka och DEL försvinner"),
    ])
    func escaping(text: String, expected: String) {
        #expect(ICalendarFormat.escape(text) == expected)
    }

    @Test("short lines are not folded and end in CRLF")
    func shortLine() {
        #expect(ICalendarFormat.folded("SUMMARY:Samråd") == Array("SUMMARY:Samråd\r\n".utf8))
        let exactly75 = String(repeating: "x", count: 75)
        #expect(ICalendarFormat.folded(exactly75) == Array((exactly75 + "\r\n").utf8))
    }

    @Test("long lines fold at 75 octets; continuation lines start with a space that counts toward the 75")
    func longLine() {
        let line = String(repeating: "a", count: 75 + 74 + 10)
        let folded = String(decoding: ICalendarFormat.folded(line), as: UTF8.self)
        #expect(folded == String(repeating: "a", count: 75) + "\r\n " + String(repeating: "a", count: 74) + "\r\n "
            + String(repeating: "a", count: 10) + "\r\n")
    }

    @Test("a fold never splits a UTF-8 character: å across the 75th octet moves whole to the next line", arguments: [74, 73])
    func multiByteBoundary(asciiBefore: Int) {
        // "å" is 2 octets; after 74 ASCII octets it would occupy octets 75 and 76.
        let line = String(repeating: "a", count: asciiBefore) + "åäö€😀" + String(repeating: "b", count: 80)
        let bytes = ICalendarFormat.folded(line)
        let physical = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Valid UTF-8 on every physical line (a split character would decode as U+FFFD), and
        // unfolding gives the line back.
        #expect(physical.allSatisfy { !$0.contains("\u{FFFD}") })
        #expect(physical.first.map { $0.utf8.count } == (asciiBefore == 74 ? 74 : 75))
        #expect(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
    }

    @Test("a 4-octet emoji at the boundary stays whole", arguments: 72...75)
    func emojiBoundary(asciiBefore: Int) {
        let line = String(repeating: "a", count: asciiBefore) + String(repeating: "😀", count: 40)
        let physical = String(decoding: ICalendarFormat.folded(line), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\u{FFFD}") })
        #expect(physical.joined().replacingOccurrences(of: " ", with: "") == line)
    }

    @Test("UID comes from the event id and the domain, never from the time")
    func uid() {
        let writer = ICalendarWriter(domain: "example.nacka.se")
        #expect(writer.uid(for: CalendarExamples.monthly) == "samrad-forsta-fredagen@example.nacka.se")
        let edited = { var e = CalendarExamples.monthly; e.modified = Date(timeIntervalSince1970: 0); e.title = "Nytt namn"; return e }()
        #expect(writer.uid(for: edited) == writer.uid(for: CalendarExamples.monthly))
    }

    @Test("UNTIL is written in UTC next to a TZID start, as the last second of the Stockholm day", arguments: [
        ("FREQ=WEEKLY;UNTIL=20270616", "RRULE:FREQ=WEEKLY;UNTIL=20270616T215959Z"),
        ("FREQ=WEEKLY;UNTIL=20270116", "RRULE:FREQ=WEEKLY;UNTIL=20270116T225959Z"),
        ("FREQ=WEEKLY;UNTIL=20270616T180000", "RRULE:FREQ=WEEKLY;UNTIL=20270616T160000Z"),
        ("FREQ=WEEKLY;UNTIL=20270616T120000Z", "RRULE:FREQ=WEEKLY;UNTIL=20270616T120000Z"),
    ])
    func until(text: String, expected: String) {
        var event = CalendarExamples.weekly
        event.recurrence = parsedRule(text)
        #expect(ICalendarWriter(domain: "x").lines([event]).contains(expected))
    }

    @Test("a small calendar comes out byte for byte as reviewed")
    func golden() {
        let writer = ICalendarWriter(domain: "example.nacka.se", calendarName: "Dialogmöten, Nacka")
        let bytes = writer.data([CalendarExamples.weekly, CalendarExamples.monthly, CalendarExamples.allDay, CalendarExamples.cancelled])
        let expected = CalendarExamples.golden.joined(separator: "\r\n") + "\r\n"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(bytes == Array(expected.utf8))
    }

    @Test("the same events in another order give the same bytes")
    func deterministic() {
        let writer = ICalendarWriter(domain: "example.nacka.se")
        let events = [CalendarExamples.weekly, CalendarExamples.monthly, CalendarExamples.allDay]
        #expect(writer.data(events) == writer.data(events.reversed()))
    }
}

/// Events for the writer tests and the cross-check.
enum CalendarExamples {
    static let modified = StockholmTime.instant(utc: wall("2026-11-01 09:30"))

    static let monthly = CalendarEvent(
        id: "samrad-forsta-fredagen", title: "Samråd: försörjning, jobb & språk",
        description: "Öppet möte för anordnare.\nAnmälan senast dagen före; fika finns.",
        location: "Stadshuset, sal Talja, Granitvägen 15, Nacka", url: "https://example.nacka.se/kalender/samrad-forsta-fredagen/",
        time: .timed(start: wall("2026-01-02 13:00"), end: wall("2026-01-02 15:00")),
        recurrence: parsedRule("FREQ=MONTHLY;BYDAY=1FR;UNTIL=20261231"),
        cancelledOccurrences: [wall("2026-07-03 13:00"), wall("2026-08-07 13:00")],
        overrides: [OccurrenceOverride(originalStart: wall("2026-04-03 13:00"), time: .timed(start: wall("2026-04-10 13:00"), end: wall("2026-04-10 15:00")),
                                       description: "Flyttat en vecka på grund av påsken.", location: "Nacka bibliotek, Forum")],
        sequence: 2, modified: modified)

    static let weekly = CalendarEvent(
        id: "sprakcafe", title: "Språkcafé", location: "Fisksätra bibliotek",
        time: .timed(start: wall("2026-03-17 18:00"), end: wall("2026-03-17 19:30")),
        recurrence: parsedRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6"), modified: modified)

    static let allDay = CalendarEvent(
        id: "nationaldagen", title: "Nationaldagen – stängt", time: .allDay(first: localDate("2026-06-06"), last: localDate("2026-06-06")),
        recurrence: parsedRule("FREQ=YEARLY;UNTIL=20300606"), modified: modified)

    static let cancelled = CalendarEvent(
        id: "informationstraff-inställt", title: "Informationsträff", time: .timed(start: wall("2026-12-01 18:00"), end: wall("2026-12-01 19:00")),
        isCancelled: true, sequence: 1, modified: modified)

    static let golden = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//sitegen//kalender//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Dialogmöten\\, Nacka",
        "X-WR-TIMEZONE:Europe/Stockholm",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Stockholm",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:informationstraff-inställt@example.nacka.se",
        "DTSTAMP:20261101T093000Z",
        "DTSTART;TZID=Europe/Stockholm:20261201T180000",
        "DTEND;TZID=Europe/Stockholm:20261201T190000",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Informationsträff",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:nationaldagen@example.nacka.se",
        "DTSTAMP:20261101T093000Z",
        "DTSTART;VALUE=DATE:20260606",
        "DTEND;VALUE=DATE:20260607",
        "RRULE:FREQ=YEARLY;UNTIL=20300606",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Nationaldagen – stängt",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:samrad-forsta-fredagen@example.nacka.se",
        "DTSTAMP:20261101T093000Z",
        "DTSTART;TZID=Europe/Stockholm:20260102T130000",
        "DTEND;TZID=Europe/Stockholm:20260102T150000",
        "RRULE:FREQ=MONTHLY;BYDAY=1FR;UNTIL=20261231T225959Z",
        "EXDATE;TZID=Europe/Stockholm:20260703T130000,20260807T130000",
        "SEQUENCE:2",
        "STATUS:CONFIRMED",
        "SUMMARY:Samråd: försörjning\\, jobb & språk",
        "DESCRIPTION:Öppet möte för anordnare.\\nAnmälan senast dagen före\\; fik",
        " a finns.",
        "LOCATION:Stadshuset\\, sal Talja\\, Granitvägen 15\\, Nacka",
        "URL:https://example.nacka.se/kalender/samrad-forsta-fredagen/",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:samrad-forsta-fredagen@example.nacka.se",
        "DTSTAMP:20261101T093000Z",
        "RECURRENCE-ID;TZID=Europe/Stockholm:20260403T130000",
        "DTSTART;TZID=Europe/Stockholm:20260410T130000",
        "DTEND;TZID=Europe/Stockholm:20260410T150000",
        "SEQUENCE:2",
        "STATUS:CONFIRMED",
        "SUMMARY:Samråd: försörjning\\, jobb & språk",
        "DESCRIPTION:Flyttat en vecka på grund av påsken.",
        "LOCATION:Nacka bibliotek\\, Forum",
        "URL:https://example.nacka.se/kalender/samrad-forsta-fredagen/",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:sprakcafe@example.nacka.se",
        "DTSTAMP:20261101T093000Z",
        "DTSTART;TZID=Europe/Stockholm:20260317T180000",
        "DTEND;TZID=Europe/Stockholm:20260317T193000",
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Språkcafé",
        "LOCATION:Fisksätra bibliotek",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
}
