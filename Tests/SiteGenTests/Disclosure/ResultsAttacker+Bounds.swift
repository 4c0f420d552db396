import Foundation

/// The arithmetic: what each published total allows of each unknown, intersected per
/// self-sufficient count.
extension ResultsAttacker {
    struct Pair: Hashable, Comparable, CustomStringConvertible, Sendable {
        var ended: Int
        var selfSufficient: Int

        static func < (a: Self, b: Self) -> Bool { (a.ended, a.selfSufficient) < (b.ended, b.selfSufficient) }

        var description: String { "\(selfSufficient) av \(ended)" }
    }

    /// What the reader could conclude about one unknown.
    struct Bounds: Sendable {
        var unknown: Unknown
        /// Every (ended, self-sufficient) still possible; one pair for a shown cell.
        var pairs: Set<Pair>
        /// For each self-sufficient count still possible, where the days must lie and the
        /// returned count; empty when the row has no unknown days or returned count.
        var days: [Int: ClosedRange<Double>]
        var returned: [Int: ClosedRange<Int>]
        var aggregates: [String]

        var cell: CellKey { unknown.key }
        var endedCounts: [Int] { Set(pairs.map(\.ended)).sorted() }
        var selfSufficientCounts: [Int] { Set(pairs.map(\.selfSufficient)).sorted() }

        mutating func narrow(_ constraint: Constraint) {
            if let allowed = constraint.pairs { pairs.formIntersection(allowed) }
            if let other = constraint.days { days = Self.intersect(days, other) }
            if let other = constraint.returned { returned = Self.intersect(returned, other) }
            var counts = Set(pairs.map(\.selfSufficient))
            if unknown.days { counts.formIntersection(days.keys) }
            if unknown.returned { counts.formIntersection(returned.keys) }
            pairs = pairs.filter { counts.contains($0.selfSufficient) }
            days = days.filter { counts.contains($0.key) }
            returned = returned.filter { counts.contains($0.key) }
        }

        static func intersect<T: Comparable>(_ a: [Int: ClosedRange<T>], _ b: [Int: ClosedRange<T>]) -> [Int: ClosedRange<T>] {
            var result: [Int: ClosedRange<T>] = [:]
            for (count, x) in a {
                guard let y = b[count], x.lowerBound <= y.upperBound, y.lowerBound <= x.upperBound else { continue }
                result[count] = max(x.lowerBound, y.lowerBound)...min(x.upperBound, y.upperBound)
            }
            return result
        }
    }

    /// What one total allows of one unknown; a nil part says nothing.
    struct Constraint {
        var pairs: Set<Pair>? = nil
        var days: [Int: ClosedRange<Double>]? = nil
        var returned: [Int: ClosedRange<Int>]? = nil
    }

    /// What every total together says about each unknown.
    func bounds() -> [Bounds] {
        let aggregates = aggregates()
        return problems().flatMap { problem in
            let totals = aggregates.filter { $0.programme == problem.programme }
            return problem.unknowns.map { unknown in
                var bounds = Self.everything(unknown, minimum: minimum)
                for aggregate in totals {
                    guard let constraint = Self.constraint(on: unknown, in: problem, by: aggregate.value, minimum: minimum) else {
                        continue
                    }
                    bounds.narrow(constraint)
                    bounds.aggregates.append(aggregate.place)
                }
                return bounds
            }
        }
    }

    /// What the reader knows of an unknown before reading any total.
    static func everything(_ unknown: Unknown, minimum: Int) -> Bounds {
        let pairs: Set<Pair> = unknown.shown.map { [Pair(ended: $0.ended, selfSufficient: $0.selfSufficient)] }
            ?? Set((0..<max(0, minimum)).flatMap { e in (0...e).map { Pair(ended: e, selfSufficient: $0) } })
        let counts = Set(pairs.map(\.selfSufficient))
        return Bounds(unknown: unknown, pairs: pairs,
                      days: unknown.days ? Dictionary(uniqueKeysWithValues: counts.map { ($0, 0...dayCap) }) : [:],
                      returned: unknown.returned ? Dictionary(uniqueKeysWithValues: counts.map { ($0, 0...$0) }) : [:],
                      aggregates: [])
    }

    /// The self-sufficient counts an unknown may have before any total.
    static func counts(_ unknown: Unknown, minimum: Int) -> [Int] {
        unknown.shown.map { [$0.selfSufficient] } ?? Array(0..<max(0, minimum))
    }

    static func within(_ value: Int, _ low: Int, _ high: Int) -> Bool { low <= value && value <= high }

    /// Whether the total is what the shown figures alone give: then it says nothing.
    static func fitsShownOnly(_ problem: Problem, _ value: Aggregate.Value) -> Bool {
        switch value {
        case .share(let successes, let total):
            return total == problem.ended && (successes == nil || successes == problem.selfSufficient)
        case .returned(let successes, let total):
            return total == problem.returnedBase && successes == problem.returned
        case .days(let average):
            guard problem.dayWeight > 0 else { return false }
            let weight = Double(problem.dayWeight)
            return (problem.daySum - problem.daySlack) / weight <= average.upperBound
                && average.lowerBound <= (problem.daySum + problem.daySlack) / weight
        }
    }

    /// Whether the total can be the reports' way, over every provider with a row; with
    /// ``fitsShownOnly(_:_:)`` false as well the attacker's model is wrong.
    static func fitsEveryProvider(_ problem: Problem, _ value: Aggregate.Value, minimum: Int) -> Bool {
        let top = minimum - 1
        switch value {
        case .share(let successes, let total):
            let endedRest = total - problem.ended
            return within(endedRest, 0, top * problem.unknowns.filter { $0.shown == nil }.count)
                && successes.map { within($0 - problem.selfSufficient, 0, endedRest) } ?? true
        case .returned(let successes, let total):
            let (fixed, free) = weights(problem.unknowns.filter(\.returned))
            let baseRest = total - problem.returnedBase
            return within(baseRest - fixed, 0, top * free) && within(successes - problem.returned, 0, baseRest)
        case .days(let average):
            let (fixed, free) = weights(problem.unknowns.filter(\.days))
            return (fixed...(fixed + max(0, top * free))).contains { weight in
                let total = Double(problem.dayWeight + weight)
                return total > 0 && problem.daySum - problem.daySlack <= average.upperBound * total
                    && average.lowerBound * total <= problem.daySum + problem.daySlack + dayCap * Double(weight)
            }
        }
    }

    /// Unknowns' weights (their self-sufficient): the sum of the shown ones, and how many
    /// hidden cells add 0…(minimum − 1) each.
    static func weights(_ unknowns: [Unknown]) -> (fixed: Int, free: Int) {
        (unknowns.compactMap { $0.shown?.selfSufficient }.reduce(0, +), unknowns.filter { $0.shown == nil }.count)
    }

    /// What one total allows of `target`, read the reports' way; nil when the shown
    /// figures alone explain it or it has no part of the target.
    static func constraint(on target: Unknown, in problem: Problem, by value: Aggregate.Value, minimum: Int) -> Constraint? {
        guard !fitsShownOnly(problem, value) else { return nil }
        let others = problem.unknowns.filter { $0.key != target.key }
        let top = minimum - 1
        switch value {
        case .share(let successes, let total):
            guard target.shown == nil else { return nil }
            let hiddenOthers = others.filter { $0.shown == nil }.count
            let endedRest = total - problem.ended
            let successRest = successes.map { $0 - problem.selfSufficient }
            var pairs: Set<Pair> = []
            for ended in 0..<max(0, minimum) {
                for selfSufficient in 0...ended where within(endedRest - ended, 0, top * hiddenOthers) {
                    if let successRest, !within(successRest - selfSufficient, 0, endedRest - ended) { continue }
                    pairs.insert(Pair(ended: ended, selfSufficient: selfSufficient))
                }
            }
            return Constraint(pairs: pairs)
        case .returned(let successes, let total):
            guard target.returned else { return nil }
            let (fixed, free) = weights(others.filter(\.returned))
            let baseRest = total - problem.returnedBase, returnedRest = successes - problem.returned
            var map: [Int: ClosedRange<Int>] = [:]
            for count in counts(target, minimum: minimum) where within(baseRest - count - fixed, 0, top * free) {
                let low = max(0, returnedRest - (baseRest - count)), high = min(count, returnedRest)
                if low <= high { map[count] = low...high }
            }
            return Constraint(returned: map)
        case .days(let average):
            guard target.days else { return nil }
            let (fixed, free) = weights(others.filter(\.days))
            var map: [Int: ClosedRange<Double>] = [:]
            for count in counts(target, minimum: minimum) {
                // With no one self-sufficient the row is not in an average over them.
                guard count > 0 else { map[0] = 0...dayCap; continue }
                var range: ClosedRange<Double>?
                for weight in fixed...(fixed + max(0, top * free)) {
                    // d·s = A·W − Σshown − Σothers, the others' days each within 0…dayCap.
                    let total = Double(problem.dayWeight + count + weight)
                    let low = (average.lowerBound * total - problem.daySum - problem.daySlack - dayCap * Double(weight)) / Double(count)
                    let high = (average.upperBound * total - problem.daySum + problem.daySlack) / Double(count)
                    guard high >= 0, low <= dayCap else { continue }
                    let part = max(0, low)...min(dayCap, high)
                    range = range.map { min($0.lowerBound, part.lowerBound)...max($0.upperBound, part.upperBound) } ?? part
                }
                if let range { map[count] = range }
            }
            return Constraint(days: map)
        }
    }
}
