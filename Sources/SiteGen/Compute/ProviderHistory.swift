/// A provider's results in one programme, year by year, with the rule applied to each year.
public struct ProviderHistory: Sendable {
    public var programme: Programme
    public var years: [YearFigures]

    public struct YearFigures: Sendable {
        public var year: Int
        public var selfSufficiency: Reported<Share>
        public var meanDays: Reported<Double>
        /// Durability: of the self-sufficient, the share who came back within 24 months.
        public var returned: Reported<Share>
    }

    /// One history per programme the provider is authorised for, oldest year first.
    public static func compute(for provider: Provider, in content: SiteContent) -> [ProviderHistory] {
        let rule = content.config.suppression
        return content.config.programmes.filter { provider.programmes.contains($0.id) }.map { programme in
            let records = content.results
                .filter { $0.provider.value == provider.id && $0.programme.value == programme.id }
                .sorted { $0.year.value < $1.year.value }
            return ProviderHistory(programme: programme, years: records.map { record in
                let share = rule.result(selfSufficient: record.selfSufficient, ended: record.ended)
                return YearFigures(year: record.year.value, selfSufficiency: share, meanDays: rule.days(record),
                                   returned: rule.returned(record))
            })
        }
    }
}
