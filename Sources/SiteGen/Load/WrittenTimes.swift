import Foundation

/// Reads the times of a calendar file as an editor writes them — `2026-12-04 09:00`, a
/// date `2026-06-16` for a whole day, or only a clock time `11:00` where the day is
/// known — reporting each one it cannot read at its place.
///
/// Whether a written time exists on the Stockholm clock is ``EventCheck``'s job; here a
/// time only has to be a real date and a real clock time.
struct WrittenTimes {
    var diagnostics: Diagnostics

    enum Written {
        case date(LocalDate)
        case dateTime(LocalDateTime)
        case clock(hour: Int, minute: Int)
    }

    static func parse(_ text: String) -> Written? {
        // Only 0–9: `\d` alone also matches other scripts' digits (٠٩), which Int(_:) cannot read.
        if let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/.asciiOnlyDigits()) {
            guard let date = LocalDate(year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!) else { return nil }
            guard let hour = match.4.flatMap({ Int($0) }), let minute = Int(match.5 ?? "") else { return .date(date) }
            return LocalDateTime(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute).map(Written.dateTime)
        }
        guard let match = text.wholeMatch(of: /(\d{1,2}):(\d{2})/.asciiOnlyDigits()), let hour = Int(match.1), let minute = Int(match.2),
              hour < 24, minute < 60 else { return nil }
        return .clock(hour: hour, minute: minute)
    }

    /// `start` and `slut` of the event itself.
    mutating func eventTime(start: Located<String>, end: Located<String>?) -> EventTime? {
        switch Self.parse(start.value) {
        case .dateTime(let startTime)?:
            guard let end else {
                diagnostics.error(start.location, "a meeting with a start time needs an end: 'slut' is missing",
                                  hint: "add a line such as 'slut: 11:00' (the same day) or 'slut: 2026-12-04 11:00'")
                return nil
            }
            return timed(from: startTime, end: end).map { .timed(start: startTime, end: $0) }
        case .date(let first)?:
            guard let end else { return .allDay(first: first, last: first) }
            guard case .date(let last)? = Self.parse(end.value) else {
                diagnostics.error(end.location, "'slut' must be a date such as \(first.adding(days: 1)) (the last day), found '\(end.value)'",
                                  hint: "an event that starts with a date lasts whole days; to give times, write 'start' with a time too")
                return nil
            }
            return .allDay(first: first, last: last)
        default:
            diagnostics.error(start.location, "'start' must be a date and time such as 2026-12-04 09:00, or a date such as 2026-06-16 for a whole day, found '\(start.value)'",
                              hint: "year-month-day, a space, and hours:minutes")
            return nil
        }
    }

    /// An end written as a clock time on the start's day, or as a date and time.
    private mutating func timed(from start: LocalDateTime, end: Located<String>) -> LocalDateTime? {
        switch Self.parse(end.value) {
        case .dateTime(let time)?: return time
        case .clock(let hour, let minute)?: return LocalDateTime(start.date, hour: hour, minute: minute)
        default:
            diagnostics.error(end.location, "'slut' must be a time such as 11:00 or a date and time such as \(start.date) 11:00, found '\(end.value)'",
                              hint: "hours:minutes, with the date in front when the meeting ends on another day")
            return nil
        }
    }

    /// An occurrence named in `installda` or as `datum` of a change: its date and time, or
    /// only its date, which then takes the series' start time.
    mutating func occurrence(_ text: Located<String>, of time: EventTime) -> LocalDateTime? {
        switch Self.parse(text.value) {
        case .dateTime(let start)? where !time.isAllDay: return start
        case .date(let date)?: return LocalDateTime(date, hour: time.start.hour, minute: time.start.minute)
        default:
            diagnostics.error(text.location, time.isAllDay
                ? "an occurrence of an all-day event is a date such as 2026-06-16, found '\(text.value)'"
                : "an occurrence is a date such as 2026-12-04, or a date and time such as \(time.start.date) \(LocalDate.pad(time.start.hour, 2)):\(LocalDate.pad(time.start.minute, 2)), found '\(text.value)'",
                hint: "year-month-day of the meeting as the series gives it")
            return nil
        }
    }

    /// One item of `andringar`: the occurrence it changes and its new time; a missing
    /// `start` keeps the original, a missing `slut` keeps the length.
    mutating func override(_ change: WrittenChange, of time: EventTime) -> OccurrenceOverride? {
        guard let original = occurrence(change.original, of: time) else { return nil }
        let unchanged = time.moved(to: original)
        guard let start = change.start else {
            guard let end = change.end else { return OccurrenceOverride(originalStart: original, time: unchanged) }
            return newTime(from: unchanged.start, end: end, length: unchanged, original: original)
        }
        switch Self.parse(start.value) {
        case .dateTime(let newStart)? where !time.isAllDay:
            return newTime(from: newStart, end: change.end, length: unchanged, original: original)
        case .clock(let hour, let minute)? where !time.isAllDay:
            return newTime(from: LocalDateTime(original.date, hour: hour, minute: minute), end: change.end, length: unchanged, original: original)
        case .date(let first)? where time.isAllDay:
            return newTime(from: LocalDateTime(first, hour: 0, minute: 0), end: change.end, length: unchanged, original: original)
        default:
            diagnostics.error(start.location, time.isAllDay
                ? "the new 'start' of an all-day event is a date such as 2026-06-17, found '\(start.value)'"
                : "the new 'start' must be a date and time such as 2026-12-11 09:00, or a time such as 13:00 the same day, found '\(start.value)'",
                hint: "leave 'start' out to keep the time the series gives")
            return nil
        }
    }

    private mutating func newTime(from start: LocalDateTime, end: Located<String>?, length: EventTime,
                                  original: LocalDateTime) -> OccurrenceOverride? {
        guard let end else { return OccurrenceOverride(originalStart: original, time: length.moved(to: start)) }
        if length.isAllDay {
            guard case .date(let last)? = Self.parse(end.value) else {
                diagnostics.error(end.location, "the new 'slut' of an all-day event is a date (the last day), found '\(end.value)'",
                                  hint: "write the last day as 2027-06-16, with no time")
                return nil
            }
            return OccurrenceOverride(originalStart: original, time: .allDay(first: start.date, last: last))
        }
        return timed(from: start, end: end).map { OccurrenceOverride(originalStart: original, time: .timed(start: start, end: $0)) }
    }

    /// `andrad`: a date (midnight) or a date and time; its instant is written as DTSTAMP.
    mutating func modified(_ text: Located<String>) -> (local: LocalDateTime, instant: Date)? {
        let local: LocalDateTime
        switch Self.parse(text.value) {
        case .date(let date)?: local = LocalDateTime(date, hour: 0, minute: 0)
        case .dateTime(let time)?: local = time
        default:
            diagnostics.error(text.location, "'andrad' must be the date you last changed the event, such as 2026-11-20, found '\(text.value)'",
                              hint: "set it to today's date every time you change the event, so calendars that subscribe update")
            return nil
        }
        return (local, StockholmTime.instant(local))
    }
}
