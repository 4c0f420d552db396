/// `kalender/`, a filtered list (`kalender/typ-dialogmote/`) or the archive (`kalender/tidigare/`).
struct CalendarPageView: Sendable {
    var layout: LayoutView
    var title: String
    var lead: String
    var filterGroups: [CalendarFilterView]
    var months: [CalendarMonthView]
    var isEmpty: Bool
    var emptyText: String
    /// The feed of what this page lists, and the whole calendar's.
    var feeds: [LinkView]
    var otherFeeds: [LinkView]
    var builtISO: String
    var builtText: String
    var archiveHref: String
    var calendarHref: String
    var isArchive: Bool
    var scriptSrc: String
}

/// One group of filter links (by kind, by audience).
struct CalendarFilterView: Sendable {
    var id: String
    var legend: String
    var links: [LinkView]
}

/// A month's heading and its occurrences.
struct CalendarMonthView: Sendable {
    var id: String
    var heading: String
    var occurrences: [OccurrenceView]
}

/// One occurrence as a list shows it; every time also as a `datetime` with its offset.
struct OccurrenceView: Sendable {
    var title: String
    var href: String
    var showTitle: Bool
    var startISO: String
    var startText: String
    /// Nil for a one-day all-day event.
    var endISO: String?
    var endText: String?
    /// When it is over, for the script that hides past occurrences.
    var endsISO: String
    var kind: String
    var audience: String
    var place: String?
    var link: ContactView?
    /// Kind, audience, place or link to show; the event's own page leaves out what it says above.
    var hasMeta: Bool
    var isCancelled: Bool
    var status: OccurrenceStatusView?
    /// Said when that night's change of summer time moved the times shown.
    var clockChange: ClockChangeView?
    var note: String?
}

/// "Tiden flyttad av sommartid" and what the change does to the meeting.
struct ClockChangeView: Sendable {
    var label: String
    var text: String
}

/// "Inställt: skälet" or "Flyttat från fredag 4 december 2026 kl. 09.00".
struct OccurrenceStatusView: Sendable {
    var label: String
    var fromISO: String?
    var fromText: String?
    var reason: String?
}

/// `kalender/<id>/`: one event, its rule in words and its coming dates.
struct EventPageView: Sendable {
    var layout: LayoutView
    var title: String
    var cancelledReason: String?
    var facts: [FactView]
    var rule: RuleView?
    var contact: String?
    var place: String?
    var link: ContactView?
    var bodyHTML: String
    var occurrences: [OccurrenceView]
    var hasOccurrences: Bool
    var icsHref: String
    var calendarHref: String
    var scriptSrc: String
}

/// A rule in words, its last date as a `<time>`: "Varannan vecka på torsdag, till och med 17 juni 2027".
struct RuleView: Sendable {
    var pattern: String
    var countText: String?
    var untilISO: String?
    var untilText: String?
}

/// The home page's next three occurrences.
struct HomeCalendarView: Sendable {
    var occurrences: [OccurrenceView]
    var isEmpty: Bool
    var href: String
}
