extension RecurrenceRule {
    /// The rule in plain Swedish for the event page: "första fredagen varje månad,
    /// 10 gånger". `start` supplies what the rule leaves to DTSTART (the weekday of a
    /// weekly rule, the day of a monthly one, the date of a yearly one).
    public func swedishText(start: LocalDateTime) -> String {
        [swedishPattern(start: start), swedishEnd].compactMap { $0 }.joined(separator: ", ")
    }

    /// How often, without the end: "varannan vecka på måndag och onsdag".
    public func swedishPattern(start: LocalDateTime) -> String {
        let months = SwedishFormat.list(byMonth.sorted().map { SwedishFormat.months[$0 - 1] })
        switch frequency {
        case .daily:
            var text = SwedishWords.every(interval, .day)
            if !byDay.isEmpty {
                let days = SwedishWords.list(byDay.map(\.weekday), \.swedishName, joiner: "och")
                text = interval == 1 ? "varje " + days : text + ", bara " + days
            }
            if !byMonthDay.isEmpty { text += ", " + SwedishWords.monthDays(byMonthDay) }
            return byMonth.isEmpty ? text : text + " i " + months
        case .weekly:
            let weekdays = byDay.isEmpty ? [start.date.weekday] : byDay.map(\.weekday)
            let text = SwedishWords.every(interval, .week) + " på " + SwedishWords.list(weekdays, \.swedishName, joiner: "och")
            return byMonth.isEmpty ? text : text + " i " + months
        case .monthly:
            let scope = byMonth.isEmpty ? SwedishWords.every(interval, .month)
                : interval == 1 ? "i " + months : SwedishWords.every(interval, .month) + " i " + months
            return dayWithinMonth(start: start) + " " + scope
        case .yearly:
            let every = SwedishWords.every(interval, .year)
            if byMonth.isEmpty && byMonthDay.isEmpty {
                if byDay.isEmpty { return every + " den \(start.day) \(SwedishFormat.months[start.month - 1])" }
                return every + " " + SwedishWords.weekdayOrdinals(byDay) + " i året"
            }
            if byMonth.isEmpty { return every + " " + dayWithinMonth(start: start) + " i varje månad" }
            if byMonthDay.isEmpty && byDay.isEmpty { return every + " den \(start.day) " + months }
            if byMonth.count == 1 && byDay.isEmpty && byMonthDay.allSatisfy({ $0 > 0 }) {
                return every + " " + SwedishWords.monthDays(byMonthDay) + " " + months
            }
            return every + " " + dayWithinMonth(start: start) + " i " + months
        }
    }

    /// "den 1 och 15", "sista dagen", "första fredagen", or DTSTART's day.
    private func dayWithinMonth(start: LocalDateTime) -> String {
        switch (byMonthDay.isEmpty, byDay.isEmpty) {
        case (true, true): "den \(start.day)"
        case (true, false): SwedishWords.weekdayOrdinals(byDay)
        case (false, true): SwedishWords.monthDays(byMonthDay)
        case (false, false):
            SwedishWords.monthDays(byMonthDay) + ", om det är "
                + SwedishWords.list(byDay.map(\.weekday), { "en " + $0.swedishName }, joiner: "eller")
        }
    }

    /// "10 gånger", "till och med 16 juni 2027", or nil for a series without end.
    public var swedishEnd: String? {
        switch end {
        case .never: nil
        case .count(1): "1 gång"
        case .count(let count): "\(count) gånger"
        case .until(let until): "till och med " + SwedishWords.date(until.stockholmDate)
        }
    }
}

extension RecurrenceRule.Until {
    /// The last Stockholm date the series can reach.
    public var stockholmDate: LocalDate {
        switch self {
        case .date(let date): date
        case .local(let time): time.date
        case .utc(let time): StockholmTime.localTime(at: StockholmTime.instant(utc: time)).date
        }
    }
}
