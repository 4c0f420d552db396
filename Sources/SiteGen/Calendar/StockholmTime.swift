import Foundation

/// Turns wall-clock times in Europe/Stockholm into instants and back, and says when a
/// wall-clock time does not exist or happens twice.
///
/// Summer time starts on the last Sunday of March (02:00 → 03:00, so 02:30 never
/// happens) and ends on the last Sunday of October (03:00 → 02:00, so 02:30 happens
/// twice). Offsets come from the system's tzdata through Foundation's `TimeZone`.
public enum StockholmTime {
    /// The IANA name, as written in `TZID` parameters.
    public static let identifier = "Europe/Stockholm"

    public static let timeZone = SwedishFormat.timeZone

    /// How one wall-clock time maps onto instants.
    public enum Resolution: Sendable, Hashable {
        /// The usual case: exactly one instant.
        case unique(Date)
        /// The time falls in the spring-forward gap. `shifted` is the instant RFC 5545
        /// §3.3.5 prescribes: the time read with the UTC offset in force before the gap,
        /// so 02:30 becomes 03:30 summer time.
        case nonexistent(shifted: Date)
        /// The time falls in the autumn-back overlap and names two instants, one hour apart.
        /// RFC 5545 §3.3.5 picks `earlier` (the summer-time one).
        case ambiguous(earlier: Date, later: Date)
    }

    /// Every instant `time` can name on a Stockholm wall clock.
    ///
    /// Works by trying the offsets in force a day before and a day after: a local time is
    /// valid for an offset when that offset is in force at the resulting instant. None
    /// valid means a gap, two valid means an overlap. Stockholm never changes its offset
    /// twice within two days, which this relies on.
    public static func resolve(_ time: LocalDateTime) -> Resolution {
        let wallSeconds = TimeInterval(time.minuteNumber * 60)
        let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallSeconds - 86_400))
        let after = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallSeconds + 86_400))
        let valid = Set([before, after]).filter { offset in
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallSeconds - TimeInterval(offset))) == offset
        }
        switch valid.count {
        case 0:
            return .nonexistent(shifted: Date(timeIntervalSince1970: wallSeconds - TimeInterval(before)))
        case 1:
            return .unique(Date(timeIntervalSince1970: wallSeconds - TimeInterval(valid.first!)))
        default:
            let instants = valid.map { Date(timeIntervalSince1970: wallSeconds - TimeInterval($0)) }.sorted()
            return .ambiguous(earlier: instants[0], later: instants[1])
        }
    }

    /// The instant RFC 5545 gives `time`: shifted forward out of a gap, the earlier of
    /// two in an overlap. For occurrences computed by a rule, where the editor could
    /// not have chosen another time.
    public static func instant(_ time: LocalDateTime) -> Date {
        switch resolve(time) {
        case .unique(let date), .nonexistent(shifted: let date), .ambiguous(earlier: let date, later: _): date
        }
    }

    /// The one instant `time` names, or an error when the editor wrote a time that does
    /// not exist or is ambiguous — those are mistakes to fix, not to guess at.
    public static func exactInstant(_ time: LocalDateTime) throws(LocalTimeError) -> Date {
        switch resolve(time) {
        case .unique(let date): return date
        case .nonexistent: throw .nonexistent(time)
        case .ambiguous: throw .ambiguous(time)
        }
    }

    /// The Stockholm wall-clock time at `instant`, to the minute (seconds are dropped).
    public static func localTime(at instant: Date) -> LocalDateTime {
        let offset = timeZone.secondsFromGMT(for: instant)
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        return LocalDateTime(minuteNumber: seconds >= 0 ? seconds / 60 : (seconds - 59) / 60)
    }

    /// The UTC wall-clock time at `instant`, to the minute, as `UNTIL=…Z` and DTSTAMP use.
    public static func utcTime(at instant: Date) -> LocalDateTime {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        return LocalDateTime(minuteNumber: seconds >= 0 ? seconds / 60 : (seconds - 59) / 60)
    }

    /// The instant a UTC wall-clock time names.
    public static func instant(utc time: LocalDateTime) -> Date {
        Date(timeIntervalSince1970: TimeInterval(time.minuteNumber * 60))
    }
}
