extension RecurrenceRule {
    /// The rule in RFC 5545 text form, parts in a fixed order so output is stable:
    /// `FREQ=MONTHLY;BYDAY=1FR;COUNT=10`. INTERVAL=1 and WKST=MO are left out (defaults).
    ///
    /// `until` replaces how UNTIL is written: when DTSTART has a TZID, RFC 5545 requires a
    /// UTC date-time, which the iCalendar writer computes from ``Until``.
    public func text(until untilText: String? = nil) -> String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if !byMonth.isEmpty { parts.append("BYMONTH=" + byMonth.map(String.init).joined(separator: ",")) }
        if !byMonthDay.isEmpty { parts.append("BYMONTHDAY=" + byMonthDay.map(String.init).joined(separator: ",")) }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.text).joined(separator: ",")) }
        switch end {
        case .never: break
        case .count(let count): parts.append("COUNT=\(count)")
        case .until(let until): parts.append("UNTIL=" + (untilText ?? until.text))
        }
        if weekStart != .monday { parts.append("WKST=\(weekStart.rawValue)") }
        return parts.joined(separator: ";")
    }
}

extension RecurrenceRule.Until {
    /// As it was written: `20270616`, `20270616T120000`, `20270616T120000Z`.
    public var text: String {
        switch self {
        case .date(let date): ICalendarFormat.date(date)
        case .local(let time): ICalendarFormat.dateTime(time)
        case .utc(let time): ICalendarFormat.dateTime(time) + "Z"
        }
    }
}
