import Foundation

/// The attacker's verdict: the bounds it found set against what the rule permits, a
/// hidden figure's own places, the compare pages' orders, and the unaccounted channels.
extension ResultsAttacker {
    /// Every way the site gives a hidden result figure away; empty when it keeps them all.
    func leaks() -> [String] {
        bounds().flatMap(verdict) + misfits() + ownPlaces() + orders() + PublishedNumbers.unaccounted(in: files)
    }

    /// A total that fits neither reading means the attacker's model of the site is wrong.
    func misfits() -> [String] {
        let problems = Dictionary(problems().map { ($0.programme, $0) }, uniquingKeysWith: { a, _ in a })
        return aggregates().compactMap { aggregate in
            guard let problem = problems[aggregate.programme], !Self.fitsShownOnly(problem, aggregate.value),
                  !Self.fitsEveryProvider(problem, aggregate.value, minimum: minimum) else { return nil }
            return "\(aggregate.place): the attacker itself is wrong — the total fits neither the shown cells alone nor every provider"
        }
    }

    func verdict(_ bound: Bounds) -> [String] {
        var problems: [String] = []
        let truth = bound.unknown.truth, cell = bound.cell
        let places = bound.aggregates.joined(separator: "; ")
        func wrong(_ what: String) { problems.append("\(cell): the attacker itself is wrong — \(what) is not feasible (\(places))") }
        let pair = Pair(ended: truth.ended, selfSufficient: truth.selfSufficient)
        if !bound.pairs.contains(pair) { wrong("the true \(pair)") }
        if bound.unknown.days, let days = truth.meanDays,
           !(bound.days[pair.selfSufficient].map { $0.lowerBound - 0.05 <= days && days <= $0.upperBound + 0.05 } ?? false) {
            wrong("the true \(days) days")
        }
        if bound.unknown.returned, let returned = truth.returnedWithin24Months, !(bound.returned[pair.selfSufficient]?.contains(returned) ?? false) {
            wrong("the true \(returned) returned")
        }
        if bound.unknown.shown == nil {
            if !Set(0..<minimum).isSubset(of: bound.endedCounts) {
                problems.append("\(cell): the hidden ended is narrowed to \(bound.endedCounts) by \(places)")
            }
            let shares = bound.pairs.filter { $0.ended > 0 }.map { Double($0.selfSufficient) / Double($0.ended) }
            if let low = shares.min(), let high = shares.max(), low > 0 || high < 1 {
                let range = "\(percent(low))–\(percent(high))"
                problems.append("\(cell): the hidden share is narrowed to \(bound.pairs.sorted()) (\(range)) by \(places)")
            }
        }
        let counts = bound.selfSufficientCounts
        if bound.unknown.days, !Self.covers(counts.compactMap { bound.days[$0] }, 0...Self.dayCap) {
            let ranges = counts.map { count in
                "s=\(count): " + (bound.days[count].map { String(format: "%.1f–%.1f", $0.lowerBound, $0.upperBound) } ?? "")
            }
            problems.append("\(cell): the hidden days are narrowed to \(ranges.joined(separator: ", ")) by \(places)")
        }
        if bound.unknown.returned {
            let positive = counts.filter { $0 > 0 }
            let reachesNone = positive.contains { bound.returned[$0]?.lowerBound == 0 }
            let reachesAll = positive.contains { bound.returned[$0]?.upperBound == $0 }
            if !positive.isEmpty, !(reachesNone && reachesAll) {
                let ranges = positive.map { "\(bound.returned[$0].map { "\($0.lowerBound)–\($0.upperBound)" } ?? "") av \($0)" }
                problems.append("\(cell): the hidden returned count is narrowed to \(ranges.joined(separator: ", ")) by \(places)")
            }
        }
        return problems
    }

    private func percent(_ share: Double) -> String { String(format: "%.0f %%", share * 100) }

    /// Whether the intervals together cover all of `range`.
    static func covers(_ intervals: [ClosedRange<Double>], _ range: ClosedRange<Double>) -> Bool {
        var reached = range.lowerBound
        for interval in intervals.sorted(by: { $0.lowerBound < $1.lowerBound }) where interval.lowerBound <= reached + tolerance {
            reached = max(reached, interval.upperBound)
        }
        return !intervals.isEmpty && reached >= range.upperBound - tolerance
    }

    // MARK: A hidden figure's own places

    /// The measure a column, row or card label names.
    static func measure(label: String) -> Measure? {
        if label.hasPrefix("Egen försörjning") { return .share }
        if label.hasPrefix("Dagar i insats") { return .days }
        if label.hasPrefix("Kom tillbaka") { return .returned }
        return nil
    }

    /// The compare pages (every state built), each with its programme and result year.
    func comparePages() -> [(path: String, programme: String, year: Int, document: MarkupNode)] {
        files.keys.sorted().compactMap { path in
            guard path.hasPrefix("jamfor/"), path.hasSuffix("/index.html"), !path.contains("/sida-vid-sida/"),
                  let document = page(path), let year = resultYear(document) else { return nil }
            return (path, String(path.split(separator: "/")[1]), year, document)
        }
    }

    /// Every place a cell's figure is shown: its compare rows and cards, its side-by-side
    /// cells, its provider page's history table; `container` is the row or card.
    func places() -> [(key: CellKey, measure: Measure, place: String, node: MarkupNode, container: MarkupNode?)] {
        var result: [(CellKey, Measure, String, MarkupNode, MarkupNode?)] = []
        var sides: [(programme: String, year: Int)] = []
        for (path, programme, year, document) in comparePages() {
            if !sides.contains(where: { $0.programme == programme }) { sides.append((programme, year)) }
            let headers = document.elements("thead").first?.elements("th").filter { !$0.hasClass("pick-cell") } ?? []
            for row in document.elements("tr") {
                guard let provider = row.attribute("data-provider") else { continue }
                let key = CellKey(provider: provider, programme: programme, year: year)
                for (header, cell) in zip(headers, row.childElements.filter { !$0.hasClass("pick-cell") }) {
                    if let measure = Self.measure(label: header.textContent) { result.append((key, measure, "\(path) row", cell, row)) }
                }
            }
            for card in document.elements("li") {
                guard let provider = card.attribute("data-provider") else { continue }
                let key = CellKey(provider: provider, programme: programme, year: year)
                for item in card.elements("div") {
                    guard let label = item.elements("dt").first?.textContent, let measure = Self.measure(label: label),
                          let value = item.elements("dd").first else { continue }
                    result.append((key, measure, "\(path) card", value, card))
                }
            }
        }
        for (programme, year) in sides {
            guard let side = page("jamfor/\(programme)/sida-vid-sida/index.html") else { continue }
            for row in side.elements("tr") {
                guard let measure = Self.measure(label: row.elements("th").first?.textContent ?? "") else { continue }
                for cell in row.elements("td") {
                    guard let provider = cell.attribute("data-provider") else { continue }
                    result.append((CellKey(provider: provider, programme: programme, year: year), measure, "sida-vid-sida", cell, nil))
                }
            }
        }
        for provider in content.providers {
            guard let document = page("anordnare/\(provider.id)/index.html") else { continue }
            for programme in provider.programmes {
                guard let table = document.elements("table").first(where: {
                    $0.elements("caption").first?.attribute("id") == "resultat-\(programme)-tabell"
                }) else { continue }
                let headers = table.elements("thead").first?.elements("th") ?? []
                for row in table.elements("tbody").first?.elements("tr") ?? [] {
                    guard let year = Int(row.elements("th").first?.textContent ?? "") else { continue }
                    let key = CellKey(provider: provider.id, programme: programme, year: year)
                    for (header, cell) in zip(headers, row.childElements) {
                        if let measure = Self.measure(label: header.textContent) {
                            result.append((key, measure, "anordnare/\(provider.id) history", cell, nil))
                        }
                    }
                }
                if let chart = table.parent?.parent?.elements("svg").first {
                    for label in chart.elements("text") where label.hasClass("axis") {
                        guard let year = Int(label.textContent), let x = label.attribute("x") else { continue }
                        let key = CellKey(provider: provider.id, programme: programme, year: year)
                        for mark in chart.descendants where mark.kind == .element && mark !== label
                            && (mark.attribute("x") == x || mark.attribute("cx") == x || mark.attribute("x1") == x) {
                            result.append((key, .share, "anordnare/\(provider.id) chart", mark, nil))
                        }
                    }
                }
            }
        }
        return result
    }

    /// A hidden figure's places show no number but the minimum and no geometry, its row
    /// has no number in a `data-` attribute but its ranks, and its open-data rows have no figures.
    func ownPlaces() -> [String] {
        let hidden = hiddenFigures
        var problems: [String] = []
        for (key, measure, place, node, container) in places() {
            guard let measures = hidden[key], measures.contains(measure) else { continue }
            // A chart's marks carry coordinates; there only their text counts, and a mark
            // other than the value label is geometry.
            let chart = place.hasSuffix(" chart")
            let numbers = node.descendants.flatMap { part in
                PublishedNumbers.scan(part.kind != .element ? part.text : chart ? "" : part.attributes.map(\.value).joined(separator: " "))
            }
            let geometry = ["svg", "circle", "line", "rect"].contains(node.tag) || !node.elements("svg").isEmpty
            if numbers.contains(where: { $0.value != Double(minimum) }) || geometry {
                let shape = geometry ? " (with geometry)" : ""
                problems.append("\(key): its hidden \(measure.rawValue) shows in \(place): \(node.textContent)\(shape)")
            }
            guard let container, measure == .share else { continue }
            if !container.elements("svg").isEmpty { problems.append("\(key): its \(place) has an SVG strip") }
            for element in container.descendants where element.kind == .element {
                for attribute in element.attributes where attribute.name.hasPrefix("data-") && !attribute.name.hasPrefix("data-rank-")
                    && !PublishedNumbers.scan(attribute.value).isEmpty {
                    problems.append("\(key): its \(place) has a number in \(attribute.name)=\"\(attribute.value)\"")
                }
            }
        }
        let columns: [Measure: [String]] = [
            .share: ["avslutade", "egen_forsorjning", "andel_egen_forsorjning", "intervall_lag", "intervall_hog"],
            .days: ["medeldagar"], .returned: ["aterkommande_24m", "andel_aterkommande"],
        ]
        let csv = files["data/resultat.csv"].map { PublishedNumbers.csvRows(String(decoding: $0, as: UTF8.self)) } ?? []
        let header = csv.first ?? []
        let csvRows = csv.dropFirst().filter { $0.count == header.count }
            .map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
        let jsonRows = openRows
        for (key, figures) in hidden.sorted(by: { $0.key < $1.key }) {
            let csvRow = csvRows.first {
                $0["anordnare"] == key.provider && $0["insats"] == key.programme && $0["år"] == String(key.year)
            }
            for measure in figures {
                for column in columns[measure]! {
                    if let value = jsonRows[key]?[column], !(value is NSNull) { problems.append("\(key): its JSON row has \(column)") }
                    if let value = csvRow?[column], !value.isEmpty { problems.append("\(key): its CSV row has \(column)") }
                }
            }
        }
        return problems
    }

    // MARK: The ranking channel

    /// In every order a compare page ranks by (`data-rank-*` on rows and cards, and the
    /// pre-rendered order of the page's own), the rows with a hidden figure must not sit
    /// among the rows that show it, and must keep their name order.
    func orders() -> [String] {
        let hidden = hiddenFigures, open = openRows
        let column: [Measure: String] = [.share: "avslutade", .days: "medeldagar", .returned: "aterkommande_24m"]
        var problems: [String] = []
        for (path, programme, year, document) in comparePages() {
            let pageOrder = document.descendants.first { $0.hasClass("compare-page") }?.attribute("data-order")
            for (kind, elements) in [("rows", document.elements("tr")), ("cards", document.elements("li"))] {
                let listed = elements.filter { $0.attribute("data-provider") != nil }
                func ranks(_ order: String) -> [String: Int] { RankingChannel.ranks(listed, order) }
                let names = ranks("namn")
                if let pageOrder, listed.compactMap({ $0.attribute("data-rank-\(pageOrder)").flatMap(Int.init) }) != listed
                    .compactMap({ $0.attribute("data-rank-\(pageOrder)").flatMap(Int.init) }).sorted() {
                    problems.append("\(path): the \(kind) are not in their data-rank-\(pageOrder) order")
                }
                for measure in Measure.allCases {
                    var rankings = [("data-rank-\(measure.rawValue)", ranks(measure.rawValue))]
                    if pageOrder == measure.rawValue {
                        let positions = listed.enumerated().map { ($1.attribute("data-provider")!, $0) }
                        rankings.append(("the pre-rendered order", Dictionary(positions, uniquingKeysWith: { a, _ in a })))
                    }
                    for (name, ranking) in rankings {
                        let keys = ranking.keys.map { (provider: $0, key: CellKey(provider: $0, programme: programme, year: year)) }
                        let hiddenRows = keys.filter { hidden[$0.key]?.contains(measure) ?? false }.map(\.provider)
                        let shownRows = keys.filter { open[$0.key]?[column[measure]!] != nil }.map(\.provider)
                        let placement = RankingChannel.placement(hidden: hiddenRows, shown: shownRows, ranking: ranking, names: names)
                        let rows = "\(path) \(kind): in \(name) the rows with a hidden \(measure.rawValue)"
                        if !placement.keepsNameOrder {
                            problems.append("\(rows) are \(placement.byRank), not in name order \(placement.byName)")
                        }
                        if placement.amongShown { problems.append("\(rows) \(placement.byRank) sit among those that show it") }
                    }
                }
            }
        }
        return problems
    }
}
