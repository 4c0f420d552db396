import Foundation

/// How the night's change to or from summer time moved one occurrence that a rule put
/// on it, so the page can say so beside the times it shows.
///
/// The occurrence keeps the series' length (see ``OccurrenceTiming``), so on the clock it
/// shows other times than on other nights: in spring a start at 02:30 becomes 03:30, a
/// meeting 01:00–04:00 ends at 05:00; in autumn a meeting 02:30–03:00 starts at the first
/// 02:30 (summer time) and ends at 02:00 (winter time), half an hour later.
public struct ClockChange: Sendable, Hashable {
    public enum Direction: Sendable, Hashable {
        /// Summer time begins: the clock jumps from 02:00 to 03:00.
        case forward
        /// Summer time ends: the clock goes back from 03:00 to 02:00, so 02:00–02:59 happens twice.
        case back
    }

    public var direction: Direction
    /// The clock just before and just after the change: 02:00 and 03:00 in spring, 03:00 and 02:00 in autumn.
    public var clockBefore: LocalDateTime
    public var clockAfter: LocalDateTime
    /// The start and end the rule gives, as the clock shows them on other nights.
    public var plannedStart: LocalDateTime
    public var plannedEnd: LocalDateTime
    /// What the clock shows when the occurrence really starts and ends.
    public var start: LocalDateTime
    public var end: LocalDateTime
    /// The planned start happens twice that night and the occurrence takes the first (RFC 5545 §3.3.5).
    public var startsAtFirstOfTwo: Bool
    /// The end is in the hour that happens twice, and is the first of the two.
    public var endsAtFirstOfTwo: Bool
    /// The exact length in minutes, the same as every other occurrence's.
    public var minutes: Int

    public var startMoved: Bool { start != plannedStart }
    public var endMoved: Bool { end != plannedEnd }

    /// The change that touches an occurrence planned at `planned` on the wall clock and really
    /// lasting from `start` to `end`, or nil when the clock shows it as on any other night.
    static func of(planned: (start: LocalDateTime, end: LocalDateTime), start: Date, end: Date) -> ClockChange? {
        let startResolution = StockholmTime.resolve(planned.start)
        let endResolution = StockholmTime.resolve(planned.end)
        let zone = StockholmTime.timeZone
        let touched = !startResolution.isUnique || !endResolution.isUnique
            || zone.secondsFromGMT(for: start) != zone.secondsFromGMT(for: end)
        guard touched, let change = zone.nextDaylightSavingTimeTransition(after: start.addingTimeInterval(-86_400)) else { return nil }
        let before = zone.secondsFromGMT(for: change.addingTimeInterval(-1))
        let after = zone.secondsFromGMT(for: change)
        let local = { (offset: Int) in LocalDateTime(minuteNumber: Int(change.timeIntervalSince1970) / 60 + offset / 60) }
        let endInstant = StockholmTime.instant(planned.end)
        return ClockChange(
            direction: after > before ? .forward : .back, clockBefore: local(before), clockAfter: local(after),
            plannedStart: planned.start, plannedEnd: planned.end,
            start: StockholmTime.localTime(at: start), end: StockholmTime.localTime(at: end),
            startsAtFirstOfTwo: startResolution.isAmbiguous,
            endsAtFirstOfTwo: endResolution.isAmbiguous && endInstant == end,
            minutes: Int(end.timeIntervalSince(start) / 60))
    }
}

extension StockholmTime.Resolution {
    var isUnique: Bool { if case .unique = self { true } else { false } }
    var isAmbiguous: Bool { if case .ambiguous = self { true } else { false } }
}
