/// A day of the week, in the order RFC 5545 and Swedish calendars list them (Monday first).
///
/// The raw value is the two-letter code an RRULE uses (`MO`, `TU`, …), so a parsed
/// `BYDAY` or `WKST` maps straight onto a case.
public enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable {
    case monday = "MO", tuesday = "TU", wednesday = "WE", thursday = "TH", friday = "FR", saturday = "SA", sunday = "SU"

    /// 0 for Monday … 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    public init(index: Int) {
        self = Weekday.allCases[((index % 7) + 7) % 7]
    }

    /// "Monday", for error messages (which are in English).
    public var englishName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
    }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}
