import PropertyBased
import Testing
@testable import SiteGen

/// Random rules expanded two ways: by our period-by-period generator, and by a naive
/// day-by-day filter written straight from RFC 5545's table of BYxxx parts. Also random
/// text through folding and escaping.
@Suite("Calendar: random rules and texts")
struct CalendarPropertyTests {
    /// Whether `date` belongs to the rule's set, judged on its own (DTSTART aside).
    static func oracleMatches(_ date: LocalDate, rule: RecurrenceRule, start: LocalDate) -> Bool {
        func monthDayMatches() -> Bool {
            let length = LocalDate.daysIn(month: date.month, year: date.year)
            return rule.byMonthDay.contains { $0 > 0 ? $0 == date.day : length + 1 + $0 == date.day }
        }
        func byDayMatches(inYear: Bool) -> Bool {
            rule.byDay.contains { entry in
                guard entry.weekday == date.weekday else { return false }
                guard let n = entry.ordinal else { return true }
                // Count same weekdays in the scope before and after this date.
                var before = 0, after = 0
                var day = date.adding(days: -7)
                while (inYear ? day.year == date.year : day.month == date.month && day.year == date.year) { before += 1; day = day.adding(days: -7) }
                day = date.adding(days: 7)
                while (inYear ? day.year == date.year : day.month == date.month && day.year == date.year) { after += 1; day = day.adding(days: 7) }
                return n > 0 ? before + 1 == n : after + 1 == -n
            }
        }
        if !rule.byMonth.isEmpty && !rule.byMonth.contains(date.month) { return false }
        switch rule.frequency {
        case .daily:
            guard (date.dayNumber - start.dayNumber) % rule.interval == 0 else { return false }
            return (rule.byMonthDay.isEmpty || monthDayMatches()) && (rule.byDay.isEmpty || byDayMatches(inYear: false))
        case .weekly:
            func weekStart(_ d: LocalDate) -> Int { d.dayNumber - (d.weekday.index - rule.weekStart.index + 7) % 7 }
            guard ((weekStart(date) - weekStart(start)) / 7) % rule.interval == 0 else { return false }
            return (rule.byDay.isEmpty ? [start.weekday] : rule.byDay.map(\.weekday)).contains(date.weekday)
        case .monthly:
            guard ((date.year - start.year) * 12 + date.month - start.month) % rule.interval == 0 else { return false }
            if rule.byMonthDay.isEmpty && rule.byDay.isEmpty { return date.day == start.day }
            return (rule.byMonthDay.isEmpty || monthDayMatches()) && (rule.byDay.isEmpty || byDayMatches(inYear: false))
        case .yearly:
            guard (date.year - start.year) % rule.interval == 0 else { return false }
            if rule.byMonth.isEmpty && rule.byMonthDay.isEmpty && rule.byDay.isEmpty { return date.month == start.month && date.day == start.day }
            if rule.byMonthDay.isEmpty && rule.byDay.isEmpty { return date.day == start.day }
            return (rule.byMonthDay.isEmpty || monthDayMatches()) && (rule.byDay.isEmpty || byDayMatches(inYear: rule.byMonth.isEmpty))
        }
    }

    static func oracle(start: LocalDateTime, rule: RecurrenceRule, until limit: LocalDateTime) -> [LocalDateTime] {
        var result = [start]
        var date = start.date.adding(days: 1)
        while LocalDateTime(date, hour: start.hour, minute: start.minute) < limit {
            let time = LocalDateTime(date, hour: start.hour, minute: start.minute)
            if rule.isPast(time) { break }
            if case .count(let count) = rule.end, result.count >= count { break }
            if oracleMatches(date, rule: rule, start: start.date) { result.append(time) }
            date = date.adding(days: 1)
        }
        return result
    }

    @Test("random rules expand the same as a day-by-day reading of RFC 5545")
    func randomRules() async {
        let frequency = zip(Gen.int(in: 0...3), Gen.int(in: 1...3), Gen.bool)
        let weekdays = zip(Gen.int(in: 0...6), Gen.int(in: -5...5)).array(of: 0...3)
        let monthDays = Gen.int(in: -31...31).array(of: 0...3)
        let months = Gen.int(in: 1...12).array(of: 0...2)
        let startAndEnd = zip(Gen.int(in: 0...729), Gen.int(in: 0...15), Gen.int(in: 0...400))
        await propertyCheck(count: 400, input: frequency, weekdays, monthDays, months, startAndEnd) { frequency, weekdays, monthDays, months, startAndEnd in
            let (kind, interval, sundayWeeks) = frequency
            let (startOffset, count, untilOffset) = startAndEnd
            let freq = RecurrenceRule.Frequency.allCases[kind]
            let ordinalsAllowed = freq == .monthly || freq == .yearly
            var parts = ["FREQ=\(freq.rawValue)", "INTERVAL=\(interval)"]
            if !weekdays.isEmpty {
                // All numbered or all plain: the parser refuses a mix.
                let numbered = ordinalsAllowed && weekdays[0].1 != 0
                parts.append("BYDAY=" + weekdays.map { day, n in (numbered ? String(n == 0 ? 1 : n) : "") + Weekday(index: day).rawValue }.joined(separator: ","))
            }
            let days = monthDays.filter { $0 != 0 }
            if !days.isEmpty && freq != .weekly { parts.append("BYMONTHDAY=" + days.map(String.init).joined(separator: ",")) }
            if !months.isEmpty { parts.append("BYMONTH=" + months.map(String.init).joined(separator: ",")) }
            if count > 0 { parts.append("COUNT=\(count)") } else if untilOffset < 200 {
                parts.append("UNTIL=" + ICalendarFormat.date(localDate("2026-01-01").adding(days: startOffset + untilOffset * 3)))
            }
            if sundayWeeks { parts.append("WKST=SU") }
            let text = parts.joined(separator: ";")
            let start = LocalDateTime(localDate("2026-01-01").adding(days: startOffset), hour: 10, minute: 0)
            let limit = wall("2029-01-01")
            do {
                let rule = try RecurrenceRule.parse(text)
                let ours = Recurrence(start: start, rule: rule).occurrences(in: start..<limit)
                #expect(ours == Self.oracle(start: start, rule: rule, until: limit), "\(text) from \(start)")
                #expect(try RecurrenceRule.parse(rule.text()) == rule, "\(text)")
            } catch {
                Issue.record("\(text): \(error)")
            }
        }
    }

    static let character = Gen<Character?>.element(of: Array("ab ,;\\\nåä€😀\u{301}x")).map { $0! }

    @Test("folding keeps every physical line within 75 octets of valid UTF-8, and unfolding restores the line")
    func folding() async {
        await propertyCheck(count: 300, input: Self.character.string(of: 0...300)) { text in
            let line = "DESCRIPTION:" + ICalendarFormat.escape(text)
            let bytes = ICalendarFormat.folded(line)
            let physical = bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast()
            #expect(physical.allSatisfy { $0.last == 13 && $0.count - 1 <= 75 })
            #expect(physical.dropFirst().allSatisfy { $0.first == 32 })
            #expect(physical.allSatisfy { String(validating: $0.dropLast(), as: UTF8.self) != nil })
            // Unfold on octets: a fold may fall between a letter and its combining accent.
            let unfolded = physical.enumerated().flatMap { index, piece in Array(piece.dropLast().dropFirst(index == 0 ? 0 : 1)) }
            #expect(unfolded == Array(line.utf8))
        }
    }

    @Test("escaped text unescapes to the original, with line breaks as LF")
    func escaping() async {
        await propertyCheck(count: 300, input: Self.character.string(of: 0...40)) { text in
            var unescaped = ""
            var escaping = false
            for character in ICalendarFormat.escape(text) {
                if escaping {
                    unescaped.append(character == "n" ? "\n" : character)
                    escaping = false
                } else if character == "\\" {
                    escaping = true
                } else {
                    #expect(character != "\n" && character != ";" && character != ",")
                    unescaped.append(character)
                }
            }
            #expect(unescaped == text)
        }
    }
}
