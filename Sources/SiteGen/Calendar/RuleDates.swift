/// The dates a rule produces, one period (day, week, month or year) at a time, starting
/// with the period that contains DTSTART and stepping by INTERVAL periods.
///
/// Within a period, the BYxxx parts expand or limit as in the table of RFC 5545
/// §3.3.10: BYMONTH limits DAILY, WEEKLY and MONTHLY and expands YEARLY; BYMONTHDAY
/// limits DAILY and expands MONTHLY and YEARLY; BYDAY limits DAILY, expands WEEKLY,
/// and expands MONTHLY and YEARLY unless BYMONTHDAY is present, in which case it limits.
/// Parts that are absent take their value from DTSTART (its weekday, day or month).
struct RuleDates {
    let rule: RecurrenceRule
    let start: LocalDateTime
    private var period = 0
    /// The first day of the period most recently returned.
    private(set) var periodStart: LocalDate

    init(rule: RecurrenceRule, start: LocalDateTime) {
        self.rule = rule
        self.start = start
        self.periodStart = start.date
    }

    /// The dates of the next period, sorted; possibly none.
    mutating func nextPeriod() -> [LocalDate] {
        defer { period += 1 }
        let step = period * rule.interval
        switch rule.frequency {
        case .daily:
            periodStart = start.date.adding(days: step)
            return passesLimits(periodStart) && matchesByDay(periodStart) ? [periodStart] : []
        case .weekly:
            let back = (start.date.weekday.index - rule.weekStart.index + 7) % 7
            periodStart = start.date.adding(days: -back + 7 * step)
            let weekdays = rule.byDay.isEmpty ? [start.date.weekday] : rule.byDay.map(\.weekday)
            return (0..<7).map { periodStart.adding(days: $0) }
                .filter { weekdays.contains($0.weekday) && passesLimits($0) }
        case .monthly:
            let monthIndex = start.year * 12 + (start.month - 1) + step
            let (year, month) = (monthIndex / 12, monthIndex % 12 + 1)
            periodStart = LocalDate(year: year, month: month, day: 1)!
            guard rule.byMonth.isEmpty || rule.byMonth.contains(month) else { return [] }
            return datesInMonth(year: year, month: month)
        case .yearly:
            let year = start.year + step
            periodStart = LocalDate(year: year, month: 1, day: 1)!
            if rule.byMonth.isEmpty && rule.byMonthDay.isEmpty {
                if rule.byDay.isEmpty {
                    return LocalDate(year: year, month: start.month, day: start.day).map { [$0] } ?? []
                }
                return datesInScope(first: periodStart, length: LocalDate.daysIn(year: year))
            }
            let months = rule.byMonth.isEmpty ? Array(1...12) : Set(rule.byMonth).sorted()
            return months.flatMap { datesInMonth(year: year, month: $0) }
        }
    }

    /// DAILY and WEEKLY: BYMONTH and BYMONTHDAY only limit.
    private func passesLimits(_ date: LocalDate) -> Bool {
        (rule.byMonth.isEmpty || rule.byMonth.contains(date.month))
            && (rule.byMonthDay.isEmpty || rule.byMonthDay.contains { resolve(monthDay: $0, year: date.year, month: date.month) == date })
    }

    /// MONTHLY, and each month of YEARLY with BYMONTH or BYMONTHDAY.
    private func datesInMonth(year: Int, month: Int) -> [LocalDate] {
        let length = LocalDate.daysIn(month: month, year: year)
        let first = LocalDate(year: year, month: month, day: 1)!
        if !rule.byMonthDay.isEmpty {
            let days = Set(rule.byMonthDay.compactMap { resolve(monthDay: $0, year: year, month: month) })
            return days.filter { matchesByDay($0) }.sorted()
        }
        if !rule.byDay.isEmpty { return datesInScope(first: first, length: length) }
        return LocalDate(year: year, month: month, day: start.day).map { [$0] } ?? []
    }

    /// BYDAY expanded within a month or a year: plain weekdays give every such day,
    /// ordinals the nth (or nth from the end) of them.
    private func datesInScope(first: LocalDate, length: Int) -> [LocalDate] {
        var dates = Set<LocalDate>()
        for entry in rule.byDay {
            let offset = (entry.weekday.index - first.weekday.index + 7) % 7
            let all = stride(from: offset, to: length, by: 7).map { first.adding(days: $0) }
            switch entry.ordinal {
            case nil: dates.formUnion(all)
            case let n? where n > 0 && n <= all.count: dates.insert(all[n - 1])
            case let n? where n < 0 && -n <= all.count: dates.insert(all[all.count + n])
            default: break
            }
        }
        return dates.sorted()
    }

    /// BYDAY as a limit: the weekday must match, and an ordinal must hold within the month
    /// (or within the year, for YEARLY without BYMONTH, as RFC 5545 says).
    private func matchesByDay(_ date: LocalDate) -> Bool {
        guard !rule.byDay.isEmpty else { return true }
        let inYear = rule.frequency == .yearly && rule.byMonth.isEmpty
        let first = inYear ? LocalDate(year: date.year, month: 1, day: 1)! : LocalDate(year: date.year, month: date.month, day: 1)!
        let length = inYear ? LocalDate.daysIn(year: date.year) : LocalDate.daysIn(month: date.month, year: date.year)
        let position = date.dayNumber - first.dayNumber
        return rule.byDay.contains { entry in
            guard entry.weekday == date.weekday else { return false }
            guard let n = entry.ordinal else { return true }
            return n > 0 ? position / 7 + 1 == n : (length - 1 - position) / 7 + 1 == -n
        }
    }

    /// The date for a BYMONTHDAY value (negative counts from the end), or nil when the
    /// month is too short.
    private func resolve(monthDay: Int, year: Int, month: Int) -> LocalDate? {
        let length = LocalDate.daysIn(month: month, year: year)
        let day = monthDay > 0 ? monthDay : length + 1 + monthDay
        return LocalDate(year: year, month: month, day: day)
    }
}
