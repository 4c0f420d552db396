import Testing
@testable import SiteGen

@Suite("Statistics")
struct StatisticsTests {
    @Test("Wilson 95 % intervals match Newcombe (1998) table I and stay within 0–1", arguments: [
        (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718),
        (5, 10, 0.2366, 0.7634), (10, 10, 0.7225, 1.0),
    ])
    func wilson(successes: Int, total: Int, low: Double, high: Double) {
        let interval = Share(successes: successes, total: total).wilsonInterval
        #expect(abs(interval.lowerBound - low) < 0.00005)
        #expect(abs(interval.upperBound - high) < 0.00005)
    }

    @Test("the minimum-frequency rule is inclusive: 5 answers are shown, 4 are not", arguments: [(5, true), (4, false), (0, false), (100, true)])
    func surveyRule(answers: Int, shown: Bool) {
        let cell = SuppressionRule(minimumAnswers: 5, minimumEnded: 10).survey(mean: 3.8, answers: answers)
        #expect((cell.published != nil) == shown)
        if !shown { #expect(cell == .suppressed(.tooFewAnswers(minimum: 5))) }
    }

    @Test("results need at least minimumEnded ended programmes", arguments: [(10, true), (9, false)])
    func resultRule(ended: Int, shown: Bool) {
        let cell = SuppressionRule(minimumAnswers: 5, minimumEnded: 10).result(selfSufficient: 4, ended: ended)
        #expect((cell.published != nil) == shown)
    }

    @Test("verdicts appear only when the interval lies wholly above or below the average", arguments: [
        (45, 100, 0.30, Verdict?.some(.higher)), (45, 100, 0.45, .some(.indistinguishable)),
        (45, 100, 0.60, .some(.lower)), (9, 10, 0.45, .some(.higher)), (6, 10, 0.45, .some(.indistinguishable)),
    ])
    func verdicts(successes: Int, total: Int, average: Double, expected: Verdict?) {
        #expect(Verdict.compare(SuppressionRule().result(selfSufficient: successes, ended: total), with: average) == expected)
    }

    @Test("a suppressed share gets no verdict")
    func noVerdictWhenSuppressed() {
        #expect(Verdict.compare(.suppressed(.tooFewEnded(minimum: 10)), with: 0.4) == nil)
    }

    @Test("answer-weighted means follow the report's rule over the published inputs; hidden ones are left out, not zero")
    func weighted() throws {
        let rule = SuppressionRule()
        let mean = try #require(Reported.weightedMean([rule.survey(mean: 3.8, answers: 5), rule.survey(mean: 3.8, answers: 5),
                                                      rule.survey(mean: 2.0, answers: 10)])?.published)
        #expect(abs(mean.value - 2.9) < 1e-12)
        #expect(mean.n == 20)
        let withHidden = try #require(Reported.weightedMean([rule.survey(mean: 3.8, answers: 5), rule.survey(mean: 1.0, answers: 4)])?.published)
        #expect(withHidden.value == 3.8 && withHidden.n == 5)
        #expect(Reported.weightedMean([rule.survey(mean: 1.0, answers: 4)]) == nil)
        #expect(Reported.weightedMean([]) == nil)
        let nki = try #require(Reported.weightedMean([rule.survey(mean: 4.0, answers: 6), rule.survey(mean: 3.0, answers: 9)], count: .largest)?.published)
        #expect(abs(nki.value - 3.4) < 1e-12 && nki.n == 9)
    }

    @Test("a figure computed from hidden inputs stops the build unless the test-only switch is off")
    func unprotectedNeedsTheSwitch() async {
        var off = SuppressionRule()
        off.secondarySuppression = false
        #expect(Reported<Double>.unprotected(2.5, n: 3, rule: off).published?.n == 3)
        await #expect(processExitsWith: .failure) {
            _ = Reported<Double>.unprotected(2.5, n: 3, rule: SuppressionRule())
        }
    }

    @Test("a figure about the self-sufficient (days, durability) needs that group, too, to reach the minimum")
    func selfSufficientGroup() {
        let rule = SuppressionRule()
        func record(ended: Int, selfSufficient: Int, days: Double?, returned: Int?) -> ResultRecord {
            let here = SourceLocation(file: "resultat.csv", line: 2, column: 1)
            return ResultRecord(provider: Located("a", at: here), programme: Located("grund", at: here), year: Located(2022, at: here),
                                ended: ended, selfSufficient: selfSufficient, meanDays: days,
                                returnedWithin24Months: returned, otherEndings: [:], location: here)
        }
        #expect(rule.days(record(ended: 12, selfSufficient: 3, days: 128.9, returned: 0)) == .suppressed(.tooFewSelfSufficient(minimum: 10)))
        #expect(rule.returned(record(ended: 12, selfSufficient: 3, days: 128.9, returned: 0)) == .suppressed(.tooFewSelfSufficient(minimum: 10)))
        #expect(rule.days(record(ended: 8, selfSufficient: 8, days: 100, returned: 1)) == .suppressed(.tooFewEnded(minimum: 10)))
        #expect(rule.days(record(ended: 30, selfSufficient: 10, days: 140.5, returned: 2)).published?.value == 140.5)
        #expect(rule.days(record(ended: 30, selfSufficient: 10, days: 140.5, returned: 2)).published?.n == 10)
        #expect(rule.days(record(ended: 30, selfSufficient: 10, days: nil, returned: 2)) == .suppressed(.notReported))
        #expect(rule.returned(record(ended: 30, selfSufficient: 10, days: nil, returned: 2)).published?.value == Share(successes: 2, total: 10))
    }

    @Test("Student's t for 95 %: table values to 30 degrees of freedom, then close to the exact quantile", arguments: [
        (1, 12.706, 0.0005), (4, 2.776, 0.0005), (9, 2.262, 0.0005), (29, 2.045, 0.0005),
        (50, 2.0086, 0.002), (100, 1.9840, 0.002), (1000, 1.9623, 0.002),
    ])
    func studentT(df: Int, exact: Double, tolerance: Double) {
        #expect(abs(MeanInterval.t975(degreesOfFreedom: df) - exact) < tolerance)
    }

    @Test("a mean's interval is mean ± t·s/√n, kept within the scale; one answer gives none")
    func meanInterval() throws {
        // 3,77 with s = 0,9 from 10 answers: ± 2.262 · 0.9 / √10 = ± 0.6438.
        let interval = try #require(MeanInterval.of(mean: 3.77, standardDeviation: 0.9, answers: 10))
        #expect(abs(interval.lowerBound - 3.1262) < 0.0001)
        #expect(abs(interval.upperBound - 4.4138) < 0.0001)
        #expect(MeanInterval.of(mean: 4.8, standardDeviation: 0.45, answers: 5)?.upperBound == 5)
        #expect(MeanInterval.of(mean: 4.0, standardDeviation: 0.5, answers: 1) == nil)
    }

    @Test("the largest possible spread on 1–5: none at the ends, 2 (times √(n/(n−1))) at the middle")
    func largestSpread() {
        #expect(MeanInterval.largestStandardDeviation(mean: 5, answers: 10) == 0)
        #expect(abs(MeanInterval.largestStandardDeviation(mean: 3, answers: 5) - 2 * (5.0 / 4).squareRoot()) < 1e-12)
    }
}
