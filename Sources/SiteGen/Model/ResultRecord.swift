/// One provider's results in one programme for one year, from `Content/resultat/*.csv`.
///
/// Counts are of customers whose programme ended that year. Optional columns that were
/// left empty are nil ("not reported"), never 0.
///
/// Every count is 0 to ``CSVNumber/largestCount`` and `meanDays` 0 to 10 000, checked
/// where the row is read, so a sum of counts over all the rows a site can hold (a pooled
/// share, a programme's total) stays far below `Int.max` and needs no overflow check.
public struct ResultRecord: Sendable, Hashable {
    public var provider: Located<String>
    public var programme: Located<String>
    public var year: Located<Int>
    /// `avslutade`: customers whose programme ended.
    public var ended: Int
    /// `egen_forsorjning`: of those, ended in work, studies or own business.
    public var selfSufficient: Int
    /// `arbete`, `studier`, `eget_foretag`: the split of `selfSufficient`.
    public var work: Int?
    public var studies: Int?
    public var ownBusiness: Int?
    /// `medeldagar`: average days in programme before self-sufficiency.
    public var meanDays: Double?
    /// `aterkommande_24m`: of the self-sufficient, how many came back within 24 months.
    public var returnedWithin24Months: Int?
    /// Other reasons for ending, by column name (`annan_insats`, `flytt`, `sjukdom`, `missnoje`, `ovrigt`).
    public var otherEndings: [EndingReason: Int]
    /// Where the row was written, for later cross-checks.
    public var location: SourceLocation
}

/// Why a programme ended, other than self-sufficiency; the raw value is the CSV column.
public enum EndingReason: String, Sendable, CaseIterable, Hashable {
    case otherProgramme = "annan_insats"
    case moved = "flytt"
    case illness = "sjukdom"
    case dissatisfied = "missnoje"
    case other = "ovrigt"
}
