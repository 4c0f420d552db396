import Foundation

/// The Compute step for the calendar: which occurrences are coming and which have been,
/// relative to the build's "now" (never the clock), so the same `--now` gives the same pages.
struct CalendarSchedule: Sendable {
    /// One occurrence with the event it belongs to.
    struct Item: Sendable {
        var event: SiteEvent
        var occurrence: EventOccurrence
        /// When it ends: for an all-day event, midnight after its last day.
        var end: Date { occurrence.timing.end }
    }

    /// Occurrences not yet over and starting within ``horizonMonths`` months, soonest first.
    var upcoming: [Item]
    /// Occurrences over within the last ``horizonMonths`` months, most recent first.
    var past: [Item]

    /// How far ahead the calendar page looks, and how far back the archive does.
    static let horizonMonths = 12

    init(_ events: [SiteEvent], now: Date) {
        let today = StockholmTime.localTime(at: now)
        let ahead = Self.monthsLater(today, Self.horizonMonths)
        let back = Self.monthsLater(today, -Self.horizonMonths)
        // An event already under way started before now; a month covers the longest fair.
        let window = back.adding(minutes: -31 * 1440)..<ahead
        let items = events.flatMap { event in
            (event.event.occurrences(in: window) + Self.cancelled(event.event, in: window)).map {
                Item(event: event, occurrence: $0)
            }
        }
        upcoming = items.filter { $0.end > now && $0.occurrence.time.start < ahead }
            .sorted { ($0.occurrence.timing.start, $0.event.id) < ($1.occurrence.timing.start, $1.event.id) }
        past = items.filter { $0.end <= now && $0.occurrence.time.start >= back }
            .sorted { ($0.occurrence.timing.start, $1.event.id) > ($1.occurrence.timing.start, $0.event.id) }
    }

    /// The upcoming occurrences of one event.
    func upcoming(of id: String) -> [Item] { upcoming.filter { $0.event.id == id } }

    /// The occurrences cancelled one by one (EXDATE), which expansion leaves out but the
    /// pages show as "Inställt" so nobody comes in vain.
    static func cancelled(_ event: CalendarEvent, in window: Range<LocalDateTime>) -> [EventOccurrence] {
        event.cancelledOccurrences.filter(window.contains).map { event.occurrence(ruledAt: $0, cancelled: true) }
    }

    /// The same day and clock time `months` months later; a day the month lacks (31 April)
    /// becomes the month's last day.
    static func monthsLater(_ time: LocalDateTime, _ months: Int) -> LocalDateTime {
        let index = time.year * 12 + time.month - 1 + months
        let year = index / 12, month = index % 12 + 1
        let day = min(time.day, LocalDate.daysIn(month: month, year: year))
        return LocalDateTime(LocalDate(year: year, month: month, day: day)!, hour: time.hour, minute: time.minute)
    }
}
