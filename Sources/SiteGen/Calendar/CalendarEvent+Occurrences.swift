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
