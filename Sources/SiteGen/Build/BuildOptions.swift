import Foundation

/// What a build is asked to do; the library reads no flags, environment or clock itself.
public struct BuildOptions: Sendable {
    /// The folder holding `Content/` and `Templates/`.
    public var source: URL
    /// Where the finished site is published (`Site/`); ``OutputGuard`` decides whether it may be replaced.
    public var output: URL
    /// The user's home folder, which no build may replace; the library does not look it up itself.
    public var home: URL?
    /// Overrides `baseURL` in `site.yml`; makes the sitemap's URLs absolute.
    public var baseURL: String?
    /// "Today" for the build: the date printed on pages and, later, the calendar's now.
    public var now: Date
    /// Secondary suppression (``SuppressionRule/secondarySuppression``); internal, so that
    /// only the disclosure tests can turn it off and no build can publish a leak.
    var secondarySuppression = true

    public init(source: URL, output: URL, home: URL? = nil, baseURL: String? = nil, now: Date) {
        self.source = source
        self.output = output
        self.home = home
        self.baseURL = baseURL
        self.now = now
    }
}

/// Reads `--now`: a local Stockholm date-time `2026-11-22T12:00` (seconds optional) or a
/// date `2026-11-22` (midnight).
public enum BuildDate {
    public static func parse(_ text: String) -> Date? {
        // Only 0–9: `\d` alone also matches other scripts' digits, which Int(_:) cannot read.
        let pattern = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.asciiOnlyDigits()
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        var parts = DateComponents()
        parts.year = Int(match.1)
        parts.month = Int(match.2)
        parts.day = Int(match.3)
        parts.hour = match.4.flatMap { Int($0) } ?? 0
        parts.minute = match.5.flatMap { Int($0) } ?? 0
        parts.second = match.6.flatMap { Int($0) } ?? 0
        let calendar = SwedishFormat.calendar
        guard let date = calendar.date(from: parts),
              calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                == calendar.dateComponents([.year, .month, .day, .hour, .minute], from: calendar.date(from: parts)!),
              calendar.component(.day, from: date) == parts.day, calendar.component(.month, from: date) == parts.month
        else { return nil }
        return date
    }
}
