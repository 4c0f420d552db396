@testable import SiteGen

/// `wall("2026-03-29 02:30")`: a wall-clock time from the way people write it, for tables.
func wall(_ text: String) -> LocalDateTime {
    let numbers = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0)! }
    return LocalDateTime(year: numbers[0], month: numbers[1], day: numbers[2],
                         hour: numbers.count > 3 ? numbers[3] : 0, minute: numbers.count > 4 ? numbers[4] : 0)!
}

/// `localDate("2026-06-16")`.
func localDate(_ text: String) -> LocalDate { wall(text).date }

/// A parsed rule; the test fails loudly if the text does not parse.
func parsedRule(_ text: String) -> RecurrenceRule {
    do { return try RecurrenceRule.parse(text) } catch { fatalError("\(text): \(error)") }
}
