/// A recurring series: its first start (DTSTART, a Stockholm wall-clock time), the rule,
/// and the cancelled occurrences (EXDATE).
///
/// Expansion follows RFC 5545 §3.3.10 and §3.8.5:
/// - DTSTART is always the first occurrence and counts toward COUNT, even when it does
///   not match the rule (RFC 5545 calls such a set undefined; ``startMatchesRule`` lets the
///   loader reject it). Rule occurrences before DTSTART are never produced.
/// - Every occurrence keeps DTSTART's wall-clock time, across summer-time changes.
///   An occurrence that lands in the spring gap stays e.g. 02:30 here; ``StockholmTime``
///   turns it into 03:30 summer time, as §3.3.5 prescribes, and it counts toward COUNT.
///   (§3.3.10 says instead that such an instance is ignored and not counted; we follow
///   §3.3.5, as recurring-ical-events and python-dateutil do, so a subscriber's calendar
///   and our pages list the same meetings. ``OccurrenceTiming`` gives its length.)
/// - Dates that do not exist (30 February, the 31st of a 30-day month) are skipped,
///   not moved.
/// - EXDATE removes occurrences after COUNT is applied, so a cancelled meeting still
///   uses up one of the COUNT.
public struct Recurrence: Sendable, Hashable {
    public var start: LocalDateTime
    public var rule: RecurrenceRule?
    public var exceptions: Set<LocalDateTime>

    public init(start: LocalDateTime, rule: RecurrenceRule?, exceptions: Set<LocalDateTime> = []) {
        self.start = start
        self.rule = rule
        self.exceptions = exceptions
    }

    /// The starts of the occurrences in `window` ([lower, upper), wall-clock), in order,
    /// without the cancelled ones. Stops at the window's end, so a rule without COUNT
    /// or UNTIL is safe to expand.
    public func occurrences(in window: Range<LocalDateTime>) -> [LocalDateTime] {
        var result: [LocalDateTime] = []
        forEachOccurrence(before: window.upperBound) { time in
            if time >= window.lowerBound && !exceptions.contains(time) { result.append(time) }
        }
        return result
    }

    /// Whether the rule (ignoring EXDATE) produces an occurrence starting at `time`; an
    /// EXDATE or RECURRENCE-ID that is not one is a mistake to report.
    public func hasOccurrence(at time: LocalDateTime) -> Bool {
        var found = false
        forEachOccurrence(before: time.adding(minutes: 1)) { if $0 == time { found = true } }
        return found
    }

    /// Whether DTSTART is itself an occurrence of the rule, as RFC 5545 asks
    /// ("SHOULD be synchronized"); calendar programs disagree about sets where it is not.
    public var startMatchesRule: Bool {
        guard let rule else { return true }
        var generator = RuleDates(rule: rule, start: start)
        return generator.nextPeriod().contains(start.date)
    }

    /// Calls `body` with every occurrence before `limit`, in order, EXDATE not applied.
    func forEachOccurrence(before limit: LocalDateTime, _ body: (LocalDateTime) -> Void) {
        guard start < limit else { return }
        body(start)
        guard let rule else { return }
        var produced = 1
        var generator = RuleDates(rule: rule, start: start)
        while true {
            let dates = generator.nextPeriod()
            if generator.periodStart > limit.date { return }
            if case .until(let until) = rule.end, generator.periodStart > until.stockholmDate.adding(days: 1) { return }
            for date in dates {
                let time = LocalDateTime(date, hour: start.hour, minute: start.minute)
                guard time > start else { continue }
                if time >= limit || rule.isPast(time) { return }
                if case .count(let count) = rule.end, produced >= count { return }
                produced += 1
                body(time)
            }
        }
    }
}

extension RecurrenceRule {
    /// Whether `time` comes after UNTIL (which is inclusive).
    func isPast(_ time: LocalDateTime) -> Bool {
        switch end {
        case .never, .count: false
        case .until(.date(let date)): time.date > date
        case .until(.local(let until)): time > until
        case .until(.utc(let until)): StockholmTime.instant(time) > StockholmTime.instant(utc: until)
        }
    }
}
