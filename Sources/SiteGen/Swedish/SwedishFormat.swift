import Foundation

/// Dates and numbers as a Swedish reader expects them, independent of the machine's locale:
/// "16 juni 2021", "45 %" (non-breaking space), "3,77".
public enum SwedishFormat {
    static let months = ["januari", "februari", "mars", "april", "maj", "juni",
                         "juli", "augusti", "september", "oktober", "november", "december"]

    /// The site's time zone: every date the site shows is a date in Nacka.
    public static let timeZone = TimeZone(identifier: "Europe/Stockholm")!

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// "22 november 2026".
    public static func date(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day!) \(months[parts.month! - 1]) \(parts.year!)"
    }

    /// "2026-11-22", for `<time datetime>` and sitemaps.
    public static func isoDate(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// "3,77" with `decimals` digits after the decimal comma; a minus sign is U+2212.
    /// Rounded by ``rounded(_:decimals:)``.
    public static func decimal(_ value: Double, decimals: Int) -> String {
        let units = scaledRounded(abs(value), decimals: decimals)
        var digits = String(Int64(units))
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
            digits.insert(",", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return value < 0 && units > 0 ? "\u{2212}" + digits : digits
    }

    /// `value` rounded to `decimals` places, a half away from zero — as Excel's ROUND, and
    /// so the municipality's reports, round: 4,245 is 4,25 and 12,5 % is 13 %. The binary
    /// noise of arithmetic is set aside first (a weighted mean that is 4,245 exactly may be
    /// computed as 4,244999…), so the page, the CSV and the JSON always agree. It is also
    /// quick, unlike `String(format:locale:)`, which took a quarter of a large site's build.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        scaledRounded(value, decimals: decimals) / pow(10, Double(decimals))
    }

    /// `value` in units of the last decimal, rounded as ``rounded(_:decimals:)`` says.
    private static func scaledRounded(_ value: Double, decimals: Int) -> Double {
        precondition(value.isFinite && (0...9).contains(decimals), "a finite number with 0–9 decimals")
        let scaled = value * pow(10, Double(decimals))
        precondition(abs(scaled) < 1e15, "a number this large is not a figure on this site")
        let denoised = abs(scaled) < 1e9 ? (scaled * 1e6).rounded() / 1e6 : scaled
        return denoised.rounded(.toNearestOrAwayFromZero)
    }

    /// "45 %", with a non-breaking space so the sign never wraps alone.
    public static func percent(_ fraction: Double, decimals: Int = 0) -> String {
        decimal(fraction * 100, decimals: decimals) + "\u{00A0}%"
    }

    /// "svenska, arabiska och somaliska".
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " och " + items.last!
    }
}
