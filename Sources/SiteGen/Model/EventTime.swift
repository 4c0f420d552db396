/// When an event happens: a start and end on the Stockholm wall clock, or whole days.
public enum EventTime: Sendable, Hashable {
    case timed(start: LocalDateTime, end: LocalDateTime)
    /// From `first` through `last`, both inclusive.
    case allDay(first: LocalDate, last: LocalDate)

    /// The start; midnight for an all-day event.
    public var start: LocalDateTime {
        switch self {
        case .timed(let start, _): start
        case .allDay(let first, _): LocalDateTime(first, hour: 0, minute: 0)
        }
    }

    public var isAllDay: Bool {
        if case .allDay = self { return true }
        return false
    }
}
