import Foundation

extension RecurrenceRule {
    /// The rule parts RFC 5545 defines that the generator does not expand; naming them
    /// lets the error say "not supported" rather than "unknown".
    static let unsupportedParts = ["BYSETPOS", "BYHOUR", "BYMINUTE", "BYSECOND", "BYWEEKNO", "BYYEARDAY", "RSCALE", "SKIP"]
    static let supportedParts = ["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL", "WKST"]
    /// The largest INTERVAL and COUNT a rule may have: RFC 5545 sets no limit, but a meeting
    /// every thousand periods or ten thousand times is a typing mistake, and the limit keeps
    /// the expansion's arithmetic from overflowing.
    static let largestInterval = 1000
    static let largestCount = 10_000

    /// Reads the text form of a rule, `FREQ=MONTHLY;BYDAY=1FR` (an optional `RRULE:` prefix
    /// is allowed), reporting every problem at once with the column of the part it is in.
    ///
    /// Part names and values are case-insensitive, as RFC 5545 says; each part may appear
    /// once. Combinations that RFC 5545 forbids or leaves undefined are errors too: COUNT
    /// with UNTIL, BYMONTHDAY with FREQ=WEEKLY, ordinals such as `1FR` with DAILY or WEEKLY.
    ///
    /// `BYDAY=1FR,WE` is also refused, although RFC 5545 allows it (the first Friday and
    /// every Wednesday): python-dateutil, and so recurring-ical-events, reads it as days
    /// that are both, i.e. none, so subscribers would not see what the page shows.
    public static func parse(_ text: String) throws(RecurrenceRuleError) -> RecurrenceRule {
        var parser = RuleParser()
        parser.read(text)
        return try parser.finish()
    }
}

/// One pass over the parts of a rule, collecting values and problems.
private struct RuleParser {
    /// A piece of the rule text and the 1-based column where it starts.
    struct Piece {
        var text: String
        var column: Int
    }

    var problems: [RecurrenceRuleError.Problem] = []
    var seen: [String: Int] = [:]
    var frequency: (RecurrenceRule.Frequency, column: Int)?
    var interval = 1
    var byDay: [(RecurrenceRule.WeekdayNumber, column: Int)] = []
    var byDayColumn = 0
    var byMonthDay: [Int] = []
    var byMonthDayColumn = 0
    var byMonth: [Int] = []
    var count: Int?
    var until: RecurrenceRule.Until?
    var endColumns: [Int] = []
    var weekStart = Weekday.monday

    mutating func problem(_ column: Int, _ message: String, hint: String, fileID: String = #fileID, line: Int = #line) {
        problems.append(.init(column: column, message: message, hint: hint, fileID: fileID, line: line))
    }

    /// Splits `text` at `separator`, keeping each piece's column.
    static func split(_ piece: Piece, at separator: Unicode.Scalar) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var start = piece.column
        var column = piece.column
        for scalar in piece.text.unicodeScalars {
            if scalar == separator {
                pieces.append(Piece(text: current, column: start))
                current = ""
                start = column + 1
            } else {
                current.unicodeScalars.append(scalar)
            }
            column += 1
        }
        pieces.append(Piece(text: current, column: start))
        return pieces
    }

    mutating func read(_ text: String) {
        var body = Piece(text: text, column: 1)
        if text.uppercased().hasPrefix("RRULE:") {
            body = Piece(text: String(text.dropFirst(6)), column: 7)
        }
        for part in RuleParser.split(body, at: ";") where !part.text.trimmingSpaces.isEmpty {
            let halves = RuleParser.split(part, at: "=")
            guard halves.count == 2 else {
                problem(part.column, "'\(part.text)' is not a rule part written NAME=VALUE",
                        hint: "separate parts with ';', as in FREQ=WEEKLY;BYDAY=TU")
                continue
            }
            let name = halves[0].text.trimmingSpaces.uppercased()
            let value = halves[1]
            if RecurrenceRule.unsupportedParts.contains(name) {
                problem(part.column, "the recurrence rule part \(name) is not supported",
                        hint: "supported parts: \(RecurrenceRule.supportedParts.joined(separator: ", "))")
                continue
            }
            guard RecurrenceRule.supportedParts.contains(name) else {
                problem(part.column, "unknown recurrence rule part '\(halves[0].text)'",
                        hint: Suggestion.hint(for: name, among: RecurrenceRule.supportedParts)
                            ?? "supported parts: \(RecurrenceRule.supportedParts.joined(separator: ", "))")
                continue
            }
            if seen[name] != nil {
                problem(part.column, "\(name) appears twice in the rule", hint: "keep one \(name)")
                continue
            }
            seen[name] = part.column
            guard !value.text.isEmpty else {
                problem(part.column, "\(name) has no value", hint: "write a value after '\(name)='")
                continue
            }
            readPart(name, value, column: part.column)
        }
    }

    mutating func readPart(_ name: String, _ value: Piece, column: Int) {
        switch name {
        case "FREQ":
            if let frequency = RecurrenceRule.Frequency(rawValue: value.text.uppercased()) {
                self.frequency = (frequency, column)
            } else if ["SECONDLY", "MINUTELY", "HOURLY"].contains(value.text.uppercased()) {
                problem(column, "FREQ=\(value.text.uppercased()) is not supported", hint: "use DAILY, WEEKLY, MONTHLY or YEARLY")
            } else {
                problem(value.column, "'\(value.text)' is not a frequency", hint: "use DAILY, WEEKLY, MONTHLY or YEARLY")
            }
        case "INTERVAL":
            if let number = positiveInteger(value, name: name, most: RecurrenceRule.largestInterval) { interval = number }
        case "COUNT":
            if let number = positiveInteger(value, name: name, most: RecurrenceRule.largestCount) { count = number }
            endColumns.append(column)
        case "UNTIL":
            until = readUntil(value)
            endColumns.append(column)
        case "WKST":
            if let day = Weekday(rawValue: value.text.uppercased()) { weekStart = day } else {
                problem(value.column, "WKST '\(value.text)' is not a weekday", hint: "use MO, TU, WE, TH, FR, SA or SU")
            }
        case "BYDAY":
            byDayColumn = column
            for item in RuleParser.split(value, at: ",") {
                if let entry = readWeekdayNumber(item) { byDay.append((entry, item.column)) }
            }
        case "BYMONTHDAY":
            byMonthDayColumn = column
            for item in RuleParser.split(value, at: ",") {
                // A range rather than abs(_:), which traps on Int.min.
                guard let day = Int(item.text), (-31...31).contains(day), day != 0 else {
                    problem(item.column, "BYMONTHDAY '\(item.text)' is not a day of the month",
                            hint: "use 1 to 31, or -1 to -31 counting from the end of the month")
                    continue
                }
                byMonthDay.append(day)
            }
        case "BYMONTH":
            for item in RuleParser.split(value, at: ",") {
                guard let month = Int(item.text), (1...12).contains(month) else {
                    problem(item.column, "BYMONTH '\(item.text)' is not a month", hint: "use 1 (January) to 12 (December)")
                    continue
                }
                byMonth.append(month)
            }
        default:
            preconditionFailure("\(name) is listed as supported but not read")
        }
    }

    /// A whole number from 1 to `most`. The limit keeps the expansion's date arithmetic
    /// (period × INTERVAL, in days or months) far from overflow.
    mutating func positiveInteger(_ value: Piece, name: String, most: Int) -> Int? {
        let digits = value.text.hasPrefix("+") ? value.text.dropFirst() : value.text[...]
        if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), Int(digits).map({ $0 > most }) ?? true {
            problem(value.column, "\(name) '\(value.text)' is more than \(most)",
                    hint: "write a whole number from 1 to \(most)")
            return nil
        }
        guard value.text.allSatisfy(\.isASCII), let number = Int(value.text), number >= 1 else {
            problem(value.column, "\(name) '\(value.text)' is not a whole number of at least 1",
                    hint: name == "INTERVAL" ? "write 1 for every time, 2 for every other, and so on" : "write how many meetings there are, e.g. COUNT=10")
            return nil
        }
        return number
    }

    /// `1FR`, `-1TH`, `+2MO` or `MO`.
    mutating func readWeekdayNumber(_ item: Piece) -> RecurrenceRule.WeekdayNumber? {
        let text = item.text.trimmingSpaces.uppercased()
        guard text.count >= 2, let weekday = Weekday(rawValue: String(text.suffix(2))) else {
            problem(item.column, "BYDAY '\(item.text)' is not a weekday",
                    hint: "use MO, TU, WE, TH, FR, SA or SU, optionally with a number as in 1FR or -1TH")
            return nil
        }
        let prefix = String(text.dropLast(2))
        guard !prefix.isEmpty else { return .init(weekday) }
        guard let ordinal = Int(prefix), (-53...53).contains(ordinal), ordinal != 0 else {
            problem(item.column, "BYDAY '\(item.text)' has an ordinal that is not a number from 1 to 53 or -1 to -53",
                    hint: "write 1FR for the first Friday, -1TH for the last Thursday")
            return nil
        }
        return .init(weekday, ordinal: ordinal)
    }

    /// `20270616`, `20270616T120000Z` or `20270616T120000`.
    mutating func readUntil(_ value: Piece) -> RecurrenceRule.Until? {
        let text = Array(value.text.uppercased())
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= text.count else { return nil }
            let digits = text[range]
            return digits.allSatisfy(\.isASCIIDigit) ? Int(String(digits)) : nil
        }
        if text.count == 8, let y = number(0..<4), let m = number(4..<6), let d = number(6..<8),
           let date = LocalDate(year: y, month: m, day: d) {
            return .date(date)
        }
        if text.count == 15 || (text.count == 16 && text[15] == "Z"), text[8] == "T",
           let y = number(0..<4), let m = number(4..<6), let d = number(6..<8),
           let h = number(9..<11), let mi = number(11..<13), let s = number(13..<15), s < 60,
           let time = LocalDateTime(year: y, month: m, day: d, hour: h, minute: mi) {
            return text.count == 16 ? .utc(time) : .local(time)
        }
        problem(value.column, "UNTIL '\(value.text)' is not a date (20270616) or date-time (20270616T215959Z)",
                hint: "write the date of the last meeting as eight digits, year month day, e.g. UNTIL=20270616")
        return nil
    }

    func finish() throws(RecurrenceRuleError) -> RecurrenceRule {
        var problems = self.problems
        func add(_ column: Int, _ message: String, _ hint: String, fileID: String = #fileID, line: Int = #line) {
            problems.append(.init(column: column, message: message, hint: hint, fileID: fileID, line: line))
        }
        if endColumns.count == 2 {
            add(endColumns[1], "COUNT and UNTIL cannot both be given", "keep one: COUNT=10 or UNTIL=20270616")
        }
        if let (frequency, _) = frequency {
            if frequency == .daily || frequency == .weekly {
                for (entry, column) in byDay where entry.ordinal != nil {
                    add(column, "BYDAY '\(entry.text)' has an ordinal, which only FREQ=MONTHLY or YEARLY allow",
                        "write '\(entry.weekday.rawValue)' for every \(entry.weekday.rawValue) of the week")
                }
            }
            if frequency == .weekly && !byMonthDay.isEmpty {
                add(byMonthDayColumn, "BYMONTHDAY cannot be used with FREQ=WEEKLY", "use FREQ=MONTHLY for days of the month")
            }
            if frequency == .monthly || frequency == .yearly,
               byDay.contains(where: { $0.0.ordinal == nil }) && byDay.contains(where: { $0.0.ordinal != nil }) {
                add(byDayColumn, "BYDAY mixes numbered and plain weekdays (\(byDay.map(\.0.text).joined(separator: ",")))",
                    "calendar programs disagree on what that means; use a separate event for the plain weekdays")
            }
            let withinMonth = frequency == .monthly || (frequency == .yearly && !byMonth.isEmpty)
            if withinMonth {
                for (entry, column) in byDay where abs(entry.ordinal ?? 0) > 5 {
                    add(column, "BYDAY '\(entry.text)' asks for more than 5 of a weekday in a month",
                        "use 1 to 5, or -1 to -5 counting from the end of the month")
                }
            }
        } else if seen["FREQ"] == nil {
            add(1, "the recurrence rule has no FREQ", "start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY")
        }
        guard problems.isEmpty, let (frequency, _) = frequency else {
            throw RecurrenceRuleError(problems: problems.sorted { $0.column < $1.column })
        }
        let end: RecurrenceRule.End = count.map { .count($0) } ?? until.map { .until($0) } ?? .never
        return RecurrenceRule(frequency: frequency, interval: interval, byDay: byDay.map(\.0),
                              byMonthDay: byMonthDay, byMonth: byMonth, end: end, weekStart: weekStart)
    }
}

private extension String {
    var trimmingSpaces: String { trimmingCharacters(in: .whitespaces) }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
