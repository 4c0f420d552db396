import Foundation
@testable import SiteGen

/// A reader who wants a hidden result figure back, armed with everything the built site
/// publishes and the arithmetic of totals.
///
/// It knows the raw input only to know *which* figures exist and are hidden, and to check
/// itself (the true values must always stay feasible); it never reads a hidden value from it.
///
/// **What is hidden.** A result cell (provider, programme, year) with ended e below the
/// minimum is hidden whole: e ∈ 0…(minimum − 1) — the reader accepts a row with 0 ended,
/// so 0 is possible — self-sufficient s ∈ 0…e, its days and its returned count. Of a shown
/// cell, the days (an average over the self-sufficient) and the returned count r ∈ 0…s
/// (a share of the self-sufficient) are hidden when s is below the minimum. Days are taken
/// to lie in 0…``dayCap``.
///
/// **What it combines.** For each programme, its result year (the compare page's "Resultat
/// för avslut under …") and the providers on its compare page, every total published outside
/// a provider's own row, card or column — on any state of the compare page and on the
/// side-by-side page. Today that is "Snitt för insatsen" (foot row and card): "a av N
/// avslut" (share), "X dagar" (days, known ±0.5) and "a av N kom tillbaka" (durability);
/// and the "N avslut" of the sentence above the table. The shown
/// cells' counts and days come from `data/resultat.json` (days ±0.05). A total admits two
/// readings: over the shown cells only — if that fits (residual zero, or days that match),
/// the total says nothing — or the municipality's reports' way, over every provider with a
/// row that year (a hidden cell with 0 ended or 0 self-sufficient counts as left out, so
/// this covers any subset of them). Then residual = total − Σshown is shared among the
/// unknowns, each within its own range: with H hidden cells and residual R of ended, a
/// cell's e ∈ [max(0, R − (minimum − 1)(H − 1)), min(minimum − 1, R)], its s such that the
/// others can hold the rest; days and returned the same way with weights s. Bounds from
/// different totals are intersected per value of s (the link between a hidden cell's share
/// and its days or durability).
///
/// **What it checks.** A hidden cell's feasible e must be all of 0…(minimum − 1) and its
/// feasible s/e must reach both 0 and 100 %; hidden days must keep all of 0…``dayCap``;
/// a hidden returned count all of 0…s (for a hidden cell, r/s must reach 0 and 100 %).
/// Anything narrower is a leak. Besides: a hidden figure's own places — its JSON and CSV
/// row, its compare row and card in every pre-rendered state, its provider-page history
/// (table and chart) and its side-by-side cell — show no number but the minimum and no SVG
/// geometry; in every order a compare page ranks its rows by (`data-rank-*` and the
/// pre-rendered row order), rows with a hidden figure neither sit among rows that show it
/// nor leave their name order; and no number sits in an HTML comment or inline script.
///
/// **What it does not try.** Solving all totals jointly (per-total bounds, intersected per
/// s, are weaker); the NKI order and the survey (``SurveyAttacker``'s side); years other
/// than a programme's result year (no page totals them); a total printed as a percentage
/// alone, without its counts.
struct ResultsAttacker {
    /// The figures of a cell, each with its own places; the raw values are the compare
    /// page's orders (`data-rank-egen-forsorjning`, …).
    enum Measure: String, CaseIterable, Sendable {
        case share = "egen-forsorjning"
        case days = "dagar"
        case returned = "aterkommande"
    }

    struct CellKey: Hashable, Comparable, CustomStringConvertible, Sendable {
        var provider: String
        var programme: String
        var year: Int

        static func < (a: Self, b: Self) -> Bool { (a.provider, a.programme, a.year) < (b.provider, b.programme, b.year) }

        var description: String { "\(provider)/\(programme)/\(year)" }
    }

    /// A row of the programme's result year that has a figure the open data does not give.
    struct Unknown: Sendable {
        var key: CellKey
        /// Ended and self-sufficient as the open data gives them; nil for a hidden cell.
        var shown: (ended: Int, selfSufficient: Int)?
        /// Whether the row has days, or a returned count, that the open data does not give.
        var days: Bool, returned: Bool
        /// The raw row, only to check the attacker itself.
        var truth: ResultRecord
    }

    /// One programme's result year: its unknowns and the shown figures summed.
    struct Problem: Sendable {
        var programme: String
        var year: Int
        var unknowns: [Unknown]
        var ended = 0, selfSufficient = 0
        var returned = 0, returnedBase = 0
        /// Σ days·s over the shown days, ± their rounding, and Σ s.
        var daySum = 0.0, daySlack = 0.0, dayWeight = 0
    }

    /// A published total over a programme's providers in its result year.
    struct Aggregate: Sendable {
        enum Value: Hashable, Sendable {
            /// "a av N avslut"; `successes` nil where only "N avslut" is printed.
            case share(successes: Int?, total: Int)
            case returned(successes: Int, total: Int)
            /// "X dagar", widened by its rounding.
            case days(ClosedRange<Double>)
        }

        var place: String
        var programme: String
        var value: Value
    }

    static let dayCap = 1000.0
    static let tolerance = 1e-6

    let content: SiteContent
    let files: [String: Data]
    /// The compare, side-by-side and provider pages, each read once.
    let documents: [String: MarkupNode]

    init(content: SiteContent, files: [String: Data]) {
        self.content = content
        self.files = files
        documents = files.filter { ($0.key.hasPrefix("jamfor/") || $0.key.hasPrefix("anordnare/")) && $0.key.hasSuffix(".html") }
            .mapValues { MarkupReader.read(String(decoding: $0, as: UTF8.self)) }
    }

    var minimum: Int { content.config.suppression.minimumEnded }

    // MARK: The raw input: which figures are hidden

    /// Every cell with a figure the rule hides, and which: a cell with too few ended hides
    /// all three places (whether or not it has days or a returned count).
    var hiddenFigures: [CellKey: Set<Measure>] {
        var hidden: [CellKey: Set<Measure>] = [:]
        for record in content.results {
            var measures: Set<Measure> = []
            if record.ended < minimum {
                measures = Set(Measure.allCases)
            } else if record.selfSufficient < minimum {
                if record.meanDays != nil { measures.insert(.days) }
                if record.returnedWithin24Months != nil { measures.insert(.returned) }
            }
            if !measures.isEmpty { hidden[key(record)] = measures }
        }
        return hidden
    }

    func key(_ record: ResultRecord) -> CellKey {
        CellKey(provider: record.provider.value, programme: record.programme.value, year: record.year.value)
    }

    // MARK: The published figures

    /// `data/resultat.json`, row by cell.
    var openRows: [CellKey: [String: Any]] {
        guard let data = files["data/resultat.json"],
              let rows = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [:] }
        return Dictionary(rows.map { row in
            (CellKey(provider: row["anordnare"] as? String ?? "", programme: row["insats"] as? String ?? "",
                     year: Self.int(row["år"]) ?? 0), row)
        }, uniquingKeysWith: { a, _ in a })
    }

    static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    func page(_ path: String) -> MarkupNode? { documents[path] }

    /// The result year a compare page states, and the providers it lists.
    func resultYear(_ document: MarkupNode) -> Int? {
        guard let period = document.descendants.first(where: { $0.hasClass("period") })?.textContent,
              let range = period.range(of: "Resultat för avslut under ") else { return nil }
        return PublishedNumbers.scan(String(period[range.upperBound...])).first.map { Int($0.value) }
    }

    /// Each programme with results: its result year, and the open data summed over the
    /// shown figures of the providers on its compare page that year.
    func problems() -> [Problem] {
        let open = openRows
        return content.config.programmes.compactMap { programme -> Problem? in
            guard let document = page("jamfor/\(programme.id)/index.html"), let year = resultYear(document) else { return nil }
            let listed = Set(document.elements("tr").compactMap { $0.attribute("data-provider") })
            var problem = Problem(programme: programme.id, year: year, unknowns: [])
            for record in content.results where record.programme.value == programme.id && record.year.value == year
                && listed.contains(record.provider.value) {
                let row = open[key(record)] ?? [:]
                let ended = Self.int(row["avslutade"]), selfSufficient = Self.int(row["egen_forsorjning"])
                let days = (row["medeldagar"] as? NSNumber)?.doubleValue, returned = Self.int(row["aterkommande_24m"])
                if let ended, let selfSufficient {
                    problem.ended += ended
                    problem.selfSufficient += selfSufficient
                    if let days, selfSufficient > 0 {
                        problem.daySum += days * Double(selfSufficient)
                        problem.daySlack += 0.05 * Double(selfSufficient)
                        problem.dayWeight += selfSufficient
                    }
                    if let returned {
                        problem.returned += returned
                        problem.returnedBase += selfSufficient
                    }
                }
                let unknown = Unknown(
                    key: key(record), shown: ended.flatMap { e in selfSufficient.map { (e, $0) } },
                    days: record.meanDays != nil && days == nil, returned: record.returnedWithin24Months != nil && returned == nil,
                    truth: record)
                if unknown.shown == nil || unknown.days || unknown.returned { problem.unknowns.append(unknown) }
            }
            return problem
        }
    }

    /// Every total a programme's compare pages (any state) and side-by-side page print
    /// outside a provider's own row, card or column, each value once with its first place.
    func aggregates() -> [Aggregate] {
        var result: [Aggregate] = []
        var seen: Set<String> = []
        for path in files.keys.sorted() where path.hasPrefix("jamfor/") && path.hasSuffix("index.html") {
            let programme = String(path.split(separator: "/")[1])
            guard let document = page(path) else { continue }
            func add(_ value: Aggregate.Value, _ place: String) {
                guard seen.insert("\(programme) \(value)").inserted else { return }
                result.append(Aggregate(place: "\(path): \(place)", programme: programme, value: value))
            }
            for node in document.descendants where node.kind == .element
                && (node.hasClass("detail") || node.hasClass("figure") || node.hasClass("period")) && !Self.ownedByProvider(node) {
                let text = node.textContent
                let numbers = PublishedNumbers.scan(text).map { Int($0.value) }
                if node.hasClass("detail"), numbers.count >= 2, text.hasSuffix(" avslut") {
                    add(.share(successes: numbers[0], total: numbers[1]), text)
                } else if node.hasClass("detail"), numbers.count >= 2, text.hasSuffix(" kom tillbaka") {
                    add(.returned(successes: numbers[0], total: numbers[1]), text)
                } else if node.hasClass("figure"), text.hasSuffix(" dagar"), let days = PublishedNumbers.scan(text).first?.value {
                    add(.days((days - 0.5 - Self.tolerance)...(days + 0.5 + Self.tolerance)), text)
                } else if node.hasClass("period"), let range = text.range(of: " avslut hos"),
                          let total = PublishedNumbers.scan(String(text[..<range.lowerBound])).last {
                    add(.share(successes: nil, total: Int(total.value)), "\(Int(total.value)) avslut hos …")
                }
            }
        }
        return result
    }

    /// Whether a node sits in one provider's row, card or column.
    static func ownedByProvider(_ node: MarkupNode) -> Bool {
        var current: MarkupNode? = node
        while let element = current {
            if element.attribute("data-provider") != nil { return true }
            current = element.parent
        }
        return false
    }
}
