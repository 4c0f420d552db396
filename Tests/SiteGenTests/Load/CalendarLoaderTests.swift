import Testing
@testable import SiteGen

/// `site.yml` of ``InlineSite`` with a calendar.
private let calendarYML = InlineSite.siteYML + """
    calendar:
      domain: jobbpeng.nacka.example
      kinds:
        - id: dialogmote
          name: Dialogmöte
        - id: massa
          name: Mässa
      audiences:
        - id: anordnare
          name: Anordnare
        - id: invanare
          name: Invånare

    """

private let file = "Content/kalender/dialog.md"

/// A valid event: the first Friday of every month, 09:00–11:00 (lines 2–9 are its fields).
private let dialogMD = """
    ---
    titel: Dialogmöte
    typ: dialogmote
    malgrupp: [anordnare]
    start: 2026-03-06 09:00
    slut: 11:00
    upprepning: FREQ=MONTHLY;BYDAY=1FR
    plats: Nacka stadshus
    andrad: 2026-02-01
    ---
    Vi ses.

    """

/// The problems of the event file with `old` replaced by `new`.
private func problems(_ old: String, _ new: String) throws -> [String] {
    precondition(dialogMD.contains(old), "the event file has no '\(old)'")
    return try InlineSite.diagnostics(["Content/site.yml": calendarYML, file: dialogMD.replacingOccurrences(of: old, with: new)])
}

@Suite("Loading the calendar")
struct CalendarLoaderTests {
    @Test("a valid event loads with its rule, times, changes, and SEQUENCE and DTSTAMP from 'andrad'")
    func loads() throws {
        let text = dialogMD.replacingOccurrences(of: "andrad: 2026-02-01", with: """
            installda: [2026-05-01]
            andringar:
              - datum: 2026-04-03
                start: 2026-04-10 13:00
                notering: Flyttat på grund av påsklovet.
              - datum: 2026-06-05 09:00
                plats: Nacka bibliotek
            andrad: 2026-02-01 10:30
            """)
        let site = try InlineSite(["Content/site.yml": calendarYML, file: text])
        defer { site.remove() }
        let content = try site.content()
        let event = try #require(content.events.first)
        #expect(content.config.calendar?.domain == "jobbpeng.nacka.example")
        #expect(event.kind == "dialogmote" && event.audiences == ["anordnare"])
        #expect(event.event.time == .timed(start: wall("2026-03-06 09:00"), end: wall("2026-03-06 11:00")))
        #expect(event.event.recurrence?.text() == "FREQ=MONTHLY;BYDAY=1FR")
        #expect(event.event.cancelledOccurrences == [wall("2026-05-01 09:00")])
        #expect(event.event.overrides.map(\.time) == [.timed(start: wall("2026-04-10 13:00"), end: wall("2026-04-10 15:00")),
                                                      .timed(start: wall("2026-06-05 09:00"), end: wall("2026-06-05 11:00"))])
        #expect(event.event.overrides[1].location == "Nacka bibliotek")
        #expect(event.notes[wall("2026-04-03 09:00")] == "Flyttat på grund av påsklovet.")
        // Minutes from 2000-01-01 00:00 to 2026-02-01 10:30; DTSTAMP is that Stockholm time in UTC.
        #expect(event.event.sequence == 9528 * 1440 + 630)
        #expect(ICalendarFormat.utc(event.event.modified) == "20260201T093000Z")
    }

    @Test("a date alone is an all-day event, through 'slut' when given")
    func allDay() throws {
        let text = dialogMD.replacingOccurrences(of: "start: 2026-03-06 09:00\nslut: 11:00\nupprepning: FREQ=MONTHLY;BYDAY=1FR\n",
                                                 with: "start: 2026-06-16\nslut: 2026-06-17\n")
        let site = try InlineSite(["Content/site.yml": calendarYML, file: text])
        defer { site.remove() }
        #expect(try site.content().events.first?.event.time == .allDay(first: localDate("2026-06-16"), last: localDate("2026-06-17")))
    }

    @Test("the end before the start is reported at 'slut'")
    func endBeforeStart() throws {
        #expect(try problems("slut: 11:00", "slut: 08:00") == ["""
            Content/kalender/dialog.md:6:7: error: the meeting ends (2026-03-06 08:00) before it starts (2026-03-06 09:00)
              hint: check the date and time of the end
            """])
    }

    @Test("an unsupported RRULE part is reported at its own column, also inside quotes")
    func unsupportedRulePart() throws {
        let expected = { (column: Int) in ["""
            Content/kalender/dialog.md:7:\(column): error: the recurrence rule part BYSETPOS is not supported
              hint: supported parts: FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, COUNT, UNTIL, WKST
            """] }
        #expect(try problems("BYDAY=1FR", "BYDAY=1FR;BYSETPOS=1") == expected(36))
        #expect(try problems("upprepning: FREQ=MONTHLY;BYDAY=1FR", "upprepning: \"FREQ=MONTHLY;BYDAY=1FR;BYSETPOS=1\"") == expected(37))
    }

    @Test("a cancelled date that is not an occurrence names the nearest ones")
    func exceptionNotAnOccurrence() throws {
        #expect(try problems("plats: Nacka stadshus", "plats: Nacka stadshus\ninstallda: [2026-05-08]") == ["""
            Content/kalender/dialog.md:9:13: error: cannot cancel 2026-05-08 09:00: it is not an occurrence of the series
              hint: the nearest occurrences are 2026-05-01 09:00 and 2026-06-05 09:00
            """])
    }

    @Test("a change to a date that is not an occurrence is reported at its 'datum'")
    func changeNotAnOccurrence() throws {
        #expect(try problems("plats: Nacka stadshus", "plats: Nacka stadshus\nandringar:\n  - datum: 2026-04-04\n    start: 10:00") == ["""
            Content/kalender/dialog.md:10:12: error: cannot change 2026-04-04 09:00: it is not an occurrence of the series
              hint: the nearest occurrences are 2026-04-03 09:00 and 2026-05-01 09:00
            """])
    }

    @Test("an unknown kind or audience gets 'did you mean'")
    func unknownKindAndAudience() throws {
        #expect(try problems("typ: dialogmote\nmalgrupp: [anordnare]", "typ: dialogmöte\nmalgrupp: [anordnare, invånare]") == [
            """
            Content/kalender/dialog.md:3:6: error: 'dialogmöte' in 'typ' is not in 'calendar.kinds' in Content/site.yml
              hint: did you mean 'dialogmote'?
            """,
            """
            Content/kalender/dialog.md:4:23: error: 'invånare' in 'malgrupp' is not in 'calendar.audiences' in Content/site.yml
              hint: did you mean 'invanare'?
            """,
        ])
    }

    @Test("02:30 on 2026-03-29 does not exist in Stockholm")
    func nonexistentTime() throws {
        #expect(try problems("start: 2026-03-06 09:00\nslut: 11:00\nupprepning: FREQ=MONTHLY;BYDAY=1FR",
                             "start: 2026-03-29 02:30\nslut: 04:00\nupprepning: FREQ=YEARLY") == ["""
            Content/kalender/dialog.md:5:8: error: 2026-03-29 02:30 does not exist in Europe/Stockholm: clocks jump from 02:00 to 03:00 that night
              hint: choose a time before 02:00 or from 03:00
            """])
    }

    @Test("02:30 on 2026-10-25 is ambiguous in Stockholm")
    func ambiguousTime() throws {
        #expect(try problems("start: 2026-03-06 09:00\nslut: 11:00", "start: 2026-10-25 01:00\nslut: 2026-10-25 02:30") == ["""
            Content/kalender/dialog.md:6:7: error: 2026-10-25 02:30 happens twice in Europe/Stockholm: clocks go back from 03:00 to 02:00 that night
              hint: choose a time before 02:00 or from 03:00, so the meeting has one start
            """, """
            Content/kalender/dialog.md:5:8: error: the start 2026-10-25 (a Sunday) is not an occurrence of the rule FREQ=MONTHLY;BYDAY=1FR
              hint: move the start to the first meeting of the series
            """].sorted())
    }

    @Test("a series whose first meeting spans the change to summer time is refused at its end")
    func firstMeetingSpansClockChange() throws {
        #expect(try problems("start: 2026-03-06 09:00\nslut: 11:00\nupprepning: FREQ=MONTHLY;BYDAY=1FR",
                             "start: 2026-03-29 01:00\nslut: 04:00\nupprepning: FREQ=WEEKLY") == ["""
            Content/kalender/dialog.md:6:7: error: the first meeting (2026-03-29 01:00–04:00) spans the change to summer time, so it lasts 120 minutes, \
            not the 180 the clock shows; calendar programs would give every meeting of the series 120 minutes
              hint: start the series on another day; the meeting on this night then keeps the series' length, or give it its own times under 'andringar'
            """])
        #expect(try problems("start: 2026-03-06 09:00\nslut: 11:00\nupprepning: FREQ=MONTHLY;BYDAY=1FR", "start: 2026-03-29 01:00\nslut: 04:00").isEmpty)
    }

    @Test("a link with characters no web address can contain is refused at its place", arguments: [
        ("\"https://moten.nacka.example/a\\\"b\"", "'\"'"),
        ("https://moten.nacka.example/<script>", "'<' and '>'"),
        ("\"https://moten.nacka.example/a|b^c\\td\"", "'|', '^' and the control character U+0009"),
    ])
    func linkWithForbiddenCharacters(link: String, named: String) throws {
        #expect(try problems("plats: Nacka stadshus", "lank: \(link)") == ["""
            Content/kalender/dialog.md:8:7: error: 'lank' contains \(named), which a web address cannot contain
              hint: copy the address from the browser's address bar; a character that belongs in it is written with % and its code, e.g. a space as %20
            """])
    }

    @Test("a link with Swedish letters loads, percent-encoded as a URI")
    func linkWithSwedishLetters() throws {
        let site = try InlineSite(["Content/site.yml": calendarYML,
                                   file: dialogMD.replacingOccurrences(of: "plats: Nacka stadshus", with: "lank: https://moten.nacka.example/möte?språk=sv")])
        defer { site.remove() }
        #expect(try site.content().events.first?.event.url == "https://moten.nacka.example/m%C3%B6te?spr%C3%A5k=sv")
    }

    @Test("a start time without an end, a bad link and a misspelt field are all reported in one run")
    func severalProblems() throws {
        #expect(try problems("slut: 11:00\n", "lank: moten.nacka.example\nplatz: Stadshuset\n") == [
            """
            Content/kalender/dialog.md:5:8: error: a meeting with a start time needs an end: 'slut' is missing
              hint: add a line such as 'slut: 11:00' (the same day) or 'slut: 2026-12-04 11:00'
            """,
            """
            Content/kalender/dialog.md:6:7: error: 'lank' must be an address starting with https:// or http://, found 'moten.nacka.example'
              hint: write the whole address of the digital meeting, e.g. https://moten.nacka.example/dialog
            """,
            """
            Content/kalender/dialog.md:7:1: error: unknown field 'platz'
              hint: did you mean 'plats'?
            """,
        ])
    }

    @Test("a file with a problem of its own still has its kind checked against site.yml")
    func fileAndKindProblemsTogether() throws {
        #expect(try problems("typ: dialogmote", "typ: mässa").count == 1)
        #expect(try problems("typ: dialogmote\n", "typ: mässa\nplatz: Stadshuset\n") == [
            """
            Content/kalender/dialog.md:3:6: error: 'mässa' in 'typ' is not in 'calendar.kinds' in Content/site.yml
              hint: did you mean 'massa'?
            """,
            """
            Content/kalender/dialog.md:4:1: error: unknown field 'platz'
              hint: did you mean 'plats'?
            """,
        ])
    }

    @Test("calendar files without 'calendar:' in site.yml, and a file name the calendar uses itself")
    func configurationAndReservedName() throws {
        #expect(try InlineSite.diagnostics([file: dialogMD]) == ["""
            Content/kalender/dialog.md: error: there are calendar files but no 'calendar:' in Content/site.yml
              hint: add 'calendar:' with its 'kinds' and 'audiences', as docs/innehallsguide.md shows
            """])
        #expect(try InlineSite.diagnostics(["Content/site.yml": calendarYML, "Content/kalender/typ-extra.md": dialogMD]) == ["""
            Content/kalender/typ-extra.md: error: the file name 'typ-extra.md' is used by the calendar itself
              hint: names may not be 'tidigare' or start with 'typ-' or 'for-'; rename the file
            """])
    }
}
