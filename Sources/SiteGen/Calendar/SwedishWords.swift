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

    /// "02.30", the clock as Swedish writes it.
    static func clock(_ time: LocalDateTime) -> String {
        LocalDate.pad(time.hour, 2) + "." + LocalDate.pad(time.minute, 2)
    }

    /// "30 minuter", "1 timme", "2 timmar", "1 timme och 30 minuter".
    static func length(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        let parts = [hours > 0 ? "\(hours) \(hours == 1 ? "timme" : "timmar")" : nil,
                     rest > 0 || hours == 0 ? "\(rest) \(rest == 1 ? "minut" : "minuter")" : nil]
        return parts.compactMap { $0 }.joined(separator: " och ")
    }
}
