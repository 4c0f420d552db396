/// One survey cell from `Content/nojdhet/*.csv`: a question's mean for a provider (or
/// `alla`, the vendor's all-provider figure) in a programme (or across all) and year.
public struct SurveyRecord: Sendable {
    /// A provider id, or ``SurveyRecord/allProviders``.
    public var provider: Located<String>
    /// nil when the row is the provider across all its programmes (`insats` left empty).
    public var programme: Located<String>?
    public var year: Located<Int>
    public var question: Located<String>
    public var cell: SurveyCell
    /// `standardavvikelse`: the answers' standard deviation, when the export has it.
    public var standardDeviation: Double?
    public var location: SourceLocation

    /// The `anordnare` value for the vendor's own all-provider figures.
    public static let allProviders = "alla"

    /// The `fraga` value of a row that gives the NKI index itself, for a year the report
    /// prints only the index (the history since 2016). A year has either such rows or
    /// question rows, never both, so an index is never set against its own questions.
    public static let indexQuestion = "NKI"

    /// Whether the row is the NKI index itself rather than one question's mean.
    public var isIndexRow: Bool { question.value == Self.indexQuestion }
}

/// A survey cell as delivered: a mean (1–5) with its number of answers, or already
/// hidden by the vendor (`*` as the mean, `-` as the count).
/// The mean is 1–5 and the answers 0 to ``CSVNumber/largestCount``, checked where the row
/// is read, so weighted sums over any number of cells stay finite and far from overflow.
public enum SurveyCell: Sendable, Hashable {
    case answered(mean: Double, answers: Int)
    case suppressedAtSource
}
