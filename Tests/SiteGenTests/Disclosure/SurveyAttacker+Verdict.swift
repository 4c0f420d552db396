import Foundation
@testable import SiteGen

/// The attacker's verdict: the bounds it found, set against what the rule permits, and a
/// hidden cell's own places and the channels the site does not use for figures.
extension SurveyAttacker {
    /// Every way the site gives a hidden cell away; empty when it keeps them all.
    func leaks() -> [String] {
        let hidden = hiddenCells
        var problems: [String] = []
        let wanted = 1...max(1, rule.minimumAnswers - 1)
        let seed = aggregateBounds()
        let sums = identityBounds(seed: seed)
        for bound in bounds(seed: seed, sums: sums) {
            let cell = hidden[bound.cell]!
            let counts = Set(bound.counts)
            // The file's mean is rounded to two decimals; the sums work with the whole scores behind it.
            if let truth = cell.truth, !(bound.meanByCount[truth.answers].map { $0.lowerBound - 0.005 - 1e-6 <= truth.mean && truth.mean <= $0.upperBound + 0.005 + 1e-6 } ?? false) {
                problems.append("\(bound.cell): the attacker itself is wrong — the true \(truth.mean) with \(truth.answers) answers is not feasible (\(bound.aggregates))")
            }
            if !Set(wanted).isSubset(of: counts) {
                problems.append("\(bound.cell): the hidden count is narrowed to \(bound.counts) by \(bound.aggregates)")
            }
            if let means = bound.means, means.lowerBound > 1 + Self.tolerance || means.upperBound < 5 - Self.tolerance {
                problems.append("\(bound.cell): the hidden mean is narrowed to \(describe(bound)) by \(bound.aggregates)")
            }
        }
        return problems + restLeaks(sums) + tiedPlaces() + nkiOrder() + unaccountedChannels()
    }

    /// The site publishes figures in page text, attributes and the downloads — places the
    /// attacker reads. A number in an HTML comment or an inline script is a channel nobody
    /// accounted for, so any is reported (there are none today).
    func unaccountedChannels() -> [String] { PublishedNumbers.unaccounted(in: files) }

    func describe(_ bound: Bounds) -> String {
        bound.counts.map { k in
            let range = bound.meanByCount[k]!
            return "k=\(k): \(String(format: "%.3f", range.lowerBound))–\(String(format: "%.3f", range.upperBound))"
        }.joined(separator: ", ")
    }

    /// A hidden cell's own places hold neither its mean nor its count.
    func tiedPlaces() -> [String] {
        let hidden = hiddenCells
        var problems: [String] = []
        func check(_ numbers: [(value: Double, hasDecimals: Bool)], _ text: String, _ key: CellKey, _ place: String) {
            guard let truth = hidden[key]?.truth else { return }
            let mean = (truth.mean * 100).rounded() / 100
            if numbers.contains(where: { $0.hasDecimals && abs($0.value - mean) < 1e-9 }) || text.contains("\(truth.answers) svar") {
                problems.append("\(key): its own \(place) shows its figures: \(text)")
            }
        }
        for row in jsonRows {
            let key = rowKey(row)
            guard hidden[key] != nil else { continue }
            for column in ["medelvarde", "antal_svar", "standardavvikelse", "intervall_lag", "intervall_hog"] where row[column] != nil {
                problems.append("\(key): its JSON row has \(column)")
            }
        }
        if let data = files["data/nojdhet.csv"] {
            let rows = PublishedNumbers.csvRows(String(decoding: data, as: UTF8.self))
            let header = rows.first ?? []
            for row in rows.dropFirst() where row.count == header.count {
                let field = Dictionary(zip(header, row), uniquingKeysWith: { a, _ in a })
                let key = CellKey(provider: field["anordnare"] ?? "", programme: field["insats"] ?? "",
                                  year: Int(field["år"] ?? "") ?? 0, question: field["fraga"] ?? "")
                guard hidden[key] != nil else { continue }
                for column in ["medelvarde", "antal_svar", "standardavvikelse", "intervall_lag", "intervall_hog"] where field[column] != "" {
                    problems.append("\(key): its CSV row has \(column)")
                }
            }
        }
        let questionByText = Dictionary(content.config.questions.map { ($0.text, $0.id) }, uniquingKeysWith: { a, _ in a })
        for (provider, programme, year, table) in surveyTables() {
            for row in table.elements("tr") {
                guard let question = questionByText[row.elements("th").first?.textContent ?? ""] else { continue }
                let cells = row.childElements.filter { $0.tag == "td" }
                for (index, year) in [(0, year), (1, year - 1)] where index < cells.count {
                    let key = CellKey(provider: provider.id, programme: programme, year: year, question: question)
                    let text = cells[index].textContent
                    check(PublishedNumbers.scan(text), text, key, "table cell")
                    for node in row.descendants where node.kind == .element {
                        for attribute in node.attributes where attribute.name.hasPrefix("data-") {
                            check(PublishedNumbers.scan(attribute.value), attribute.value, key, "row's \(attribute.name)")
                        }
                    }
                }
            }
        }
        return problems
    }

    /// The ranking channel (``RankingChannel``) for the NKI: on every compare page, the rows
    /// and cards whose NKI is hidden must keep their name order in `data-rank-nojdhet` and
    /// come after the rows that show it, or the order would tell a hidden NKI's size. Which NKIs are
    /// hidden is read from the page itself (the card's "Nöjdhet (NKI)" marked suppressed).
    func nkiOrder() -> [String] {
        var problems: [String] = []
        for path in files.keys.sorted() where path.hasPrefix("jamfor/") && path.hasSuffix("/index.html") && !path.contains("/sida-vid-sida/") {
            let document = MarkupReader.read(String(decoding: files[path]!, as: UTF8.self))
            let cards = document.elements("li").filter { $0.hasClass("compare-card") }
            var hidden: [String: Bool] = [:]
            for card in cards {
                guard let provider = card.attribute("data-provider"),
                      let nki = card.elements("div").first(where: { $0.elements("dt").first?.textContent == "Nöjdhet (NKI)" })
                else { continue }
                hidden[provider] = nki.hasClass("suppressed")
            }
            for (kind, elements) in [("rows", document.elements("tr")), ("cards", cards)] {
                let nki = RankingChannel.ranks(elements, "nojdhet")
                let placement = RankingChannel.placement(hidden: nki.keys.filter { hidden[$0] == true }, shown: nki.keys.filter { hidden[$0] == false },
                                                         ranking: nki, names: RankingChannel.ranks(elements, "namn"))
                let rows = "\(path) \(kind): the rows with a hidden NKI"
                if !placement.keepsNameOrder { problems.append("\(rows) are ranked \(placement.byRank), not in name order") }
                if placement.beforeShown { problems.append("\(rows) \(placement.byRank) are not ranked after those that show it") }
            }
        }
        return problems
    }
}
