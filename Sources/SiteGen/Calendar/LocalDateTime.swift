/// A wall-clock time in the site's time zone, to the minute: what an editor writes as
/// `start: 2026-03-06 18:00` and what a calendar program shows.
///
/// It is deliberately not an instant: a recurring meeting keeps its wall-clock time when
/// summer time starts or ends (RFC 5545 §3.3.10), so occurrences are computed as
/// `LocalDateTime` values and only turned into instants by ``StockholmTime``.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: LocalDate
    public var hour: Int
    public var minute: Int

    public init(_ date: LocalDate, hour: Int, minute: Int) {
        precondition((0...23).contains(hour) && (0...59).contains(minute), "a wall-clock time needs 0 ≤ hour ≤ 23 and 0 ≤ minute ≤ 59")
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// A time that exists on the wall calendar, or nil for 2026-02-30 or 24:00.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard let date = LocalDate(year: year, month: month, day: day),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(date, hour: hour, minute: minute)
    }

    /// Minutes since 1970-01-01 00:00 on the same wall clock; differences of these
    /// are wall-clock durations, not elapsed time.
    public var minuteNumber: Int { date.dayNumber * 1440 + hour * 60 + minute }

    public init(minuteNumber: Int) {
        let days = minuteNumber >= 0 ? minuteNumber / 1440 : (minuteNumber - 1439) / 1440
        let rest = minuteNumber - days * 1440
        self.init(LocalDate(dayNumber: days), hour: rest / 60, minute: rest % 60)
    }

    public func adding(minutes: Int) -> LocalDateTime { LocalDateTime(minuteNumber: minuteNumber + minutes) }

    public var year: Int { date.year }
    public var month: Int { date.month }
    public var day: Int { date.day }

    /// "18:30", the clock alone.
    var clockText: String { "\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))" }

    /// "2026-06-16 18:30".
    public var description: String {
        "\(date) \(clockText)"
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.hour, a.minute) < (b.date, b.hour, b.minute)
    }
}
