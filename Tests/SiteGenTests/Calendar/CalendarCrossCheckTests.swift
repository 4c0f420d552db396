import Foundation
import Testing
@testable import SiteGen

/// Expands a table of events with our code and with PyPI's recurring-ical-events reading
/// the .ics we wrote; the lists must be identical. Runs only when `SITEGEN_ICAL_PYTHON`
/// names a Python with `icalendar` and `recurring_ical_events` installed, e.g.
///
///     SITEGEN_ICAL_PYTHON="$PWD/audit/.venv/bin/python" swift test --filter CalendarCrossCheck
///
/// Not in the table: a DTSTART that is not an occurrence of its rule. RFC 5545 calls that
/// set undefined; recurring-ical-events (dateutil) adds DTSTART on top of COUNT rule
/// occurrences, while RFC 5545 §3.3.10 counts DTSTART as the first. ``EventCheck``
/// therefore rejects such a start, so the .ics never contains one.
///
/// Ends are RFC 5545's: the snippet computes them from recurring-ical-events' start plus
/// the exact length of the first meeting (§3.8.5.3). recurring-ical-events' own end adds
/// the length on the wall clock instead, so on a clock-change night it may say 03:30–03:00
/// (spring) or 90 minutes (autumn); ``checkOwnEnds(_:_:sourceLocation:)`` allows exactly
/// that difference and no other.
@Suite("Calendar: cross-check with recurring-ical-events")
struct CalendarCrossCheckTests {
    static let python = ProcessInfo.processInfo.environment["SITEGEN_ICAL_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var event: CalendarEvent
        var from = "2026-01-01 00:00"
        var to = "2027-01-01 00:00"
        var testDescription: String { name }
    }

    static func event(_ id: String, _ start: String, minutes: Int = 90, _ text: String?, exdates: [String] = [],
                      overrides: [OccurrenceOverride] = [], cancelled: Bool = false) -> CalendarEvent {
        CalendarEvent(id: id, title: "Möte \(id); test, ok", location: "Stadshuset, Nacka",
                      time: .timed(start: wall(start), end: wall(start).adding(minutes: minutes)), recurrence: text.map(parsedRule),
                      cancelledOccurrences: exdates.map(wall), overrides: overrides, isCancelled: cancelled,
                      modified: CalendarExamples.modified)
    }

    static let cases: [Case] = [
        Case(name: "first Friday monthly", event: event("forsta-fredagen", "2026-01-02 18:00", "FREQ=MONTHLY;BYDAY=1FR")),
        Case(name: "last Thursday monthly", event: event("sista-torsdagen", "2026-01-29 17:30", "FREQ=MONTHLY;BYDAY=-1TH")),
        Case(name: "every second week on Tuesday", event: event("varannan-tisdag", "2026-03-03 18:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")),
        Case(name: "weekly with COUNT", event: event("veckovis-count", "2026-03-02 09:00", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5")),
        Case(name: "monthly with UNTIL as a date", event: event("manad-until", "2026-01-15 12:00", "FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20260915")),
        Case(name: "weekly with UNTIL in UTC", event: event("until-utc", "2026-06-02 18:00", "FREQ=WEEKLY;UNTIL=20260616T155959Z")),
        Case(name: "EXDATE", event: event("exdate", "2026-03-03 18:00", "FREQ=WEEKLY;COUNT=8", exdates: ["2026-03-10 18:00", "2026-04-07 18:00"])),
        Case(name: "an override moves one occurrence and changes its place (RECURRENCE-ID)",
             event: event("flyttad", "2026-01-02 13:00", minutes: 120, "FREQ=MONTHLY;BYDAY=1FR;COUNT=6", overrides: [
                OccurrenceOverride(originalStart: wall("2026-04-03 13:00"), time: .timed(start: wall("2026-04-10 14:00"), end: wall("2026-04-10 16:00")),
                                   title: "Flyttat möte", location: "Nacka bibliotek"),
                OccurrenceOverride(originalStart: wall("2026-05-01 13:00"), time: .timed(start: wall("2026-05-01 13:00"), end: wall("2026-05-01 15:00")),
                                   isCancelled: true),
             ])),
        Case(name: "weekly series across 2026-03-29 and 2026-10-25", event: event("sommartid", "2026-03-10 18:00", "FREQ=WEEKLY"),
             from: "2026-03-01 00:00", to: "2026-11-30 00:00"),
        Case(name: "daily at 02:30 through the spring gap", event: event("natt", "2026-03-27 02:30", minutes: 20, "FREQ=DAILY;COUNT=4"),
             from: "2026-03-01 00:00"),
        Case(name: "daily at 02:30 through the autumn overlap", event: event("natt-host", "2026-10-23 02:30", minutes: 20, "FREQ=DAILY;COUNT=4")),
        // The two clock-change nights of 2026: 29 March (02:00 → 03:00) and 25 October (03:00 → 02:00).
        Case(name: "daily 02:30–03:00 through both clock-change nights", event: event("natt-dag", "2026-03-25 02:30", minutes: 30, "FREQ=DAILY"),
             from: "2026-03-20 00:00", to: "2026-11-01 00:00"),
        Case(name: "weekly on Sunday 02:30–03:00 through both nights", event: event("natt-vecka", "2026-03-22 02:30", minutes: 30, "FREQ=WEEKLY;BYDAY=SU"),
             from: "2026-03-01 00:00", to: "2026-11-30 00:00"),
        Case(name: "monthly on the last Sunday 02:30–03:00", event: event("natt-manad", "2026-01-25 02:30", minutes: 30, "FREQ=MONTHLY;BYDAY=-1SU")),
        Case(name: "monthly on the 25th and 29th 02:45–03:00, inside the repeated hour", event: event("natt-kort", "2026-01-25 02:45", minutes: 15,
             "FREQ=MONTHLY;BYMONTHDAY=25,29")),
        Case(name: "weekly on Sunday 01:30–03:30: the clocks change during the meeting", event: event("natt-lang", "2026-03-22 01:30", minutes: 120,
             "FREQ=WEEKLY;BYDAY=SU"), from: "2026-03-01 00:00", to: "2026-11-30 00:00"),
        Case(name: "daily 02:00–03:00 from the hour of the change, five times each night", event: event("natt-timme", "2026-03-27 02:00", minutes: 60,
             "FREQ=DAILY;COUNT=5"), from: "2026-03-01 00:00"),
        Case(name: "daily 02:00–03:00 through the autumn night", event: event("natt-timme-host", "2026-10-23 02:00", minutes: 60, "FREQ=DAILY;COUNT=5")),
        Case(name: "weekly 01:50–02:50: ends in the first of the repeated hour", event: event("natt-slut", "2026-10-18 01:50", minutes: 60,
             "FREQ=WEEKLY;COUNT=3")),
        Case(name: "weekly 02:30: the spring night cancelled, the autumn night moved",
             event: event("natt-andrad", "2026-03-22 02:30", minutes: 30, "FREQ=WEEKLY;BYDAY=SU;UNTIL=20261101", exdates: ["2026-03-29 02:30"], overrides: [
                OccurrenceOverride(originalStart: wall("2026-10-25 02:30"), time: .timed(start: wall("2026-10-25 10:00"), end: wall("2026-10-25 10:30")),
                                   title: "Flyttat från natten"),
             ]), from: "2026-03-01 00:00"),
        Case(name: "BYMONTHDAY=31 skips short months", event: event("den-31", "2026-01-31 12:00", "FREQ=MONTHLY;BYMONTHDAY=31")),
        Case(name: "last day of the month", event: event("sista-dagen", "2026-01-31 12:00", "FREQ=MONTHLY;BYMONTHDAY=-1")),
        Case(name: "yearly from a leap day", event: event("skottdag", "2024-02-29 12:00", "FREQ=YEARLY"), from: "2024-01-01 00:00", to: "2033-01-01 00:00"),
        Case(name: "RFC 5545 WKST=SU example", event: event("wkst", "1997-08-05 09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU"),
             from: "1997-01-01 00:00", to: "1998-01-01 00:00"),
        Case(name: "Friday the 13th", event: event("fredag-13", "2026-02-13 18:00", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"), to: "2029-01-01 00:00"),
        Case(name: "yearly on the last Sunday of March and October", event: event("sista-sondagen", "2026-03-29 10:00", "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU"),
             to: "2029-01-01 00:00"),
        Case(name: "every third day in February only", event: event("februari", "2026-01-28 08:00", "FREQ=DAILY;INTERVAL=3;BYMONTH=2"), to: "2027-03-01 00:00"),
        Case(name: "yearly in the listed months on DTSTART's day", event: event("bymonth", "2026-03-10 18:00", "FREQ=YEARLY;BYMONTH=3,9"), to: "2028-01-01 00:00"),
        Case(name: "yearly on the 20th Monday of the year", event: event("byday-ar", "2026-05-18 18:00", "FREQ=YEARLY;BYDAY=20MO"), to: "2029-01-01 00:00"),
        Case(name: "yearly on the 1st of every month", event: event("bymonthday-ar", "2026-01-01 10:00", "FREQ=YEARLY;BYMONTHDAY=1,-1")),
        Case(name: "every Tuesday of every second month", event: event("alla-tisdagar", "2026-01-06 18:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU")),
        Case(name: "first and third Friday of every second month", event: event("forsta-tredje", "2026-01-02 18:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1FR,3FR")),
        Case(name: "weekdays, weekly, in June and July", event: event("sommar", "2026-06-01 08:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYMONTH=6,7")),
        Case(name: "yearly: the last Friday of the year, limited by BYMONTHDAY", event: event("sista-fredagen-aret", "2026-12-25 10:00",
             "FREQ=YEARLY;BYDAY=-1FR;BYMONTHDAY=25,26,27,28,29,30,31"), to: "2030-01-01 00:00"),
        Case(name: "yearly: the first Monday of the year if it falls on the 1st to 3rd", event: event("forsta-mandagen-aret", "2029-01-01 10:00",
             "FREQ=YEARLY;BYDAY=1MO;BYMONTHDAY=1,2,3"), from: "2029-01-01 00:00", to: "2040-01-01 00:00"),
        Case(name: "a single meeting", event: event("enstaka", "2026-06-16 18:00", nil)),
        Case(name: "a cancelled series", event: event("installd", "2026-09-01 18:00", "FREQ=WEEKLY;COUNT=3", cancelled: true)),
        Case(name: "an all-day yearly event with EXDATE", event: CalendarEvent(
            id: "heldag", title: "Nationaldagen", time: .allDay(first: localDate("2026-06-06"), last: localDate("2026-06-06")),
            recurrence: parsedRule("FREQ=YEARLY;UNTIL=20300606"), cancelledOccurrences: [wall("2028-06-06 00:00")], modified: CalendarExamples.modified),
             to: "2031-01-01 00:00"),
    ]

    /// Our list, in the form the Python snippet prints: start (Stockholm clock and UTC),
    /// end (UTC), title, place and status.
    static func ours(_ c: Case) -> [String] {
        c.event.occurrences(in: wall(c.from)..<wall(c.to)).map(line).sorted()
    }

    static func line(_ occurrence: EventOccurrence) -> String {
        let when: String
        if case .allDay(_, let last) = occurrence.time {
            when = "\(occurrence.time.start.date) 00:00|DATE|\(last.adding(days: 1))"
        } else {
            let timing = occurrence.timing
            when = "\(StockholmTime.localTime(at: timing.start))|\(ICalendarFormat.utc(timing.start))|\(ICalendarFormat.utc(timing.end))"
        }
        return [when, occurrence.title, occurrence.location ?? "", occurrence.isCancelled ? "CANCELLED" : "CONFIRMED"]
            .joined(separator: "|")
    }

    /// Where recurring-ical-events' own end may differ from RFC 5545's: on the night of a
    /// clock change, where it adds the length on the wall clock (Python's arithmetic within
    /// one zone), which is the rule's wall-clock end read again.
    static func wallClockEnds(_ c: Case) -> [String: String] {
        var ends: [String: String] = [:]
        for occurrence in c.event.occurrences(in: wall(c.from)..<wall(c.to)) where occurrence.timing.clockChange != nil {
            guard case .timed(_, let end) = occurrence.time else { continue }
            ends[line(occurrence)] = ICalendarFormat.utc(StockholmTime.instant(end))
        }
        return ends
    }

    /// Reads an .ics with icalendar and expands it with recurring-ical-events, printing one
    /// line per occurrence as ``line(_:)`` does, then recurring-ical-events' own end.
    ///
    /// The end in the line is RFC 5545's, computed here from that library's start: the
    /// start instant plus the exact length of the series' first meeting, DTSTART to DTEND
    /// (§3.8.5.3), or a changed occurrence's own DTEND.
    static let snippet = """
        import sys, datetime, zoneinfo, icalendar, recurring_ical_events
        tz = zoneinfo.ZoneInfo("Europe/Stockholm")
        utc = datetime.timezone.utc
        path, a, b = sys.argv[1:4]
        cal = icalendar.Calendar.from_ical(open(path, "rb").read())
        def parse(s): return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        def key(d): return d.astimezone(utc) if isinstance(d, datetime.datetime) else d
        def exact(d): return d.astimezone(utc) if isinstance(d, datetime.datetime) else d
        changed = {(str(c["UID"]), key(c["RECURRENCE-ID"].dt)) for c in cal.walk("VEVENT") if "RECURRENCE-ID" in c}
        length = {str(c["UID"]): exact(c["DTEND"].dt) - exact(c["DTSTART"].dt) for c in cal.walk("VEVENT") if "RECURRENCE-ID" not in c}
        for e in recurring_ical_events.of(cal).between(parse(a), parse(b)):
            s, own = e["DTSTART"].dt, e["DTEND"].dt
            if isinstance(s, datetime.datetime):
                start = s.astimezone(utc)  # via UTC, so 02:30 in the gap reads as the 03:30 it is
                rid = e.get("RECURRENCE-ID")
                end = own.astimezone(utc) if rid and (str(e["UID"]), key(rid.dt)) in changed else start + length[str(e["UID"])]
                f = "%Y%m%dT%H%M%SZ"
                when = start.astimezone(tz).strftime("%Y-%m-%d %H:%M") + "|" + start.strftime(f) + "|" + end.strftime(f)
                theirs = own.astimezone(utc).strftime(f)
            else:
                when = s.strftime("%Y-%m-%d") + " 00:00|DATE|" + own.strftime("%Y-%m-%d")
                theirs = own.strftime("%Y-%m-%d")
            print("|".join([when, str(e.get("SUMMARY", "")), str(e.get("LOCATION", "")), str(e.get("STATUS", "")), theirs]))
        """

    /// The snippet's lines as ours are (without its last field), and that field by line.
    static func theirs(_ output: some Sequence<String>) -> (lines: [String], ends: [String: String]) {
        var lines: [String] = [], ends: [String: String] = [:]
        for text in output {
            guard let cut = text.lastIndex(of: "|") else { continue }
            let line = String(text[..<cut])
            lines.append(line)
            ends[line] = String(text[text.index(after: cut)...])
        }
        return (lines.sorted(), ends)
    }

    /// recurring-ical-events' own end equals RFC 5545's, except on a clock-change night
    /// where it may be the rule's wall-clock end (see ``wallClockEnds(_:)``).
    static func checkOwnEnds(_ theirEnds: [String: String], _ c: Case, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let wallClock = wallClockEnds(c)
        for line in ours(c) {
            guard let own = theirEnds[line] else { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            let rfc = String(fields[2])
            #expect(own == rfc || own == wallClock[line], "\(line): recurring-ical-events ends at \(own)", sourceLocation: sourceLocation)
        }
    }

    @Test("our occurrences equal recurring-ical-events' reading of our .ics", .enabled(if: python != nil), arguments: cases)
    func sameOccurrences(_ c: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-ical-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(c.event.id).ics")
        try Data(ICalendarWriter(domain: "example.nacka.se").data([c.event])).write(to: file)

        let theirs = Self.theirs(try Self.runPython(Self.snippet, [file.path, c.from, c.to]).split(separator: "\n").map(String.init))
        let ours = Self.ours(c)
        #expect(!ours.isEmpty)
        #expect(ours == theirs.lines)
        Self.checkOwnEnds(theirs.ends, c)
    }

    /// Standard output of the snippet; a failing run is a test failure with its stderr.
    static func runPython(_ code: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python))
        process.arguments = ["-c", code] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errorText)")
        return text
    }

    /// A fixed pseudo-random sequence (64-bit LCG), so the generated table is the same on
    /// every run and a failure can be reproduced.
    struct Dice {
        var state: UInt64
        mutating func roll(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
    }

    /// 200 generated rules whose DTSTART matches the rule (the only kind ``EventCheck``
    /// lets through), all written to .ics files and read by one Python run.
    @Test("generated rules expand the same in recurring-ical-events", .enabled(if: python != nil))
    func generatedRules() throws {
        var dice = Dice(state: 20_261_122)
        var events: [CalendarEvent] = []
        while events.count < 200 {
            let frequency = RecurrenceRule.Frequency.allCases[dice.roll(0...3)]
            let ordinals = frequency == .monthly || frequency == .yearly
            var parts = ["FREQ=\(frequency.rawValue)"]
            if dice.roll(0...2) == 0 { parts.append("INTERVAL=\(dice.roll(2...3))") }
            if dice.roll(0...1) == 0 {
                let numbered = ordinals && dice.roll(0...1) == 0
                let days = (0..<dice.roll(1...3)).map { _ in
                    (numbered ? String([1, 2, 3, 4, 5, -1, -2, -3, -4, -5][dice.roll(0...9)]) : "") + Weekday(index: dice.roll(0...6)).rawValue
                }
                parts.append("BYDAY=" + days.joined(separator: ","))
            }
            if frequency != .weekly && dice.roll(0...2) == 0 {
                parts.append("BYMONTHDAY=" + (0..<dice.roll(1...2)).map { _ in String([dice.roll(1...31), -dice.roll(1...31)][dice.roll(0...1)]) }.joined(separator: ","))
            }
            if dice.roll(0...3) == 0 { parts.append("BYMONTH=" + (0..<dice.roll(1...2)).map { _ in String(dice.roll(1...12)) }.joined(separator: ",")) }
            switch dice.roll(0...2) {
            case 0: parts.append("COUNT=\(dice.roll(1...12))")
            case 1: parts.append("UNTIL=" + ICalendarFormat.date(localDate("2026-01-01").adding(days: dice.roll(0...900))))
            default: break
            }
            if dice.roll(0...4) == 0 { parts.append("WKST=SU") }
            let start = LocalDateTime(localDate("2026-01-01").adding(days: dice.roll(0...500)), hour: [2, 9, 18][dice.roll(0...2)], minute: 30)
            let event = Self.event("slump-\(events.count)", start.description, minutes: 20, parts.joined(separator: ";"))
            if EventCheck.problems(in: event).isEmpty { events.append(event) }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-ical-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for event in events {
            let file = folder.appendingPathComponent("\(event.id).ics")
            try Data(ICalendarWriter(domain: "example.nacka.se").data([event])).write(to: file)
            paths.append(file.path)
        }
        let from = "2026-01-01 00:00", to = "2029-01-01 00:00"
        let batch = "import sys\nwindow, files = sys.argv[1:3], sys.argv[3:]\nfor f in files:\n    print('#' + f.rsplit('/', 1)[-1][:-4])\n    sys.argv = ['-c', f] + window\n" +
            Self.snippet.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let output = try Self.runPython(batch, [from, to] + paths)
        var printed: [String: [String]] = [:]
        var current = ""
        for line in output.split(separator: "\n").map(String.init) {
            if line.hasPrefix("#") { current = String(line.dropFirst()); printed[current] = [] } else { printed[current, default: []].append(line) }
        }
        for event in events {
            let c = Case(name: event.id, event: event, from: from, to: to)
            let theirs = Self.theirs(printed[event.id] ?? [])
            #expect(Self.ours(c) == theirs.lines, "\(event.id): \(event.recurrence!.text()) from \(event.time.start)")
            Self.checkOwnEnds(theirs.ends, c)
        }
    }
}
