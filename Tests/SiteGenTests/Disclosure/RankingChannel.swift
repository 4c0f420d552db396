/// The ranking channel, for both attackers: a compare page's rows and cards carry their
/// rank in every order (`data-rank-<order>`), so a hidden figure's rank could tell its
/// size. Rows whose figure is hidden must keep their name order among themselves and
/// must not be ranked among the rows that show it.
enum RankingChannel {
    /// Provider id → rank in `order`, from the rows or cards that carry one.
    static func ranks(_ elements: [MarkupNode], _ order: String) -> [String: Int] {
        Dictionary(elements.compactMap { element in
            guard let provider = element.attribute("data-provider"),
                  let rank = element.attribute("data-rank-\(order)").flatMap(Int.init) else { return nil }
            return (provider, rank)
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Where the hidden rows sit in `ranking`: in rank order and in name order (a leak when
    /// they differ), and whether one is ranked among or before the shown rows.
    struct Placement {
        var byRank: [String]
        var byName: [String]
        var amongShown: Bool
        var beforeShown: Bool

        var keepsNameOrder: Bool { byRank == byName }
    }

    static func placement(hidden: [String], shown: [String], ranking: [String: Int], names: [String: Int]) -> Placement {
        let byRank = hidden.sorted { ranking[$0]! < ranking[$1]! }, byName = hidden.sorted { names[$0] ?? 0 < names[$1] ?? 0 }
        let hiddenRanks = hidden.compactMap { ranking[$0] }, shownRanks = shown.compactMap { ranking[$0] }
        guard let low = hiddenRanks.min(), let high = hiddenRanks.max(), let shownLow = shownRanks.min(), let shownHigh = shownRanks.max() else {
            return Placement(byRank: byRank, byName: byName, amongShown: false, beforeShown: false)
        }
        return Placement(byRank: byRank, byName: byName, amongShown: !(low > shownHigh || high < shownLow), beforeShown: low < shownHigh)
    }
}
