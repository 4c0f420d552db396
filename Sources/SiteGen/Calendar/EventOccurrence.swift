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
