import Foundation

/// What `Content/site.yml` says, checked: the site's identity and the configuration that
/// makes the generator serve any kundval service (programmes and questions are data).
public struct SiteConfig: Sendable {
    public var title: String
    public var organisation: String
    public var language: String
    public var baseURL: String?
    public var description: String
    /// When the results and survey figures were published; shown on every page.
    public var dataPublished: Date?
    public var programmes: [Programme]
    public var questions: [SurveyQuestion]

    /// The survey's areas in the order their first question appears in `site.yml`.
    public var areas: [String] {
        var areas: [String] = []
        for question in questions where !areas.contains(question.area) { areas.append(question.area) }
        return areas
    }
    public var districts: [String]
    public var languages: [String]
    public var suppression: SuppressionRule
    /// The calendar's kinds and audiences; nil when the site has no calendar.
    public var calendar: CalendarConfig? = nil
}

/// A programme (insats) that providers are authorised for, such as `grund`.
public struct Programme: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String
}

/// A survey question; questions with the same `area` form an area index.
public struct SurveyQuestion: Sendable, Hashable {
    public var id: String
    public var area: String
    public var text: String
    /// The years the survey asked it (`firstYear`, `lastYear` in `site.yml`); open-ended
    /// when not given. An area's index is taken over the questions asked that year.
    public var years: ClosedRange<Int> = Int.min...Int.max

    public init(id: String, area: String, text: String, years: ClosedRange<Int> = Int.min...Int.max) {
        self.id = id
        self.area = area
        self.text = text
        self.years = years
    }

    public func isAsked(in year: Int) -> Bool { years.contains(year) }
}

/// The minimum-frequency rule: the smallest group whose figure may be published.
///
/// Both limits are inclusive, as in the municipality's own survey report, which prints
/// cells with exactly 5 answers: a survey cell is shown when `answers >= minimumAnswers`,
/// a result cell when `ended >= minimumEnded`.
public struct SuppressionRule: Sendable, Hashable {
    public var minimumAnswers: Int = 5
    public var minimumEnded: Int = 10
    /// Secondary (complementary) suppression: hide an aggregate that has a hidden input
    /// (see ``aggregate(_:count:)``). Deliberately internal and not read from `site.yml`:
    /// only the disclosure tests turn it off, to show that their attacker finds the leak
    /// the municipality's 2021 report had; no build can publish that way.
    var secondarySuppression = true
}
