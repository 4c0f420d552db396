/// The checks an event must pass before it is published, so that our pages and every
/// calendar program reading `kalender.ics` agree on when it happens.
///
/// Pure: it sees only the event. Problems found:
/// - a start or end that does not exist or is ambiguous on the Stockholm clock;
/// - an end before (or at) the start;
/// - a series whose first meeting spans a clock change (``spanProblem(_:)``);
/// - a start that is not an occurrence of its rule (RFC 5545 leaves that set undefined,
///   and recurring-ical-events and RFC 5545's COUNT disagree about it);
/// - UNTIL before the start;
/// - a cancelled or changed occurrence that the rule does not produce, or one given twice,
///   or one that is both cancelled and changed.
public enum EventCheck {
    public static func problems(in event: CalendarEvent) -> [EventProblem] {
        var problems = timeProblems(event.time, start: .start, end: .end)
        let series = event.series
        if let rule = event.recurrence {
            if !series.startMatchesRule {
                problems.append(EventProblem(.start, "the start \(event.time.start.date) (a \(event.time.start.date.weekday.englishName)) is not an occurrence of the rule \(rule.text())",
                                             hint: "move the start to the first meeting of the series"))
            }
            if let problem = spanProblem(event.time) { problems.append(problem) }
            if case .until(let until) = rule.end, until.stockholmDate < event.time.start.date {
                problems.append(EventProblem(.recurrencePart("UNTIL"), "UNTIL \(until.text) is before the start \(event.time.start.date)",
                                             hint: "UNTIL is the date of the last meeting"))
            }
        }
        var seen = Set<LocalDateTime>()
        for (index, time) in event.cancelledOccurrences.enumerated() {
            if !seen.insert(time).inserted {
                problems.append(EventProblem(.cancelledOccurrence(index), "\(label(time, event)) is cancelled twice", hint: "remove one of them"))
            } else if let problem = notAnOccurrence(time, of: event, series: series) {
                problems.append(problem.restated(on: .cancelledOccurrence(index), "cannot cancel \(label(time, event)): "))
            }
        }
        var changed = Set<LocalDateTime>()
        for (index, change) in event.overrides.enumerated() {
            let original = change.originalStart
            if !changed.insert(original).inserted {
                problems.append(EventProblem(.override(index), "the occurrence \(label(original, event)) is changed twice", hint: "merge the two changes"))
                continue
            }
            if let problem = notAnOccurrence(original, of: event, series: series) {
                problems.append(problem.restated(on: .override(index), "cannot change \(label(original, event)): "))
            } else if seen.contains(original) {
                problems.append(EventProblem(.override(index), "the occurrence \(label(original, event)) is both cancelled and changed",
                                             hint: "to cancel it, remove the change; to move it, remove the cancellation"))
            }
            if change.time.isAllDay != event.time.isAllDay {
                problems.append(EventProblem(.override(index), event.time.isAllDay
                    ? "a change to an all-day event must be all-day too" : "a change to a timed event must have a time too",
                    hint: event.time.isAllDay ? "write the new 'start' as a date, 2027-04-20, with no time"
                                              : "write the new 'start' with a time, 2027-04-20 13:00"))
            }
            problems += timeProblems(change.time, start: .override(index), end: .override(index))
        }
        return problems
    }

    /// Nonexistent, ambiguous, and end-before-start.
    static func timeProblems(_ time: EventTime, start startField: EventProblem.Field, end endField: EventProblem.Field) -> [EventProblem] {
        switch time {
        case .allDay(let first, let last):
            guard last < first else { return [] }
            return [EventProblem(endField, "the last day \(last) is before the first day \(first)", hint: "check the dates")]
        case .timed(let start, let end):
            var problems: [EventProblem] = []
            var instants: [Double] = []
            for (time, field) in [(start, startField), (end, endField)] {
                do { instants.append(try StockholmTime.exactInstant(time).timeIntervalSince1970) } catch {
                    problems.append(EventProblem(field, error.message, hint: error.hint))
                }
            }
            let endsFirst = instants.count == 2 ? instants[1] <= instants[0] : end <= start
            if endsFirst {
                problems.append(EventProblem(endField, end == start ? "the meeting ends when it starts (\(start))"
                                                 : "the meeting ends (\(end)) before it starts (\(start))",
                                             hint: "check the date and time of the end"))
            }
            return problems
        }
    }

    /// A series whose first meeting spans a clock change: RFC 5545 §3.8.5.3 gives every
    /// meeting the time that passes during the first, which on other days is not what the
    /// clock showed (01:00–04:00 on the spring night lasts two hours, so 01:00–03:00 later).
    static func spanProblem(_ time: EventTime) -> EventProblem? {
        guard time.spansClockChange, case .timed(let start, let end) = time,
              StockholmTime.resolve(start).isUnique, StockholmTime.resolve(end).isUnique else { return nil }
        let passing = Int(time.exactLength) / 60, shown = end.minuteNumber - start.minuteNumber
        return EventProblem(.end, "the first meeting (\(start)–\(end.date == start.date ? end.clockText : end.description)) spans the change "
                            + (passing < shown ? "to" : "from") + " summer time, so it lasts \(passing) minutes, not the \(shown) the clock shows;"
                            + " calendar programs would give every meeting of the series \(passing) minutes",
                            hint: "start the series on another day; the meeting on this night then keeps the series' length, or give it its own times under 'andringar'")
    }

    /// Why `time` is not an occurrence, with the nearest occurrences as a hint; nil when it is.
    static func notAnOccurrence(_ time: LocalDateTime, of event: CalendarEvent, series: Recurrence) -> EventProblem? {
        guard event.recurrence != nil else {
            return EventProblem(.recurrence, "the event does not repeat", hint: "change the event itself instead")
        }
        guard !series.hasOccurrence(at: time) else { return nil }
        let nearby = Recurrence(start: series.start, rule: series.rule).occurrences(in: time.adding(minutes: -400 * 1440)..<time.adding(minutes: 400 * 1440))
        let before = nearby.last { $0 < time }
        let after = nearby.first { $0 > time }
        let names = [before, after].compactMap { $0.map { label($0, event) } }
        return EventProblem(.recurrence, "it is not an occurrence of the series",
                            hint: names.isEmpty ? "check the date against the rule in 'upprepning'"
                                               : "the nearest occurrences are " + names.joined(separator: " and "))
    }

    /// "2026-03-10 18:00", or "2026-03-10" for an all-day event.
    static func label(_ time: LocalDateTime, _ event: CalendarEvent) -> String {
        event.time.isAllDay ? time.date.description : time.description
    }
}
