@testable import SiteGen

/// The calendar (WrittenTimes, EventCheck, CalendarValidator). The event's lines:
/// 2 titel, 3 typ, 4 malgrupp, 5 start (its value at column 8), 6 slut (column 7),
/// 7 upprepning (column 13), 8 plats, 9 andrad (column 9); added fields start at line 10.
extension DiagnosticCatalogue {
    /// The event with `fields` added after `andrad`, from line 10.
    static func eventAdding(_ name: String, _ fields: String, at: String, message: String) -> DiagnosticCase {
        .replacing(name, in: event, "andrad: 2026-02-01\n", "andrad: 2026-02-01\n\(fields)\n", at: at, message: message)
    }

    /// The catalogue site's `site.yml` without its `calendar:` group.
    static let siteWithoutCalendar = String(CatalogueSite.siteYML[..<CatalogueSite.siteYML.range(of: "calendar:")!.lowerBound])

    static let calendarTimes: [DiagnosticCase] = [
        .replacing("a meeting with a start time and no end", in: event, "slut: 11:00\n", "",
                   at: "\(event):5:8", message: "a meeting with a start time needs an end"),
        .replacing("an all-day event ends at a time", in: event, "start: 2026-03-06 09:00", "start: 2026-03-06",
                   at: "\(event):6:7", message: "'slut' must be a date such as 2026-03-07"),
        .replacing("a start that is not a time", in: event, "start: 2026-03-06 09:00", "start: i morgon",
                   at: "\(event):5:8", message: "'start' must be a date and time"),
        .replacing("a start on a day that does not exist", in: event, "start: 2026-03-06 09:00", "start: 2026-02-30 09:00",
                   at: "\(event):5:8", message: "'start' must be a date and time"),
        .replacing("an end that is not a time", in: event, "slut: 11:00", "slut: elva",
                   at: "\(event):6:7", message: "'slut' must be a time such as 11:00"),
        .replacing("the change date is not a date", in: event, "andrad: 2026-02-01", "andrad: igår",
                   at: "\(event):9:9", message: "'andrad' must be the date you last changed the event"),
        eventAdding("a cancelled occurrence that is not a date", "installda: [mars]",
                    at: "\(event):10:13", message: "an occurrence is a date such as 2026-12-04"),
        eventAdding("a changed start that is not a time", "andringar:\n  - datum: 2026-04-03\n    start: senare",
                    at: "\(event):12:12", message: "the new 'start' must be a date and time"),
        .writing("an all-day change ends at a time", event, """
            ---
            titel: Midsommar
            typ: dialogmote
            malgrupp: [anordnare]
            start: 2026-03-06
            upprepning: FREQ=MONTHLY;BYDAY=1FR
            andrad: 2026-02-01
            andringar:
              - datum: 2026-04-03
                slut: 11:00
            ---

            """, at: "\(event):10:11", message: "the new 'slut' of an all-day event is a date"),
    ]

    static let calendarChecks: [DiagnosticCase] = [
        .replacing("the start is not an occurrence of the rule", in: event, "start: 2026-03-06 09:00", "start: 2026-03-05 09:00",
                   at: "\(event):5:8", message: "the start 2026-03-05 (a Thursday) is not an occurrence of the rule"),
        .replacing("UNTIL before the start", in: event, "BYDAY=1FR", "BYDAY=1FR;UNTIL=20260101",
                   at: "\(event):7:36", message: "UNTIL 20260101 is before the start 2026-03-06"),
        .replacing("an all-day event ends before it starts", in: event, [("start: 2026-03-06 09:00", "start: 2026-03-06"), ("slut: 11:00", "slut: 2026-03-05")],
                   at: "\(event):6:7", message: "the last day 2026-03-05 is before the first day 2026-03-06"),
        .replacing("a meeting ends before it starts", in: event, "slut: 11:00", "slut: 08:00",
                   at: "\(event):6:7", message: "the meeting ends (2026-03-06 08:00) before it starts"),
        .replacing("a start in the spring clock change", in: event,
                   [("start: 2026-03-06 09:00", "start: 2026-03-29 02:30"), ("slut: 11:00", "slut: 03:30"), ("upprepning: FREQ=MONTHLY;BYDAY=1FR\n", "")],
                   at: "\(event):5:8", message: "2026-03-29 02:30 does not exist in Europe/Stockholm"),
        .replacing("a start in the autumn clock change", in: event,
                   [("start: 2026-03-06 09:00", "start: 2026-10-25 02:30"), ("slut: 11:00", "slut: 03:30"), ("upprepning: FREQ=MONTHLY;BYDAY=1FR\n", "")],
                   at: "\(event):5:8", message: "2026-10-25 02:30 happens twice in Europe/Stockholm"),
        eventAdding("an occurrence cancelled twice", "installda: [2026-04-03, 2026-04-03]",
                    at: "\(event):10:25", message: "2026-04-03 09:00 is cancelled twice"),
        eventAdding("cancelling a day the series does not have", "installda: [2026-04-02]",
                    at: "\(event):10:13", message: "cannot cancel 2026-04-02 09:00: it is not an occurrence of the series"),
        .replacing("cancelling a meeting that does not repeat", in: event,
                   [("upprepning: FREQ=MONTHLY;BYDAY=1FR\n", ""), ("andrad: 2026-02-01\n", "andrad: 2026-02-01\ninstallda: [2026-03-06]\n")],
                   at: "\(event):9:13", message: "cannot cancel 2026-03-06 09:00: the event does not repeat"),
        eventAdding("an occurrence changed twice", "andringar:\n  - datum: 2026-04-03\n    plats: Orminge\n  - datum: 2026-04-03\n    plats: Älta",
                    at: "\(event):13:12", message: "the occurrence 2026-04-03 09:00 is changed twice"),
        eventAdding("changing a day the series does not have", "andringar:\n  - datum: 2026-04-02\n    plats: Orminge",
                    at: "\(event):11:12", message: "cannot change 2026-04-02 09:00: it is not an occurrence of the series"),
        eventAdding("an occurrence both cancelled and changed", "installda: [2026-04-03]\nandringar:\n  - datum: 2026-04-03\n    plats: Orminge",
                    at: "\(event):12:12", message: "the occurrence 2026-04-03 09:00 is both cancelled and changed"),
        eventAdding("a changed occurrence ends before it starts", "andringar:\n  - datum: 2026-04-03\n    start: 12:00\n    slut: 11:00",
                    at: "\(event):13:11", message: "the meeting ends (2026-04-03 11:00) before it starts (2026-04-03 12:00)"),
        DiagnosticCase(name: "calendar files without a calendar", files: [site: siteWithoutCalendar],
                       at: event, message: "there are calendar files but no 'calendar:' in Content/site.yml"),
        .writing("an event takes an address of the calendar", "Content/kalender/tidigare.md", CatalogueSite.eventMD,
                 at: "Content/kalender/tidigare.md", message: "the file name 'tidigare.md' is used by the calendar itself"),
        .replacing("an unknown kind", in: event, "typ: dialogmote", "typ: dialog",
                   at: "\(event):3:6", message: "'dialog' in 'typ' is not in 'calendar.kinds'"),
        .replacing("an unknown audience", in: event, "malgrupp: [anordnare]", "malgrupp: [alla]",
                   at: "\(event):4:12", message: "'alla' in 'malgrupp' is not in 'calendar.audiences'"),
        .replacing("an audience listed twice", in: event, "malgrupp: [anordnare]", "malgrupp: [anordnare, anordnare]",
                   at: "\(event):4:23", message: "'anordnare' is listed twice in 'malgrupp'"),
    ]

    /// `upprepning` (RecurrenceRule+Parsing); the rule's column 1 is the file's column 13.
    static func rule(_ name: String, _ text: String, at column: Int, message: String) -> DiagnosticCase {
        .replacing(name, in: event, "upprepning: FREQ=MONTHLY;BYDAY=1FR", "upprepning: \(text)",
                   at: "\(event):7:\(column)", message: message)
    }

    static let recurrenceRules: [DiagnosticCase] = [
        rule("an interval too large", "FREQ=MONTHLY;BYDAY=1FR;INTERVAL=5000", at: 45, message: "INTERVAL '5000' is more than 1000"),
        .replacing("a link a web address cannot contain", in: event, "plats: Nacka stadshus", "plats: Nacka stadshus\nlank: https://moten.example/\"dialog\"",
                   at: "\(event):9:7", message: "'lank' contains '\"'"),
        .replacing("a series whose first meeting spans the clock change", in: event,
                   [("start: 2026-03-06 09:00", "start: 2026-03-29 01:00"), ("slut: 11:00", "slut: 04:00"),
                    ("upprepning: FREQ=MONTHLY;BYDAY=1FR", "upprepning: FREQ=WEEKLY;BYDAY=SU")],
                   at: "\(event):6:7", message: "spans the change to summer time"),
        rule("a rule part without '='", "FREQ=MONTHLY;BYDAY", at: 26, message: "'BYDAY' is not a rule part written NAME=VALUE"),
        rule("an unsupported rule part", "FREQ=MONTHLY;BYDAY=1FR;BYSETPOS=1", at: 36, message: "the recurrence rule part BYSETPOS is not supported"),
        rule("an unknown rule part", "FREQ=MONTHLY;BYDAI=1FR", at: 26, message: "unknown recurrence rule part 'BYDAI'"),
        rule("a rule part given twice", "FREQ=MONTHLY;BYDAY=1FR;FREQ=MONTHLY", at: 36, message: "FREQ appears twice in the rule"),
        rule("a rule part without a value", "FREQ=MONTHLY;BYDAY=", at: 26, message: "BYDAY has no value"),
        rule("an hourly rule", "FREQ=HOURLY", at: 13, message: "FREQ=HOURLY is not supported"),
        rule("an unknown frequency", "FREQ=MONTLY;BYDAY=1FR", at: 18, message: "'MONTLY' is not a frequency"),
        rule("an unknown frequency in quotes", "\"FREQ=MONTLY;BYDAY=1FR\"", at: 19, message: "'MONTLY' is not a frequency"),
        rule("a week start that is not a weekday", "FREQ=MONTHLY;BYDAY=1FR;WKST=XX", at: 41, message: "WKST 'XX' is not a weekday"),
        rule("a day of the month that does not exist", "FREQ=MONTHLY;BYMONTHDAY=32", at: 37, message: "BYMONTHDAY '32' is not a day of the month"),
        rule("a month that does not exist", "FREQ=YEARLY;BYMONTH=13", at: 33, message: "BYMONTH '13' is not a month"),
        rule("an interval of 0", "FREQ=MONTHLY;BYDAY=1FR;INTERVAL=0", at: 45, message: "INTERVAL '0' is not a whole number of at least 1"),
        rule("a weekday that does not exist", "FREQ=MONTHLY;BYDAY=1FX", at: 32, message: "BYDAY '1FX' is not a weekday"),
        rule("a weekday with the ordinal 0", "FREQ=MONTHLY;BYDAY=0FR", at: 32, message: "BYDAY '0FR' has an ordinal that is not a number"),
        rule("an UNTIL that is not a date", "FREQ=MONTHLY;BYDAY=1FR;UNTIL=2027", at: 42, message: "UNTIL '2027' is not a date"),
        rule("COUNT with UNTIL", "FREQ=MONTHLY;BYDAY=1FR;COUNT=3;UNTIL=20270101", at: 44, message: "COUNT and UNTIL cannot both be given"),
        rule("an ordinal in a weekly rule", "FREQ=WEEKLY;BYDAY=1FR", at: 31, message: "BYDAY '1FR' has an ordinal, which only FREQ=MONTHLY or YEARLY allow"),
        rule("days of the month in a weekly rule", "FREQ=WEEKLY;BYMONTHDAY=6", at: 25, message: "BYMONTHDAY cannot be used with FREQ=WEEKLY"),
        rule("numbered and plain weekdays", "FREQ=MONTHLY;BYDAY=1FR,MO", at: 26, message: "BYDAY mixes numbered and plain weekdays (1FR,MO)"),
        rule("a sixth Friday", "FREQ=MONTHLY;BYDAY=6FR", at: 32, message: "BYDAY '6FR' asks for more than 5 of a weekday in a month"),
        rule("a rule without FREQ", "BYDAY=1FR", at: 13, message: "the recurrence rule has no FREQ"),
    ]
}
