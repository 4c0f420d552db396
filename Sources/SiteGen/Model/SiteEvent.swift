/// An event of the site's calendar: the ``CalendarEvent`` the calendar code expands and
/// writes, plus what only the pages need (kind, audiences, contact, the reason it was
/// cancelled, notes on changed occurrences, the Markdown description).
public struct SiteEvent: Sendable {
    public var event: CalendarEvent
    /// An id from `calendar.kinds` in `site.yml`.
    public var kind: String
    /// Ids from `calendar.audiences`, in `site.yml` order.
    public var audiences: [String]
    public var contact: String?
    /// Why the whole event is cancelled; nil when it is not.
    public var cancellationReason: String?
    /// The editor's note on a changed occurrence, by the start the rule gave it.
    public var notes: [LocalDateTime: String]
    public var body: MarkdownSource

    public var id: String { event.id }
}
