extension CalendarEvent {
    /// The occurrences that start in `window` (on the wall clock), in order of their real start, with overrides applied
    /// and EXDATE removed — what a calendar program shows after reading ``ICalendarWriter``'s
    /// output.
    ///
    /// An occurrence moved into the window from outside it is included, one moved out of
    /// it is not. Occurrences that are not overridden last exactly as long as the first
    /// one (``OccurrenceTiming``; days for all-day events).
    public func occurrences(in window: Range<LocalDateTime>) -> [EventOccurrence] {
        let series = self.series
        let overridesByStart = Dictionary(overrides.map { ($0.originalStart, $0) }, uniquingKeysWith: { first, _ in first })
        var originals = series.occurrences(in: window)
        for change in overrides where window.contains(change.time.start) && !window.contains(change.originalStart)
            && !series.exceptions.contains(change.originalStart) && series.hasOccurrence(at: change.originalStart) {
            originals.append(change.originalStart)
        }
        return originals.map { start in
            guard let change = overridesByStart[start] else { return occurrence(ruledAt: start) }
            return EventOccurrence(originalStart: start, time: change.time, timing: OccurrenceTiming(written: change.time),
                                   title: change.title ?? title, description: change.description ?? description,
                                   location: change.location ?? location, isCancelled: isCancelled || change.isCancelled, isChanged: true)
        }
        .filter { window.contains($0.time.start) }
        .sorted { ($0.timing.start, $0.originalStart) < ($1.timing.start, $1.originalStart) }
    }

    /// The occurrence the rule puts at `start`, unchanged: the event's own times when it is
    /// the first, which the editor wrote.
    func occurrence(ruledAt start: LocalDateTime, cancelled: Bool = false) -> EventOccurrence {
        EventOccurrence(originalStart: start, time: time.moved(to: start),
                        timing: start == time.start ? OccurrenceTiming(written: time) : OccurrenceTiming(ruledAt: start, series: time),
                        title: title, description: description, location: location,
                        isCancelled: isCancelled || cancelled, isChanged: false)
    }
}
