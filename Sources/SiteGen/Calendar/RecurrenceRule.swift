/// A checked RFC 5545 recurrence rule (§3.3.10), limited to the parts the site supports:
/// FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, BYDAY (with ordinals such as `1FR`
/// and `-1TH`), BYMONTHDAY, BYMONTH, COUNT or UNTIL, and WKST.
///
/// Parse one with ``parse(_:)``; the rule alone does not know its first occurrence —
/// ``Recurrence`` pairs it with DTSTART.
public struct RecurrenceRule: Sendable, Hashable {
    public enum Frequency: String, Sendable, Hashable, CaseIterable {
        case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
    }

    /// One BYDAY entry: a weekday, optionally the nth (or nth-from-last, when negative)
    /// of its kind in the month (MONTHLY, or YEARLY with BYMONTH) or the year.
    public struct WeekdayNumber: Sendable, Hashable {
        public var ordinal: Int?
        public var weekday: Weekday

        public init(_ weekday: Weekday, ordinal: Int? = nil) {
            self.ordinal = ordinal
            self.weekday = weekday
        }

        /// `1FR`, `-1TH`, `MO`.
        public var text: String { (ordinal.map(String.init) ?? "") + weekday.rawValue }
    }

    /// Where the series stops.
    public enum End: Sendable, Hashable {
        /// Never: the series is only bounded by the window it is expanded in.
        case never
        /// After this many occurrences, DTSTART included.
        case count(Int)
        /// At the last occurrence on or before this time (inclusive).
        case until(Until)
    }

    /// RFC 5545 allows UNTIL as a date, a UTC date-time (`…Z`, required when DTSTART has
    /// a TZID) or a floating date-time; all three are accepted and read inclusively.
    public enum Until: Sendable, Hashable {
        /// Every occurrence on this wall-calendar date or before.
        case date(LocalDate)
        /// A Stockholm wall-clock time (the text had no `Z`).
        case local(LocalDateTime)
        /// A UTC wall-clock time (the text ended in `Z`). Seconds are dropped: occurrences
        /// fall on whole minutes, so `…T160030Z` and `…T160000Z` keep the same ones.
        case utc(LocalDateTime)
    }

    public var frequency: Frequency
    public var interval: Int
    public var byDay: [WeekdayNumber]
    public var byMonthDay: [Int]
    public var byMonth: [Int]
    public var end: End
    public var weekStart: Weekday

    public init(frequency: Frequency, interval: Int = 1, byDay: [WeekdayNumber] = [], byMonthDay: [Int] = [],
                byMonth: [Int] = [], end: End = .never, weekStart: Weekday = .monday) {
        self.frequency = frequency
        self.interval = interval
        self.byDay = byDay
        self.byMonthDay = byMonthDay
        self.byMonth = byMonth
        self.end = end
        self.weekStart = weekStart
    }
}
