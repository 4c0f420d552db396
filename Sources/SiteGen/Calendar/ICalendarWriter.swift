import Foundation

/// Writes events as an RFC 5545 calendar (`kalender.ics`) that calendar programs can
/// subscribe to and expand themselves.
///
/// The output depends only on its input: events in id order, overrides in start order,
/// UID from the event id and ``domain`` (never from the time), DTSTAMP from the event's
/// ``CalendarEvent/modified``. Times carry `TZID=Europe/Stockholm` with a VTIMEZONE, so a
/// series stays at its wall-clock time across summer-time changes.
public struct ICalendarWriter: Sendable {
    /// The site's domain, making UIDs globally unique: `<id>@<domain>`.
    public var domain: String
    /// PRODID: who made the file.
    public var productId: String
    /// Shown as the calendar's name by programs that read `X-WR-CALNAME`.
    public var calendarName: String?

    public init(domain: String, productId: String = "-//sitegen//kalender//SV", calendarName: String? = nil) {
        self.domain = domain
        self.productId = productId
        self.calendarName = calendarName
    }

    /// The whole file, CRLF line ends, lines folded at 75 octets.
    public func data(_ events: [CalendarEvent]) -> [UInt8] {
        lines(events).flatMap(ICalendarFormat.folded)
    }

    /// The unfolded content lines, for tests and readers.
    public func lines(_ events: [CalendarEvent]) -> [String] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productId)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if let calendarName { lines.append("X-WR-CALNAME:" + ICalendarFormat.escape(calendarName)) }
        lines.append("X-WR-TIMEZONE:\(StockholmTime.identifier)")
        if events.contains(where: { !$0.time.isAllDay }) { lines += StockholmTimeZoneComponent.lines }
        for event in events.sorted(by: { $0.id < $1.id }) {
            lines += master(event)
            for change in event.overrides.sorted(by: { $0.originalStart < $1.originalStart }) {
                lines += override(change, of: event)
            }
        }
        lines.append("END:VCALENDAR")
        return lines
    }

    /// `<id>@<domain>`, shared by the series and its overrides.
    public func uid(for event: CalendarEvent) -> String { "\(event.id)@\(domain)" }

    private func master(_ event: CalendarEvent) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:" + uid(for: event), "DTSTAMP:" + ICalendarFormat.utc(event.modified)]
        lines += times(event.time)
        if let rule = event.recurrence {
            lines.append("RRULE:" + rule.text(until: untilText(rule, allDay: event.time.isAllDay)))
        }
        if !event.cancelledOccurrences.isEmpty {
            let starts = event.cancelledOccurrences.sorted()
            lines.append(event.time.isAllDay
                ? "EXDATE;VALUE=DATE:" + starts.map { ICalendarFormat.date($0.date) }.joined(separator: ",")
                : "EXDATE;TZID=\(StockholmTime.identifier):" + starts.map(ICalendarFormat.dateTime).joined(separator: ","))
        }
        lines += common(sequence: event.sequence, cancelled: event.isCancelled, title: event.title,
                        description: event.description, location: event.location, url: event.url)
        lines.append("END:VEVENT")
        return lines
    }

    private func override(_ change: OccurrenceOverride, of event: CalendarEvent) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:" + uid(for: event), "DTSTAMP:" + ICalendarFormat.utc(event.modified)]
        lines.append(event.time.isAllDay
            ? "RECURRENCE-ID;VALUE=DATE:" + ICalendarFormat.date(change.originalStart.date)
            : "RECURRENCE-ID;TZID=\(StockholmTime.identifier):" + ICalendarFormat.dateTime(change.originalStart))
        lines += times(change.time)
        lines += common(sequence: event.sequence, cancelled: event.isCancelled || change.isCancelled,
                        title: change.title ?? event.title, description: change.description ?? event.description,
                        location: change.location ?? event.location, url: event.url)
        lines.append("END:VEVENT")
        return lines
    }

    /// DTSTART and DTEND; an all-day event ends (exclusively) the day after its last day.
    private func times(_ time: EventTime) -> [String] {
        switch time {
        case .timed(let start, let end):
            ["DTSTART;TZID=\(StockholmTime.identifier):" + ICalendarFormat.dateTime(start),
             "DTEND;TZID=\(StockholmTime.identifier):" + ICalendarFormat.dateTime(end)]
        case .allDay(let first, let last):
            ["DTSTART;VALUE=DATE:" + ICalendarFormat.date(first),
             "DTEND;VALUE=DATE:" + ICalendarFormat.date(last.adding(days: 1))]
        }
    }

    private func common(sequence: Int, cancelled: Bool, title: String, description: String?,
                        location: String?, url: String?) -> [String] {
        var lines = ["SEQUENCE:\(sequence)", "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
                     "SUMMARY:" + ICalendarFormat.escape(title)]
        if let description { lines.append("DESCRIPTION:" + ICalendarFormat.escape(description)) }
        if let location { lines.append("LOCATION:" + ICalendarFormat.escape(location)) }
        // A URI value, not TEXT: encoded rather than escaped, so it is the page's href too.
        if let url { lines.append("URL:" + URIText.encoded(url)) }
        return lines
    }

    /// UNTIL as RFC 5545 §3.3.10 requires it next to this DTSTART: a date for all-day
    /// events, otherwise a UTC date-time. A date UNTIL means "through that Stockholm day",
    /// so it becomes the last second of the day (23:59:59 Stockholm time) in UTC.
    private func untilText(_ rule: RecurrenceRule, allDay: Bool) -> String? {
        guard case .until(let until) = rule.end else { return nil }
        if allDay { return ICalendarFormat.date(until.stockholmDate) }
        switch until {
        case .date(let date):
            let nextMidnight = StockholmTime.instant(LocalDateTime(date.adding(days: 1), hour: 0, minute: 0))
            return ICalendarFormat.utc(nextMidnight.addingTimeInterval(-1))
        case .local(let time):
            return ICalendarFormat.utc(StockholmTime.instant(time))
        case .utc(let time):
            return ICalendarFormat.dateTime(time) + "Z"
        }
    }
}
