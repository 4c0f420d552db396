/// One meeting of an event as a page or a list shows it: the rule's time, or the
/// override's time, place and note when that occurrence was moved or changed.
public struct EventOccurrence: Sendable, Hashable {
    /// The start the rule gives it; differs from `time.start` when moved.
    public var originalStart: LocalDateTime
    public var time: EventTime
    public var title: String
    public var description: String?
    public var location: String?
    /// The whole event, or this one occurrence, is cancelled.
    public var isCancelled: Bool
    /// An override changed this occurrence (time, place or note).
    public var isChanged: Bool
}

extension CalendarEvent {
    /// The occurrences that start in `window`, in start order, with overrides applied
    /// and EXDATE removed — what a calendar program shows after reading ``ICalendarWriter``'s
    /// output.
    ///
    /// An occurrence moved into the window from outside it is included, one moved out of
    /// it is not. Occurrences that are not overridden last as long as the first one, on
    /// the wall clock (minutes for timed events, days for all-day ones).
    public func occurrences(in window: Range<LocalDateTime>) -> [EventOccurrence] {
        let series = self.series
        let overridesByStart = Dictionary(overrides.map { ($0.originalStart, $0) }, uniquingKeysWith: { first, _ in first })
        var originals = series.occurrences(in: window)
        for change in overrides where window.contains(change.time.start) && !window.contains(change.originalStart)
            && !series.exceptions.contains(change.originalStart) && series.hasOccurrence(at: change.originalStart) {
            originals.append(change.originalStart)
        }
        return originals.map { start in
            guard let change = overridesByStart[start] else {
                return EventOccurrence(originalStart: start, time: time.moved(to: start), title: title, description: description,
                                       location: location, isCancelled: isCancelled, isChanged: false)
            }
            return EventOccurrence(originalStart: start, time: change.time, title: change.title ?? title,
                                   description: change.description ?? description, location: change.location ?? location,
                                   isCancelled: isCancelled || change.isCancelled, isChanged: true)
        }
        .filter { window.contains($0.time.start) }
        .sorted { ($0.time.start, $0.originalStart) < ($1.time.start, $1.originalStart) }
    }
}

extension EventTime {
    /// The same length, starting at `start`.
    func moved(to start: LocalDateTime) -> EventTime {
        switch self {
        case .timed(let first, let end):
            .timed(start: start, end: start.adding(minutes: end.minuteNumber - first.minuteNumber))
        case .allDay(let first, let last):
            .allDay(first: start.date, last: start.date.adding(days: last.dayNumber - first.dayNumber))
        }
    }
}
