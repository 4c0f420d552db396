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
    public static func decimal(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), abs(value))
            .replacingOccurrences(of: ".", with: ",")
        return value < 0 && text.contains(where: { $0 != "0" && $0 != "," }) ? "\u{2212}" + text : text
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
