import Foundation

/// Calendar dates and times as the pages print them: the `datetime` attribute with the
/// full Stockholm time and its offset, and Swedish words for the reader.
enum CalendarText {
    /// `2026-12-04T09:00+01:00`. A time the rule put in the spring gap is shown as the
    /// instant it names (02:30 becomes 03:30+02:00), as calendar programs do.
    static func iso(_ time: LocalDateTime) -> String {
        let instant = StockholmTime.instant(time)
        let local = StockholmTime.localTime(at: instant)
        let offset = StockholmTime.timeZone.secondsFromGMT(for: instant) / 60
        let sign = offset < 0 ? "-" : "+"
        return "\(local.date)T\(clockDigits(local, ":"))\(sign)\(LocalDate.pad(abs(offset) / 60, 2)):\(LocalDate.pad(abs(offset) % 60, 2))"
    }

    /// An instant as ``iso(_:)`` writes it, for the script's `data-end`.
    static func iso(_ instant: Date) -> String { iso(StockholmTime.localTime(at: instant)) }

    /// "fredag 4 december 2026".
    static func day(_ date: LocalDate) -> String {
        "\(date.weekday.swedishName) \(date.day) \(SwedishFormat.months[date.month - 1]) \(date.year)"
    }

    /// "fredag 4 december 2026 kl. 09.00".
    static func dayAndClock(_ time: LocalDateTime) -> String {
        day(time.date) + " kl. " + clock(time)
    }

    /// "09.00", Swedish style.
    static func clock(_ time: LocalDateTime) -> String {
        clockDigits(StockholmTime.localTime(at: StockholmTime.instant(time)), ".")
    }

    /// "December 2026".
    static func month(year: Int, month: Int) -> String {
        SwedishFormat.months[month - 1].capitalized(with: Locale(identifier: "sv_SE")) + " \(year)"
    }

    private static func clockDigits(_ time: LocalDateTime, _ separator: String) -> String {
        LocalDate.pad(time.hour, 2) + separator + LocalDate.pad(time.minute, 2)
    }
}
