/// One meeting of an event as a page or a list shows it: the rule's time, or the
/// override's time, place and note when that occurrence was moved or changed.
public struct EventOccurrence: Sendable, Hashable {
    /// The start the rule gives it; differs from `time.start` when moved.
    public var originalStart: LocalDateTime
    /// The wall-clock times the rule or the change gives; a start the rule puts in the
    /// spring gap stays e.g. 02:30 here, and ``timing`` says when that really is.
    public var time: EventTime
    /// When it really starts and ends, and how that night's clock change moved it.
    public var timing: OccurrenceTiming
    public var title: String
    public var description: String?
    public var location: String?
    /// The whole event, or this one occurrence, is cancelled.
    public var isCancelled: Bool
    /// An override changed this occurrence (time, place or note).
    public var isChanged: Bool
}
