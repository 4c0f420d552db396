import Foundation

/// When one occurrence really starts and ends, as instants, and how that night's change
/// of summer time moved it on the clock.
///
/// A rule gives wall-clock starts (RFC 5545 §3.3.10). Each becomes an instant by §3.3.5: a
/// start in the spring gap is read with the offset in force before the gap (02:30 becomes
/// 03:30 summer time), one in the autumn overlap is the first of the two. The occurrence
/// then lasts exactly as long as the first meeting, DTSTART to DTEND, as §3.8.5.3 asks when
/// the length is given by DTEND: the end is the start instant plus that length. Reading
/// the wall-clock end again instead would make the spring meeting 02:30–03:00 end before it
/// starts and the autumn one last 90 minutes.
///
/// recurring-ical-events 3.8 (and Python's datetime arithmetic within one zone) adds the
/// length on the wall clock, so on those two nights its ends differ from ours and from
/// RFC 5545; `CalendarCrossCheckTests` checks that this is the only difference.
public struct OccurrenceTiming: Sendable, Hashable {
    public var start: Date
    public var end: Date
    /// Set when the clock change of that night moves the start or end on the clock, or puts
    /// either in the hour that happens twice; nil on every other night and for times an
    /// editor wrote.
    public var clockChange: ClockChange?

    /// The occurrence a rule puts at `start`, in a series whose first meeting is `series`.
    public init(ruledAt start: LocalDateTime, series: EventTime) {
        switch series {
        case .allDay:
            self.init(written: series.moved(to: start))
        case .timed(let first, let last):
            let instant = StockholmTime.instant(start)
            let end = instant.addingTimeInterval(series.exactLength)
            let plannedEnd = start.adding(minutes: last.minuteNumber - first.minuteNumber)
            self.init(start: instant, end: end, clockChange: ClockChange.of(planned: (start, plannedEnd), start: instant, end: end))
        }
    }

    public init(start: Date, end: Date, clockChange: ClockChange? = nil) {
        self.start = start
        self.end = end
        self.clockChange = clockChange
    }

    /// Times an editor wrote: the event's own start and end, or a change's. ``EventCheck``
    /// makes sure each names one instant.
    public init(written time: EventTime) {
        switch time {
        case .timed(let start, let end):
            self.init(start: StockholmTime.instant(start), end: StockholmTime.instant(end))
        case .allDay(let first, let last):
            self.init(start: StockholmTime.instant(LocalDateTime(first, hour: 0, minute: 0)),
                      end: StockholmTime.instant(LocalDateTime(last.adding(days: 1), hour: 0, minute: 0)))
        }
    }
}

extension EventTime {
    /// The time from start to end that passes on a clock that never changes: for a timed
    /// event what every occurrence of its series lasts (RFC 5545 §3.8.5.3).
    var exactLength: TimeInterval {
        guard case .timed(let start, let end) = self else { return 0 }
        return StockholmTime.instant(end).timeIntervalSince(StockholmTime.instant(start))
    }

    /// Whether its length on the wall clock differs from the time that passes, because the
    /// clocks change during it.
    var spansClockChange: Bool {
        guard case .timed(let start, let end) = self else { return false }
        return Int(exactLength) != (end.minuteNumber - start.minuteNumber) * 60
    }
}
