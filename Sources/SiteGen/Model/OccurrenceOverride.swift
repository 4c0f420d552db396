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
