import Foundation
@testable import SiteGen

/// A reader who wants a hidden survey figure back, armed with everything the built site
/// publishes and the arithmetic of weighted means.
///
/// It knows the raw input only to know *which* cells are hidden and to check itself
/// (the true value must always stay feasible); it never reads a hidden value from it.
///
/// **What it combines.** For a hidden cell (provider, programme, year, question) with
/// unknown mean m ∈ [1, 5] and count k ∈ 1…(minimum − 1) — for a vendor-hidden cell
/// 1…``vendorCountCap``, since the vendor's own threshold is unknown — every published
/// aggregate that could have that cell among its inputs:
/// - the area index ("…, sammanvägt") in the provider's survey table, and the same index
///   on the side-by-side page ("Enkäten: …");
/// - the NKI on the compare page and the side-by-side page, with its published count
///   (the largest number of answers to an NKI question);
/// - the all-provider average of the question in every provider's survey table.
/// The aggregate's shown inputs are the published means and counts from
/// `data/nojdhet.json`, each mean known only to ±0.005 (two decimals). Since the reader
/// cannot know which hidden cells an aggregate took in, it tries every subset of them: an
/// aggregate that fits "the shown cells alone" says nothing; one that does not constrains
/// m·k = A·N − Σshown − Σothers within rounding, the other hidden cells taking any value
/// their own ranges allow. An area index or NKI is by definition over all its questions,
/// so there a cell hidden for too few answers is taken to be in (a vendor-hidden one, which
/// came without figures, may be in or out). Constraints from different aggregates are
/// intersected per k.
///
/// The hidden rows are cells, providers' margins (programme "") and the vendor's `alla`
/// rows alike. What the aggregates give is then intersected with what the survey's own sums
/// give — total = Σ margins = Σ columns, margin and column = Σ their cells — solved jointly
/// per question and year in ``identityBounds(seed:)``, which also watches the small groups
/// no row accounts for (SurveyAttacker+Sums.swift).
///
/// **What it checks.** The feasible k must be all of 1…(minimum − 1) and the feasible m
/// must span [1, 5] (within 0.01): anything narrower is a leak. Besides, a hidden cell's
/// own places — its table cell (this year's column, or last year's), its row's `data-*`
/// attributes, its JSON and CSV rows — must not hold its mean or its count; and no
/// number at all may sit in an HTML comment or an inline script, channels the site does
/// not use for figures.
///
/// **What it does not try.** General linear programming across aggregates (it
/// intersects per-aggregate bounds, which is weaker than solving them jointly; the sums
/// are propagated as intervals, not solved as an LP, and take the aggregates' bounds as given); years
/// other than the one a page shows (no page aggregates them); the compare page's
/// programme average of NKI (a function of the NKIs and counts on the same page, so it
/// adds nothing); the results side (shares of ended programmes); more than six hidden
/// cells in one aggregate (it then assumes nothing is learnt).
struct SurveyAttacker {
    struct CellKey: Hashable, Comparable, CustomStringConvertible, Sendable {
        var provider: String
        var programme: String
        var year: Int
        var question: String

        static func < (a: Self, b: Self) -> Bool {
            (a.provider, a.programme, a.year, a.question) < (b.provider, b.programme, b.year, b.question)
        }

        var description: String { "\(provider)/\(programme)/\(year)/\(question)" }
    }

    struct Hidden: Sendable {
        var key: CellKey
        /// What the reader knows of its count.
        var counts: ClosedRange<Int>
        /// Hidden by the vendor ("dolt i enkätrapporten"), which the page says, rather than
        /// by our rule ("färre än 5").
        var byVendor: Bool
        /// The true figures, only to check the attacker itself; nil when the vendor hid them.
        var truth: (mean: Double, answers: Int)?
    }

    /// A published aggregate, ready for arithmetic.
    struct Aggregate: Sendable {
        var place: String
        /// The published value widened by its rounding: "3,43" is 3.425…3.435.
        var value: ClosedRange<Double>
        /// Σ meanᵢ·nᵢ over its shown inputs, widened by their rounding.
        var shownSum: ClosedRange<Double>
        var shownAnswers: Int
        var shownLargest: Int
        /// The published count, when it is the largest input count (the NKI).
        var largest: Int?
        var hidden: [CellKey]
        /// An area index or NKI: by definition the mean of all its questions, so a cell
        /// hidden for too few answers is certainly in it (a vendor-hidden one may not be,
        /// as it came without figures); an average over providers may leave any out.
        var coversEveryQuestion: Bool
    }

    /// What the reader could conclude about one hidden cell.
    struct Bounds: Sendable {
        var cell: CellKey
        /// For every count still possible, the interval the mean must lie in.
        var meanByCount: [Int: ClosedRange<Double>]
        var aggregates: [String]

        var counts: [Int] { meanByCount.keys.sorted() }
        var means: ClosedRange<Double>? {
            guard let low = meanByCount.values.map(\.lowerBound).min(), let high = meanByCount.values.map(\.upperBound).max() else { return nil }
            return low...high
        }
    }

    static let vendorCountCap = 30
    static let tolerance = 0.01

    let content: SiteContent
    let files: [String: Data]

    var rule: SuppressionRule { content.config.suppression }

    // MARK: The raw input: which cells are hidden

    var hiddenCells: [CellKey: Hidden] {
        var hidden: [CellKey: Hidden] = [:]
        for record in content.survey {
            let key = key(record)
            switch record.cell {
            case .suppressedAtSource:
                hidden[key] = Hidden(key: key, counts: 1...Self.vendorCountCap, byVendor: true, truth: nil)
            case .answered(let mean, let answers) where answers < rule.minimumAnswers:
                hidden[key] = Hidden(key: key, counts: 1...max(1, rule.minimumAnswers - 1), byVendor: false, truth: (mean, answers))
            case .answered: break
            }
        }
        return hidden
    }

    /// Every row in the input (hidden or not): provider cells, margins (programme "") and
    /// the vendor's `alla` rows.
    private var inputCells: Set<CellKey> { Set(content.survey.map(key)) }

    /// A row's key: programme "" for a provider's (or the vendor's) figure across all
    /// programmes, provider `alla` for the vendor's own figures — as `data/nojdhet.json` names them.
    func key(_ record: SurveyRecord) -> CellKey {
        CellKey(provider: record.provider.value, programme: record.programme?.value ?? "", year: record.year.value, question: record.question.value)
    }

    // MARK: The published figures

    /// The shown cells as `data/nojdhet.json` publishes them.
    var shownCells: [CellKey: (mean: Double, answers: Int)] {
        var shown: [CellKey: (Double, Int)] = [:]
        for row in jsonRows {
            guard let mean = row["medelvarde"] as? Double, let answers = row["antal_svar"] as? Int else { continue }
            shown[rowKey(row)] = (mean, answers)
        }
        return shown
    }

    var jsonRows: [[String: Any]] {
        guard let data = files["data/nojdhet.json"],
              let rows = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return rows
    }

    func rowKey(_ row: [String: Any]) -> CellKey {
        CellKey(provider: row["anordnare"] as? String ?? "", programme: row["insats"] as? String ?? "",
                year: row["år"] as? Int ?? 0, question: row["fraga"] as? String ?? "")
    }

    func page(_ path: String) -> MarkupNode? {
        files[path].map { MarkupReader.read(String(decoding: $0, as: UTF8.self)) }
    }

    /// Each provider's survey tables on its page, with the programme ("" for the table
    /// across all its programmes, "Alla insatser") and the survey year its caption names.
    func surveyTables() -> [(provider: Provider, programme: String, year: Int, table: MarkupNode)] {
        content.providers.flatMap { provider -> [(provider: Provider, programme: String, year: Int, table: MarkupNode)] in
            guard let document = page("anordnare/\(provider.id)/index.html") else { return [] }
            return (provider.programmes + [""]).compactMap { programme in
                let id = "nojdhet-\(programme.isEmpty ? "alla-insatser" : programme)-tabell"
                guard let caption = document.elements("caption").first(where: { $0.attribute("id") == id }),
                      let year = PublishedNumbers.scan(caption.textContent).first.map({ Int($0.value) }),
                      let table = document.elements("table").first(where: { $0.childElements.contains { $0 === caption } }) else { return nil }
                return (provider, programme, year, table)
            }
        }
    }

    /// "3,43 av 5" → 3.425…3.435; nil for a hidden or empty cell.
    private static func published(_ cell: MarkupNode) -> ClosedRange<Double>? {
        guard !cell.hasClass("suppressed"), let text = cell.text(ofClass: "figure"),
              let number = PublishedNumbers.scan(text).first, number.hasDecimals else { return nil }
        return (number.value - 0.005 - 1e-9)...(number.value + 0.005 + 1e-9)
    }

    /// "21 svar, alla insatser": the figure is the provider's across all its programmes.
    private static func coversAllProgrammes(_ cell: MarkupNode) -> Bool {
        cell.text(ofClass: "detail")?.contains("alla insatser") ?? false
    }

    /// "10 svar, troligen …" → 10.
    private static func answers(_ cell: MarkupNode) -> Int? {
        guard let detail = cell.text(ofClass: "detail"), detail.contains(" svar") else { return nil }
        return PublishedNumbers.scan(detail).first.map { Int($0.value) }
    }

    /// Every aggregate the pages publish that has a hidden cell among its possible inputs.
    func aggregates() -> [Aggregate] {
        let hidden = hiddenCells
        let shown = shownCells
        let cells = inputCells
        let areas = Dictionary(grouping: content.config.questions, by: \.area).mapValues { $0.map(\.id) }
        let questionByText = Dictionary(content.config.questions.map { ($0.text, $0.id) }, uniquingKeysWith: { a, _ in a })
        var result: [Aggregate] = []
        var seenAverages: Set<CellKey> = []

        func aggregate(_ place: String, value: ClosedRange<Double>, group: [CellKey], largest: Int? = nil, everyQuestion: Bool = true) {
            let inputs = group.filter { cells.contains($0) }
            let shownInputs = inputs.compactMap { shown[$0] }
            let hiddenInputs = inputs.filter { hidden[$0] != nil }
            guard !hiddenInputs.isEmpty else { return }
            let sum = shownInputs.map { $0.mean * Double($0.answers) }.reduce(0, +)
            let slack = shownInputs.map { 0.005 * Double($0.answers) }.reduce(0, +) + 1e-9
            result.append(Aggregate(place: place, value: value, shownSum: (sum - slack)...(sum + slack),
                                    shownAnswers: shownInputs.map(\.answers).reduce(0, +),
                                    shownLargest: shownInputs.map(\.answers).max() ?? 0, largest: largest, hidden: hiddenInputs,
                                    coversEveryQuestion: everyQuestion))
        }

        for (provider, programme, year, table) in surveyTables() {
            var area: String?
            for row in table.elements("tr") {
                let label = row.elements("th").first?.textContent ?? ""
                let cellsOfRow = row.childElements.filter { $0.tag == "td" }
                if row.hasClass("area") {
                    area = label.hasSuffix(", sammanvägt") ? String(label.dropLast(", sammanvägt".count)) : nil
                    if let area, let value = cellsOfRow.first.flatMap(Self.published) {
                        aggregate("anordnare/\(provider.id): \(area), sammanvägt \(year)", value: value,
                                  group: (areas[area] ?? []).map { CellKey(provider: provider.id, programme: programme, year: year, question: $0) })
                    }
                } else if let question = questionByText[label], cellsOfRow.count == 3,
                          let value = Self.published(cellsOfRow[2]) {
                    let key = CellKey(provider: "", programme: programme, year: year, question: question)
                    guard seenAverages.insert(key).inserted else { continue }
                    // While the vendor's own figure is published the average *is* that figure (a
                    // row of the download, which may count answers no listed provider has): the
                    // sums below take it in; as a mean over the providers it would be unsound.
                    if shown[CellKey(provider: SurveyRecord.allProviders, programme: programme, year: year, question: question)] != nil { continue }
                    aggregate("snitt alla anordnare \(programme) \(year) \(question)", value: value,
                              group: content.providers.map { CellKey(provider: $0.id, programme: programme, year: year, question: question) },
                              everyQuestion: false)
                }
            }
        }

        let nki = areas[ProgrammeComparison.nkiArea] ?? []
        for programme in content.config.programmes.map(\.id) {
            if let document = page("jamfor/\(programme)/index.html"),
               let period = document.descendants.first(where: { $0.hasClass("period") })?.textContent,
               let range = period.range(of: "kundenkäten "),
               let year = PublishedNumbers.scan(String(period[range.upperBound...])).first.map({ Int($0.value) }) {
                for row in document.elements("tr") {
                    guard let provider = row.attribute("data-provider") else { continue }
                    let cells = row.childElements.filter { $0.tag == "td" }
                    guard cells.count > 2, let value = Self.published(cells[2]) else { continue }
                    let scope = Self.coversAllProgrammes(cells[2]) ? "" : programme
                    aggregate("jamfor/\(programme): NKI \(provider) \(scope.isEmpty ? "alla insatser " : "")\(year)", value: value,
                              group: nki.map { CellKey(provider: provider, programme: scope, year: year, question: $0) },
                              largest: Self.answers(cells[2]))
                }
            }
            if let document = page("jamfor/\(programme)/sida-vid-sida/index.html") {
                for row in document.elements("tr") {
                    let label = row.elements("th").first?.textContent ?? ""
                    for cell in row.childElements where cell.tag == "td" {
                        guard let provider = cell.attribute("data-provider"), let value = Self.published(cell) else { continue }
                        let scope = Self.coversAllProgrammes(cell) ? "" : programme
                        if label.hasPrefix("Nöjdhet (NKI) "), let year = PublishedNumbers.scan(label).last.map({ Int($0.value) }) {
                            aggregate("sida-vid-sida/\(programme): NKI \(provider) \(scope.isEmpty ? "alla insatser " : "")\(year)", value: value,
                                      group: nki.map { CellKey(provider: provider, programme: scope, year: year, question: $0) },
                                      largest: Self.answers(cell))
                        } else if label.hasPrefix("Enkäten: "), let detail = cell.text(ofClass: "detail"),
                                  let year = PublishedNumbers.scan(detail).first.map({ Int($0.value) }) {
                            let area = String(label.dropFirst("Enkäten: ".count))
                            aggregate("sida-vid-sida/\(programme): \(area) \(provider) \(scope.isEmpty ? "alla insatser " : "")\(year)", value: value,
                                      group: (areas[area] ?? []).map { CellKey(provider: provider, programme: scope, year: year, question: $0) })
                        }
                    }
                }
            }
        }
        return result
    }

    // MARK: The arithmetic

    /// What every aggregate together says about each hidden row, intersected with what the
    /// survey's sums say (``identityBounds(seed:)``, seeded with the aggregates' bounds).
    func bounds() -> [Bounds] {
        let seed = aggregateBounds()
        return bounds(seed: seed, sums: identityBounds(seed: seed))
    }

    func bounds(seed: [Bounds], sums: SumBounds) -> [Bounds] {
        seed.map { bound in
            guard let sum = sums.rows[bound.cell] else { return bound }
            var combined = bound
            combined.meanByCount = [:]
            for (count, range) in bound.meanByCount {
                guard let other = sum.meanByCount[count], other.lowerBound <= range.upperBound + 1e-9, range.lowerBound <= other.upperBound + 1e-9 else { continue }
                combined.meanByCount[count] = max(range.lowerBound, other.lowerBound)...max(max(range.lowerBound, other.lowerBound), min(range.upperBound, other.upperBound))
            }
            combined.aggregates += sum.places
            return combined
        }
    }

    /// What every aggregate together says about each hidden row.
    func aggregateBounds() -> [Bounds] {
        let hidden = hiddenCells
        let aggregates = aggregates()
        return hidden.keys.sorted().map { key in
            let cell = hidden[key]!
            var meanByCount = Dictionary(uniqueKeysWithValues: cell.counts.map { ($0, 1.0...5.0) })
            var places: [String] = []
            for aggregate in aggregates where aggregate.hidden.contains(key) {
                places.append(aggregate.place)
                let seen = Self.bounds(of: cell, in: aggregate, hidden: hidden)
                var narrowed: [Int: ClosedRange<Double>] = [:]
                for (count, range) in meanByCount {
                    guard let other = seen[count], other.lowerBound <= range.upperBound, range.lowerBound <= other.upperBound else { continue }
                    narrowed[count] = max(range.lowerBound, other.lowerBound)...min(range.upperBound, other.upperBound)
                }
                meanByCount = narrowed
            }
            return Bounds(cell: key, meanByCount: meanByCount, aggregates: places)
        }
    }

    /// The means of `target` that one aggregate allows, for each count.
    static func bounds(of target: Hidden, in aggregate: Aggregate, hidden: [CellKey: Hidden]) -> [Int: ClosedRange<Double>] {
        let everything = Dictionary(uniqueKeysWithValues: target.counts.map { ($0, 1.0...5.0) })
        let all = aggregate.hidden.filter { $0 != target.key }.compactMap { hidden[$0] }
        // The cells that may or may not be inputs; the others certainly are.
        let certain = aggregate.coversEveryQuestion ? all.filter { !$0.byVendor } : []
        let others = aggregate.coversEveryQuestion ? all.filter(\.byVendor) : all
        let targetMayBeOut = !aggregate.coversEveryQuestion || target.byVendor
        guard others.count <= 6 else { return everything }
        var result: [Int: ClosedRange<Double>] = [:]
        for mask in 0..<(1 << others.count) {
            let included = certain + others.indices.filter { mask & (1 << $0) != 0 }.map { others[$0] }
            let countRange = included.map(\.counts.lowerBound).reduce(0, +)...included.map(\.counts.upperBound).reduce(0, +)
            func largestFits(_ known: Int) -> Bool {
                guard let largest = aggregate.largest else { return true }
                if known == largest { return true }
                return known < largest && included.contains { $0.counts.contains(largest) }
            }
            // Without the target: if the figures fit, the aggregate may not include it at all.
            for others in countRange where targetMayBeOut && aggregate.shownAnswers + others > 0 && largestFits(aggregate.shownLargest) {
                let n = Double(aggregate.shownAnswers + others)
                let low = (aggregate.shownSum.lowerBound + Double(others)) / n
                let high = (aggregate.shownSum.upperBound + 5 * Double(others)) / n
                if low <= aggregate.value.upperBound && aggregate.value.lowerBound <= high { return everything }
            }
            // With it: m·k = A·N − Σshown − Σothers, each part within its range.
            for count in target.counts where largestFits(max(aggregate.shownLargest, count)) {
                for others in countRange {
                    let n = Double(aggregate.shownAnswers + count + others)
                    let low = (aggregate.value.lowerBound * n - aggregate.shownSum.upperBound - 5 * Double(others)) / Double(count)
                    let high = (aggregate.value.upperBound * n - aggregate.shownSum.lowerBound - Double(others)) / Double(count)
                    let clamped = max(1, low)...max(max(1, low), min(5, high))
                    guard low <= 5, high >= 1 else { continue }
                    result[count] = result[count].map { min($0.lowerBound, clamped.lowerBound)...max($0.upperBound, clamped.upperBound) } ?? clamped
                }
            }
        }
        return result
    }
}
