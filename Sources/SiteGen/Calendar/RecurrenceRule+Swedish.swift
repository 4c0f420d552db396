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

extension Weekday {
    /// "måndag".
    public var swedishName: String {
        ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"][index]
    }

    /// "måndagen", as in "första måndagen".
    var swedishDefinite: String { swedishName + "en" }
}

/// The small pieces of Swedish the rule text is built from.
enum SwedishWords {
    enum Unit {
        case day, week, month, year

        var noun: String {
            switch self {
            case .day: "dag"
            case .week: "vecka"
            case .month: "månad"
            case .year: "år"
            }
        }

        /// "år" is neuter: "vartannat år", "vart tredje år".
        var isNeuter: Bool { self == .year }
    }

    /// "varje vecka", "varannan vecka", "var tredje vecka", "vartannat år", "var 14:e dag".
    static func every(_ interval: Int, _ unit: Unit) -> String {
        switch interval {
        case 1: "varje \(unit.noun)"
        case 2: (unit.isNeuter ? "vartannat " : "varannan ") + unit.noun
        default: (unit.isNeuter ? "vart " : "var ") + ordinal(interval) + " " + unit.noun
        }
    }

    /// "andra", "tredje", … "tolfte", then "13:e".
    static func ordinal(_ n: Int) -> String {
        let words = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde",
                     "tionde", "elfte", "tolfte"]
        if (1...words.count).contains(n) { return words[n - 1] }
        return n % 10 == 1 || n % 10 == 2 ? (n % 100 == 11 || n % 100 == 12 ? "\(n):e" : "\(n):a") : "\(n):e"
    }

    /// "första", "sista", "näst sista", "tredje sista".
    static func ordinalFromEither(_ n: Int) -> String {
        switch n {
        case -1: "sista"
        case -2: "näst sista"
        case ..<0: ordinal(-n) + " sista"
        default: ordinal(n)
        }
    }

    /// "första och tredje tisdagen", "sista torsdagen", "varje måndag"; entries for the
    /// same weekday share one noun.
    static func weekdayOrdinals(_ entries: [RecurrenceRule.WeekdayNumber]) -> String {
        var groups: [(weekday: Weekday, ordinals: [Int])] = []
        var plain: [Weekday] = []
        for entry in entries {
            guard let n = entry.ordinal else { plain.append(entry.weekday); continue }
            if let index = groups.firstIndex(where: { $0.weekday == entry.weekday }) {
                groups[index].ordinals.append(n)
            } else {
                groups.append((entry.weekday, [n]))
            }
        }
        var phrases = groups.map { group in
            let ordinals = group.ordinals.sorted { ($0 < 0 ? 100 - $0 : $0) < ($1 < 0 ? 100 - $1 : $1) }
            return SwedishFormat.list(ordinals.map(ordinalFromEither)) + " " + group.weekday.swedishDefinite
        }
        if !plain.isEmpty { phrases.append("varje " + list(plain, \.swedishName, joiner: "och")) }
        return SwedishFormat.list(phrases)
    }

    /// "den 1 och 15", "sista dagen", "den 1 och sista dagen".
    static func monthDays(_ days: [Int]) -> String {
        let positive = days.filter { $0 > 0 }.sorted()
        let negative = days.filter { $0 < 0 }.sorted(by: >)
        var phrases: [String] = []
        if !positive.isEmpty { phrases.append("den " + SwedishFormat.list(positive.map(String.init))) }
        phrases += negative.map { ordinalFromEither($0) + " dagen" }
        return SwedishFormat.list(phrases)
    }

    /// Weekdays in calendar order, without repeats: "måndag och onsdag".
    static func list(_ weekdays: [Weekday], _ name: (Weekday) -> String, joiner: String) -> String {
        let names = Set(weekdays).sorted().map(name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(joiner) " + names.last!
    }

    /// "16 juni 2027".
    static func date(_ date: LocalDate) -> String {
        "\(date.day) \(SwedishFormat.months[date.month - 1]) \(date.year)"
    }
}
