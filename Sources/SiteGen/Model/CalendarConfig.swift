/// The `calendar:` group of `site.yml`: which kinds of events and audiences exist, and the
/// domain that makes each event's iCalendar UID unique (`<id>@<domain>`).
public struct CalendarConfig: Sendable, Hashable {
    /// Kinds (`dialogmote` "Dialogmöte"), in the order the filters show them.
    public var kinds: [CalendarCategory]
    /// Audiences (`anordnare` "Anordnare"), in the order the filters show them.
    public var audiences: [CalendarCategory]
    /// Part of every UID. It must never change once the calendar is published, or every
    /// subscriber gets each event twice; so it defaults to the host of `baseURL` only
    /// when `domain` is not given, and to ``fallbackDomain`` when neither is.
    public var domain: String

    public static let fallbackDomain = "kalender.sitegen.invalid"

    public func kind(_ id: String) -> CalendarCategory? { kinds.first { $0.id == id } }
    public func audience(_ id: String) -> CalendarCategory? { audiences.first { $0.id == id } }
}

/// A kind or an audience: an id for addresses and files, a Swedish name for the page.
public struct CalendarCategory: Sendable, Hashable {
    public var id: String
    public var name: String
}
