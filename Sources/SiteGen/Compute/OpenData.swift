import Foundation

/// The published figures as rows for download: exactly what the pages show, nothing more.
///
/// A hidden cell appears as a row with its status and no figures — not even its count,
/// since "3 ended" is itself the small number the rule hides.
public struct OpenData: Sendable {
    public struct ResultRow: Sendable, Encodable {
        public var anordnare: String
        public var anordnareNamn: String
        public var insats: String
        public var år: Int
        public var status: String
        public var avslutade: Int?
        public var egenForsorjning: Int?
        public var andelEgenForsorjning: Double?
        public var intervallLag: Double?
        public var intervallHog: Double?
        public var medeldagar: Double?
        public var aterkommande24m: Int?
        public var andelAterkommande: Double?

        /// The JSON keys are the CSV's columns; snake case alone would write `aterkommande24m`.
        enum CodingKeys: String, CodingKey {
            case anordnare, anordnareNamn, insats, år, status, avslutade, egenForsorjning, andelEgenForsorjning
            case intervallLag, intervallHog, medeldagar, andelAterkommande
            case aterkommande24m = "aterkommande_24m"
        }
    }

    public struct SurveyRow: Sendable, Encodable {
        public var anordnare: String
        public var anordnareNamn: String
        public var insats: String
        public var år: Int
        public var fraga: String
        public var status: String
        public var medelvarde: Double?
        public var antalSvar: Int?
        public var standardavvikelse: Double?
        public var intervallLag: Double?
        public var intervallHog: Double?
    }

    public var results: [ResultRow]
    public var survey: [SurveyRow]

    public static func compute(_ content: SiteContent, providers: [Provider]) -> OpenData {
        compute(content, providers: providers, figures: SurveyMargins(content.survey, rule: content.config.suppression))
    }

    static func compute(_ content: SiteContent, providers: [Provider], figures: SurveyMargins) -> OpenData {
        let rule = content.config.suppression
        let names = Dictionary(uniqueKeysWithValues: providers.map { ($0.id, $0.name) })
        let order = Dictionary(uniqueKeysWithValues: providers.enumerated().map { ($1.id, $0) })
        let results = content.results
            .sorted { (order[$0.provider.value] ?? 0, $0.programme.value, $0.year.value) < (order[$1.provider.value] ?? 0, $1.programme.value, $1.year.value) }
            .map { record -> ResultRow in
                var row = ResultRow(anordnare: record.provider.value, anordnareNamn: names[record.provider.value] ?? "",
                                    insats: record.programme.value, år: record.year.value, status: "")
                switch rule.result(selfSufficient: record.selfSufficient, ended: record.ended).figure {
                case .value(let share, let n):
                    row.status = "visas"
                    row.avslutade = n
                    row.egenForsorjning = share.successes
                    row.andelEgenForsorjning = rounded(share.proportion, 4)
                    row.intervallLag = rounded(share.wilsonInterval.lowerBound, 4)
                    row.intervallHog = rounded(share.wilsonInterval.upperBound, 4)
                    row.medeldagar = rule.days(record).published.map { rounded($0.value, 1) }
                    if let (returned, _) = rule.returned(record).published {
                        row.aterkommande24m = returned.successes
                        row.andelAterkommande = rounded(returned.proportion, 4)
                    }
                case .suppressed(let reason):
                    row.status = status(reason)
                }
                return row
            }
        // Every survey row, as ``SurveyMargins`` decides it: the provider × programme cells,
        // the providers' rows across all their programmes (`insats` empty) and the vendor's
        // `alla` rows, which are published only while nothing of their question is hidden.
        let vendorLast = providers.count
        let survey = content.survey
            .sorted { (order[$0.provider.value] ?? vendorLast, $0.programme?.value ?? "", $0.year.value, $0.question.value)
                < (order[$1.provider.value] ?? vendorLast, $1.programme?.value ?? "", $1.year.value, $1.question.value) }
            .map { record -> SurveyRow in
                let isVendor = record.provider.value == SurveyRecord.allProviders
                var row = SurveyRow(anordnare: record.provider.value,
                                    anordnareNamn: isVendor ? "Alla anordnare" : names[record.provider.value] ?? "",
                                    insats: record.programme?.value ?? "", år: record.year.value,
                                    fraga: record.question.value, status: "")
                let reported = figures.figure(provider: record.provider.value, programme: record.programme?.value,
                                              year: record.year.value, question: record.question.value) ?? .suppressed(.notReported)
                switch reported.figure {
                case .value(let mean, let n):
                    row.status = "visas"
                    row.medelvarde = rounded(mean, 2)
                    row.antalSvar = n
                    if let spread = record.standardDeviation,
                       let interval = MeanInterval.of(mean: mean, standardDeviation: spread, answers: n) {
                        row.standardavvikelse = rounded(spread, 2)
                        row.intervallLag = rounded(interval.lowerBound, 2)
                        row.intervallHog = rounded(interval.upperBound, 2)
                    }
                case .suppressed(let reason):
                    row.status = status(reason)
                }
                return row
            }
        return OpenData(results: results, survey: survey)
    }

    static func status(_ reason: SuppressionReason) -> String {
        switch reason {
        case .tooFewEnded: return "för få avslut"
        case .tooFewSelfSufficient: return "för få med egen försörjning"
        case .tooFewAnswers, .suppressedAtSource: return "för få svar"
        case .protectsAnother: return "dold för att skydda en annan uppgift"
        case .notReported: return "uppgift saknas"
        }
    }

    /// Rounded as the pages round, so a download and a page never disagree.
    private static func rounded(_ value: Double, _ decimals: Int) -> Double {
        SwedishFormat.rounded(value, decimals: decimals)
    }
}
