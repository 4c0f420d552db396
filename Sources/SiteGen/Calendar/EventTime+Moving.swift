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
