import Foundation

/// A dialogue meeting as the calendar files need it: checked values, no file reading.
///
/// Times are Stockholm wall-clock times (``LocalDateTime``); the iCalendar writer labels
/// them `TZID=Europe/Stockholm` so calendar programs keep a recurring meeting at 18:00
/// through summer-time changes.
public struct CalendarEvent: Sendable, Hashable {
    /// Stable across builds (the file name, `Content/kalender/<id>.md`); the UID is
    /// derived from it, so calendar programs recognise an edited event as the same one.
    public var id: String
    public var title: String
    public var description: String?
    public var location: String?
    public var url: String?
    public var time: EventTime
    public var recurrence: RecurrenceRule?
    /// Starts of cancelled occurrences (EXDATE); midnight for all-day events.
    public var cancelledOccurrences: [LocalDateTime]
    /// Single occurrences moved or changed (RECURRENCE-ID).
    public var overrides: [OccurrenceOverride]
    /// The whole event is cancelled (STATUS:CANCELLED), kept so subscribers see it go.
    public var isCancelled: Bool
    /// Raised by the editor on each significant change (RFC 5545 SEQUENCE).
    public var sequence: Int
    /// When the event was last changed; written as DTSTAMP, so output depends on the
    /// content and not on when the site was built.
    public var modified: Date

    public init(id: String, title: String, description: String? = nil, location: String? = nil, url: String? = nil,
                time: EventTime, recurrence: RecurrenceRule? = nil, cancelledOccurrences: [LocalDateTime] = [],
                overrides: [OccurrenceOverride] = [], isCancelled: Bool = false, sequence: Int = 0, modified: Date) {
        self.id = id
        self.title = title
        self.description = description
        self.location = location
        self.url = url
        self.time = time
        self.recurrence = recurrence
        self.cancelledOccurrences = cancelledOccurrences
        self.overrides = overrides
        self.isCancelled = isCancelled
        self.sequence = sequence
        self.modified = modified
    }

    /// The series as ``Recurrence`` expands it.
    public var series: Recurrence {
        Recurrence(start: time.start, rule: recurrence, exceptions: Set(cancelledOccurrences))
    }
}

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

/// One occurrence of a series that differs from the rule: moved, with another place or a
/// note, or cancelled on its own. Fields left nil are taken from the series.
public struct OccurrenceOverride: Sendable, Hashable {
    /// The start the rule gives this occurrence (RECURRENCE-ID).
    public var originalStart: LocalDateTime
    public var time: EventTime
    public var title: String?
    public var description: String?
    public var location: String?
    public var isCancelled: Bool

    public init(originalStart: LocalDateTime, time: EventTime, title: String? = nil, description: String? = nil,
                location: String? = nil, isCancelled: Bool = false) {
        self.originalStart = originalStart
        self.time = time
        self.title = title
        self.description = description
        self.location = location
        self.isCancelled = isCancelled
    }
}
