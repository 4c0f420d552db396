import Foundation
@testable import SiteGen

/// The attacker's second weapon: the survey's own sums. For one question in one year the
/// vendor's figures add up (in answers n, and in answers × mean S):
///
///     total  = Σ margins + rest      (a provider the file leaves out is in the total only)
///     total  = Σ columns             (every customer is in a programme: the columns partition it)
///     total  = Σ cells + rest,  total = Σ margins, or the cells where a provider has no margin, + rest
///     margin = Σ its cells + rest,   column = Σ its cells + rest
///
/// Every rest is an unknown n ≥ 0 (its S within n…5n). Every row the downloads list is a
/// variable: a shown one has its count and its mean ± 0.005 (two decimals, as printed);
/// one hidden for too few answers ("för få svar") has the count range the reader knows
/// (1…minimum − 1, or 1…``SurveyAttacker/vendorCountCap`` when the vendor hid it) and the
/// bounds the published area indexes and NKIs already gave (``SurveyAttacker/aggregateBounds()``);
/// one hidden "to protect another" has at least the minimum. When every shown figure is
/// consistent with whole scores, S is an integer too (answers are 1–5). The sums are then
/// solved by interval propagation to a fixed point, using both partitions of the total at
/// once; for each hidden row and each count it could have, with that count fixed.
///
/// The rests are targets too: a rest whose true count is 1…minimum − 1 is a small group no
/// row accounts for (a provider left out of the file, or a provider's answers in a
/// programme the file gives no cell for), and its count must not be pinned nor its mean
/// bounded, like any hidden row.
extension SurveyAttacker {
    /// A survey row as the downloads list it: its status and, when shown, its figures.
    struct SeenRow: Sendable {
        var status: String
        var mean: Double?
        var answers: Int?
    }

    /// What the sums gave for hidden rows and small rests.
    struct SumBounds: Sendable {
        struct Row: Sendable {
            var meanByCount: [Int: ClosedRange<Double>]
            var places: [String]
        }
        struct Rest: Sendable {
            var place: String
            var truth: (answers: Int, sum: Double)
            var meanByCount: [Int: ClosedRange<Double>]
            var counts: [Int] { meanByCount.keys.sorted() }
        }
        var rows: [CellKey: Row] = [:]
        var rests: [Rest] = []
    }

    static let largeCount = 100_000.0

    /// Every survey row in `data/nojdhet.json` and `data/nojdhet.csv`, the figures of either.
    var seenRows: [CellKey: SeenRow] {
        var rows: [CellKey: SeenRow] = [:]
        for row in jsonRows {
            rows[rowKey(row)] = SeenRow(status: row["status"] as? String ?? "", mean: row["medelvarde"] as? Double,
                                        answers: row["antal_svar"] as? Int)
        }
        if let data = files["data/nojdhet.csv"] {
            let table = PublishedNumbers.csvRows(String(decoding: data, as: UTF8.self))
            let header = table.first ?? []
            for fields in table.dropFirst() where fields.count == header.count {
                let field = Dictionary(zip(header, fields), uniquingKeysWith: { a, _ in a })
                let key = CellKey(provider: field["anordnare"] ?? "", programme: field["insats"] ?? "",
                                  year: Int(field["år"] ?? "") ?? 0, question: field["fraga"] ?? "")
                var row = rows[key] ?? SeenRow(status: field["status"] ?? "")
                if row.mean == nil { row.mean = Double((field["medelvarde"] ?? "").replacingOccurrences(of: ",", with: ".")) }
                if row.answers == nil { row.answers = Int(field["antal_svar"] ?? "") }
                rows[key] = row
            }
        }
        return rows
    }

    /// One question in one year as a system of sums.
    struct SumSystem {
        var names: [String]
        var identities: [(whole: Int, parts: [Int], text: String)] = []
        /// The rests: variable, the identity's text, and the true figures when the input has them.
        var rests: [(variable: Int, text: String, truth: (answers: Int, sum: Double)?)] = []
        var box: Box
        var integral: Bool

        struct Box {
            var nLow: [Double], nHigh: [Double], sLow: [Double], sHigh: [Double]
        }

        mutating func variable(_ name: String, n: ClosedRange<Double>, s: ClosedRange<Double>? = nil) -> Int {
            names.append(name)
            box.nLow.append(n.lowerBound); box.nHigh.append(n.upperBound)
            box.sLow.append(s?.lowerBound ?? n.lowerBound); box.sHigh.append(s?.upperBound ?? 5 * n.upperBound)
            return names.count - 1
        }

        /// Narrows `box` by every sum and by 1 ≤ mean ≤ 5 until nothing moves; false when
        /// the figures contradict each other.
        func propagate(_ box: inout Box) -> Bool {
            let epsilon = 1e-7
            func up(_ x: Double) -> Double { (x - epsilon).rounded(.up) }
            func down(_ x: Double) -> Double { (x + epsilon).rounded(.down) }
            for _ in 0..<80 {
                var moved = 0.0
                func narrow(_ low: inout [Double], _ high: inout [Double], _ i: Int, _ l: Double, _ h: Double, whole: Bool) {
                    let l = whole ? up(l) : l, h = whole ? down(h) : h
                    if l > low[i] { moved = max(moved, l - low[i]); low[i] = l }
                    if h < high[i] { moved = max(moved, high[i] - h); high[i] = h }
                }
                for i in names.indices {
                    narrow(&box.nLow, &box.nHigh, i, box.sLow[i] / 5, box.sHigh[i], whole: true)
                    narrow(&box.sLow, &box.sHigh, i, box.nLow[i], 5 * box.nHigh[i], whole: integral)
                }
                for identity in identities {
                    for counts in [true, false] {
                        let integralHere = counts || integral
                        var low = counts ? box.nLow : box.sLow, high = counts ? box.nHigh : box.sHigh
                        let partsLow = identity.parts.map { low[$0] }.reduce(0, +)
                        let partsHigh = identity.parts.map { high[$0] }.reduce(0, +)
                        narrow(&low, &high, identity.whole, partsLow, partsHigh, whole: integralHere)
                        for part in identity.parts {
                            narrow(&low, &high, part, low[identity.whole] - (partsHigh - high[part]),
                                   high[identity.whole] - (partsLow - low[part]), whole: integralHere)
                        }
                        if counts { box.nLow = low; box.nHigh = high } else { box.sLow = low; box.sHigh = high }
                    }
                }
                for i in names.indices where box.nLow[i] > box.nHigh[i] + 1e-6 || box.sLow[i] > box.sHigh[i] + 1e-6 { return false }
                if moved < 1e-6 { break }
            }
            return true
        }

        /// For each count the variable may have, with it fixed, the means it allows.
        func meanByCount(_ variable: Int, counts: [Int], seed: [Int: ClosedRange<Double>]?) -> [Int: ClosedRange<Double>] {
            var result: [Int: ClosedRange<Double>] = [:]
            for count in counts {
                var box = box
                let k = Double(count)
                box.nLow[variable] = k; box.nHigh[variable] = k
                if let seed {
                    guard let range = seed[count] else { continue }
                    box.sLow[variable] = max(box.sLow[variable], k * range.lowerBound - 1e-9)
                    box.sHigh[variable] = min(box.sHigh[variable], k * range.upperBound + 1e-9)
                }
                guard propagate(&box) else { continue }
                let low = max(1, box.sLow[variable] / k), high = min(5, box.sHigh[variable] / k)
                result[count] = low...max(low, high)
            }
            return result
        }
    }

    /// The sums of every question and year, solved for each hidden row and each small rest.
    func identityBounds(seed: [Bounds]) -> SumBounds {
        let seen = seenRows
        let hidden = hiddenCells
        let seedByKey = Dictionary(seed.map { ($0.cell, $0) }, uniquingKeysWith: { a, _ in a })
        let truth = Dictionary(content.survey.compactMap { record -> (CellKey, (Int, Double))? in
            guard case .answered(let mean, let answers) = record.cell else { return nil }
            return (key(record), (answers, (mean * Double(answers)).rounded()))
        }, uniquingKeysWith: { a, _ in a })
        let wanted = Array(1...max(1, rule.minimumAnswers - 1))
        var result = SumBounds()
        let groups = Dictionary(grouping: seen.keys) { GroupKey(year: $0.year, question: $0.question) }
        for (group, keys) in groups.sorted(by: { ($0.key.year, $0.key.question) < ($1.key.year, $1.key.question) }) {
            let vendor = SurveyRecord.allProviders
            let cells = keys.filter { $0.provider != vendor && !$0.programme.isEmpty }.sorted()
            let margins = keys.filter { $0.provider != vendor && $0.programme.isEmpty }.sorted()
            let columns = keys.filter { $0.provider == vendor && !$0.programme.isEmpty }.sorted()
            let total = keys.first { $0.provider == vendor && $0.programme.isEmpty }
            guard total != nil || !columns.isEmpty || margins.contains(where: { margin in cells.contains { $0.provider == margin.provider } }) else { continue }

            // Whole scores when every shown figure allows them.
            let integral = keys.allSatisfy { key in
                guard let mean = seen[key]?.mean, let n = seen[key]?.answers else { return true }
                let low = Double(n) * (mean - 0.005) - 1e-9, high = Double(n) * (mean + 0.005) + 1e-9
                return (low - 1e-7).rounded(.up) <= (high + 1e-7).rounded(.down)
            }
            var system = SumSystem(names: [], box: .init(nLow: [], nHigh: [], sLow: [], sHigh: []), integral: integral)
            var index: [CellKey: Int] = [:]
            for key in [total].compactMap({ $0 }) + columns + margins + cells {
                let row = seen[key]!
                if let mean = row.mean, let n = row.answers {
                    let count = Double(n)
                    index[key] = system.variable("\(key)", n: count...count,
                                                 s: (count * (mean - 0.005) - 1e-9)...(count * (mean + 0.005) + 1e-9))
                } else if row.status == OpenData.status(.protectsAnother) {
                    // Hidden to protect another: any size (a small margin with cells, or any
                    // vendor row, says no more than that), but it has answers.
                    index[key] = system.variable("\(key)", n: 1...Self.largeCount)
                } else if let secret = hidden[key] {
                    let bound = seedByKey[key]
                    let counts = bound?.counts ?? Array(secret.counts)
                    let low = Double(counts.min() ?? secret.counts.lowerBound), high = Double(counts.max() ?? secret.counts.upperBound)
                    let sLow = bound.map { b in b.counts.map { Double($0) * b.meanByCount[$0]!.lowerBound }.min() ?? low } ?? low
                    let sHigh = bound.map { b in b.counts.map { Double($0) * b.meanByCount[$0]!.upperBound }.max() ?? 5 * high } ?? 5 * high
                    index[key] = system.variable("\(key)", n: low...high, s: (sLow - 1e-9)...(sHigh + 1e-9))
                } else {
                    index[key] = system.variable("\(key)", n: 0...Self.largeCount)
                }
            }
            let wholeTotal = total.map { index[$0]! } ?? system.variable("the total (no row)", n: 0...Self.largeCount)
            func truthOf(_ key: CellKey) -> (Int, Double)? { truth[key] }

            /// whole = Σ parts (+ a rest unless `exact`).
            /// `target`: whether the rest is a group no row accounts for, so that narrowing it
            /// is a leak; a rest made of rows the split leaves out (providers given only as
            /// cells, in a split by margins) is known from the file's shape, not a secret.
            func sum(_ whole: Int, _ wholeKey: CellKey?, _ parts: [CellKey], exact: Bool = false, target: Bool = true, _ text: String) {
                var variables = parts.map { index[$0]! }
                let description = "\(system.names[whole]) = Σ \(text) [\(parts.map(\.description).joined(separator: ", "))]"
                if !exact {
                    let rest = system.variable("rest of \(system.names[whole]) less \(text)", n: 0...Self.largeCount)
                    variables.append(rest)
                    var restTruth: (answers: Int, sum: Double)?
                    if let wholeKey, let whole = truthOf(wholeKey) {
                        let known = parts.compactMap(truthOf)
                        if known.count == parts.count {
                            restTruth = (whole.0 - known.map(\.0).reduce(0, +), whole.1 - known.map(\.1).reduce(0, +))
                        }
                    }
                    if target { system.rests.append((rest, description + " + rest", restTruth)) }
                }
                system.identities.append((whole, variables, exact ? description : description + " + rest"))
            }
            for margin in margins {
                let own = cells.filter { $0.provider == margin.provider }
                if !own.isEmpty { sum(index[margin]!, margin, own, "its cells") }
            }
            let withoutMargin = cells.filter { cell in !margins.contains { $0.provider == cell.provider } }
            let withoutCells = margins.filter { margin in !cells.contains { $0.provider == margin.provider } }
            for column in columns {
                // A column less its cells holds the programme's answers of the providers given
                // only as margins: rows of the file, whose statuses bound them; not a left-out group.
                let own = cells.filter { $0.programme == column.programme }
                if !own.isEmpty { sum(index[column]!, column, own, target: withoutCells.isEmpty, "its cells") }
            }
            if !margins.isEmpty { sum(wholeTotal, total, margins, target: withoutMargin.isEmpty, "margins") }
            if !margins.isEmpty && !withoutMargin.isEmpty { sum(wholeTotal, total, margins + withoutMargin, "margins, else cells") }
            if !cells.isEmpty { sum(wholeTotal, total, cells, target: withoutCells.isEmpty, "cells") }
            if !columns.isEmpty {
                let uncovered = Set(cells.map(\.programme)).subtracting(columns.map(\.programme))
                sum(wholeTotal, total, columns, exact: uncovered.isEmpty, "columns")
            }
            guard system.propagate(&system.box) else {
                // Shown figures that contradict the sums: the input is not the vendor's shape.
                continue
            }
            let place = "the sums of \(group.year) \(group.question)"
            // The targets: the rows a reader is told are small. A whole hidden to protect
            // another is not claimed small; its small parts are targets themselves.
            for key in keys.sorted() where hidden[key] != nil && seen[key]?.status != OpenData.status(.protectsAnother) {
                let variable = index[key]!
                let seedBound = seedByKey[key]
                let counts = seedBound?.counts ?? Array(hidden[key]!.counts)
                let found = system.meanByCount(variable, counts: counts, seed: seedBound?.meanByCount)
                let used = system.identities.filter { $0.whole == variable || $0.parts.contains(variable) }.map(\.text)
                result.rows[key] = SumBounds.Row(meanByCount: found, places: used.isEmpty ? [] : ["\(place): " + used.joined(separator: "; ")])
            }
            for rest in system.rests {
                guard let truth = rest.truth, wanted.contains(truth.answers) else { continue }
                let counts = Array(Set(wanted + [truth.answers])).sorted()
                result.rests.append(SumBounds.Rest(place: "\(group.year)/\(group.question): \(rest.text)", truth: truth,
                                                   meanByCount: system.meanByCount(rest.variable, counts: counts, seed: nil)))
            }
        }
        return result
    }

    private struct GroupKey: Hashable {
        var year: Int
        var question: String
    }

    /// The small rests the sums give away: a count narrowed, a mean bounded, or the attacker
    /// unsound (the true rest infeasible).
    func restLeaks(_ sums: SumBounds) -> [String] {
        let wanted = Set(1...max(1, rule.minimumAnswers - 1))
        var problems: [String] = []
        for rest in sums.rests {
            let k = rest.truth.answers
            let mean = rest.truth.sum / Double(k)
            if !(rest.meanByCount[k].map { $0.lowerBound - 1e-6 <= mean && mean <= $0.upperBound + 1e-6 } ?? false) {
                problems.append("\(rest.place): the attacker itself is wrong — the true rest of \(k) answers, mean \(mean), is not feasible")
            }
            if !wanted.isSubset(of: Set(rest.counts)) {
                problems.append("\(rest.place): the small rest (\(k) answers no row accounts for) is narrowed to \(rest.counts)")
            }
            let low = rest.meanByCount.values.map(\.lowerBound).min() ?? 1, high = rest.meanByCount.values.map(\.upperBound).max() ?? 5
            if low > 1 + Self.tolerance || high < 5 - Self.tolerance {
                let described = rest.counts.map { "k=\($0): \(String(format: "%.3f", rest.meanByCount[$0]!.lowerBound))–\(String(format: "%.3f", rest.meanByCount[$0]!.upperBound))" }
                problems.append("\(rest.place): the small rest's mean (\(k) answers) is narrowed to \(described.joined(separator: ", "))")
            }
        }
        return problems
    }
}
