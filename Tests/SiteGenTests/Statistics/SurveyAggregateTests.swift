import Testing
@testable import SiteGen

@Suite("Survey aggregates: one rule for area indexes and NKI, with secondary suppression")
struct SurveyAggregateTests {
    static let shown = SurveyCell.answered(mean: 3.8, answers: 5)
    static let few = SurveyCell.answered(mean: 2.2, answers: 3)

    @Test("secondary suppression on: shown inputs give the weighted mean; a hidden one hides the aggregate", arguments: [
        ([shown, .answered(mean: 3.0, answers: 10)], Reported<Double>.Figure.value((3.8 * 5 + 30) / 15, n: 15)),
        ([shown, few], .suppressed(.protectsAnother)),
        ([shown, .suppressedAtSource], .suppressed(.protectsAnother)),
        ([few, .suppressedAtSource], .suppressed(.tooFewAnswers(minimum: 5))),
        ([shown, nil], .suppressed(.notReported)),
        ([], .suppressed(.notReported)),
    ] as [([SurveyCell?], Reported<Double>.Figure)])
    func protected(cells: [SurveyCell?], expected: Reported<Double>.Figure) {
        let result = SuppressionRule().aggregate(cells)
        if case .value(let mean, let n) = expected {
            #expect(abs((result.published?.value ?? 0) - mean) < 1e-12 && result.published?.n == n)
        } else {
            #expect(result.figure == expected)
        }
    }

    @Test("secondary suppression off (the 2021 report): hidden answered questions are averaged in; the NKI counts its largest question")
    func reportStyle() throws {
        var rule = SuppressionRule()
        rule.secondarySuppression = false
        let index = try #require(rule.aggregate([Self.shown, Self.shown, Self.few, .suppressedAtSource]).published)
        #expect(abs(index.value - 44.6 / 13) < 1e-12)
        #expect(index.n == 13)
        #expect(rule.aggregate([Self.few, Self.shown], count: .largest).published?.n == 5)
        #expect(rule.aggregate([.suppressedAtSource]) == .suppressed(.suppressedAtSource))
    }
}
