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
