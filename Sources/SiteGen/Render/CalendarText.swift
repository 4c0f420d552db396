import Foundation

/// Calendar dates and times as the pages print them: the `datetime` attribute with the
/// full Stockholm time and its offset, and Swedish words for the reader.
enum CalendarText {
    /// `2026-12-04T09:00+01:00`. A time the rule put in the spring gap is shown as the
    /// instant it names (02:30 becomes 03:30+02:00), as calendar programs do.
    static func iso(_ time: LocalDateTime) -> String { iso(StockholmTime.instant(time)) }

    /// An instant with the offset in force then, so the second 02:30 of the autumn night
    /// is `02:30+01:00` and the first `02:30+02:00`.
    static func iso(_ instant: Date) -> String {
        let local = StockholmTime.localTime(at: instant)
        let offset = StockholmTime.timeZone.secondsFromGMT(for: instant) / 60
        let sign = offset < 0 ? "-" : "+"
        return "\(local.date)T\(clockDigits(local, ":"))\(sign)\(LocalDate.pad(abs(offset) / 60, 2)):\(LocalDate.pad(abs(offset) % 60, 2))"
    }

    /// "fredag 4 december 2026".
    static func day(_ date: LocalDate) -> String {
        "\(date.weekday.swedishName) \(date.day) \(SwedishFormat.months[date.month - 1]) \(date.year)"
    }

    /// "fredag 4 december 2026 kl. 09.00".
    static func dayAndClock(_ time: LocalDateTime) -> String {
        day(time.date) + " kl. " + clock(time)
    }

    /// "09.00", Swedish style.
    static func clock(_ time: LocalDateTime) -> String { clock(StockholmTime.instant(time)) }

    /// What the Stockholm clock shows at `instant`: "09.00".
    static func clock(_ instant: Date) -> String { clockDigits(StockholmTime.localTime(at: instant), ".") }

    /// "söndag 29 mars 2026 kl. 03.30", as the clock shows `instant`.
    static func dayAndClock(_ instant: Date) -> String {
        day(StockholmTime.localTime(at: instant).date) + " kl. " + clock(instant)
    }

    /// "December 2026".
    static func month(year: Int, month: Int) -> String {
        SwedishFormat.months[month - 1].capitalized(with: Locale(identifier: "sv_SE")) + " \(year)"
    }

    private static func clockDigits(_ time: LocalDateTime, _ separator: String) -> String {
        LocalDate.pad(time.hour, 2) + separator + LocalDate.pad(time.minute, 2)
    }
}
