import Foundation

/// Numbers in CSV values, as staff type them in Swedish Excel.
extension CSVRow {
    /// The whole number in the column called `column`, within `range`, or nil after
    /// reporting why not: `Content/resultat/2020.csv:42:7: error: 'avslutade' is not a
    /// whole number ("12a")`. The default range is a count of customers, so no count a
    /// file holds is above ``CSVNumber/largestCount``, and the sums of counts the site
    /// makes (a share's parts, a programme's totals) stay far from `Int.max`.
    public func wholeNumber(_ column: String, in range: ClosedRange<Int> = CSVNumber.counts, hint rangeHint: String? = nil,
                            diagnostics: inout Diagnostics) -> Located<Int>? {
        guard let field = field(column, diagnostics: &diagnostics) else { return nil }
        let text = field.value.trimmed
        let negative = text.hasPrefix("-")
        guard let digits = CSVNumber.digits(negative ? String(text.dropFirst()) : text) else {
            if text.isEmpty {
                diagnostics.error(field.location, "'\(column)' is empty", hint: "write a whole number, e.g. \(range.lowerBound == 0 ? 12 : range.lowerBound)")
            } else {
                diagnostics.error(field.location, "'\(column)' is not a whole number (\"\(field.value)\")",
                                  hint: "write digits only, e.g. \(range.lowerBound == 0 ? 12 : range.lowerBound)")
            }
            return nil
        }
        // Int(_:) is nil past Int.max, which is far out of range anyway.
        let value = Int(digits).map { negative ? -$0 : $0 }
        if let value, range.contains(value) { return Located(value, at: field.location) }
        if range == CSVNumber.counts {
            if negative && value != 0 {
                diagnostics.error(field.location, "'\(column)' must be 0 or more (\"\(field.value)\")",
                                  hint: "a count cannot be negative; check the value")
            } else {
                diagnostics.error(field.location, "'\(column)' is more than \(CSVNumber.grouped(range.upperBound)) (\"\(field.value)\")",
                                  hint: "no count here is above \(CSVNumber.grouped(range.upperBound)) customers; check the cell, which may hold a value pasted into the wrong column")
            }
        } else {
            diagnostics.error(field.location, "'\(column)' must be from \(range.lowerBound) to \(range.upperBound) (\"\(field.value)\")",
                              hint: rangeHint ?? "check the cell, which may hold a value pasted into the wrong column")
        }
        return nil
    }

    /// The decimal number in the column called `column`, written with a decimal comma
    /// (`3,77`, as Swedish Excel does) or a point (`3.77`), within `range`, or nil after
    /// reporting why not. `NaN`, `inf` and `1e308` are not numbers here, and a value too
    /// large for a `Double` is out of range, so every figure that is read is finite.
    public func decimal(_ column: String, in range: ClosedRange<Double>? = nil,
                        hint rangeHint: String? = nil, diagnostics: inout Diagnostics) -> Located<Double>? {
        guard let field = field(column, diagnostics: &diagnostics) else { return nil }
        guard let value = CSVNumber.decimalValue(field.value) else {
            if field.value.trimmed.isEmpty {
                diagnostics.error(field.location, "'\(column)' is empty", hint: "write a number, e.g. 3,77")
            } else {
                diagnostics.error(field.location, "'\(column)' is not a decimal number (\"\(field.value)\")",
                                  hint: "write digits with at most one decimal comma, e.g. 3,77")
            }
            return nil
        }
        if let range, !range.contains(value) || !value.isFinite {
            diagnostics.error(field.location,
                              "'\(column)' must be from \(CSVNumber.text(range.lowerBound)) to \(CSVNumber.text(range.upperBound)) (\"\(field.value.trimmed)\")",
                              hint: rangeHint ?? "check the cell, which may hold a value pasted into the wrong column")
            return nil
        }
        guard value.isFinite else {
            diagnostics.error(field.location, "'\(column)' is too large (\"\(field.value.trimmed.prefix(40))\")",
                              hint: "check the cell, which may hold a value pasted into the wrong column")
            return nil
        }
        return Located(value, at: field.location)
    }

    /// The text in `column`, trimmed; an empty cell is nil, and an error when `required`.
    public func text(_ column: String, required: Bool = true, diagnostics: inout Diagnostics) -> Located<String>? {
        guard let field = field(named: column) else { return nil }
        let value = field.value.trimmed
        if value.isEmpty {
            if required { diagnostics.error(field.location, "'\(column)' is empty", hint: "every row needs a value here") }
            return nil
        }
        return Located(value, at: field.location)
    }

    /// The value in `column`; a column missing from the table is the loader's mistake
    /// (it should have called ``CSVTable/checkColumns(required:optional:)``), reported anyway.
    private func field(_ column: String, diagnostics: inout Diagnostics) -> Located<String>? {
        guard let field = field(named: column) else {
            diagnostics.error(location, "the column '\(column)' is missing", hint: "add a column named '\(column)' to the first line")
            return nil
        }
        return field
    }
}

/// The number rules: surrounding spaces are ignored, thousands may be grouped with a
/// space or a non-breaking space (`1 234`, as Excel shows them), and the decimal
/// separator is a comma or a point — never both, so `1.234,5` is refused, not guessed.
/// Only the digits 0–9 count, so `NaN`, `inf`, `1e5` and `١٢` are not numbers.
public enum CSVNumber {
    /// The most customers any count in a file may hold (a share's parts, answers to a
    /// question): far above any real programme, far below where sums could overflow.
    public static let largestCount = 1_000_000
    /// The range of a count: 0 to ``largestCount``.
    public static let counts = 0...largestCount
    /// The years a results or survey row may be for.
    public static let years = 2000...2100
    public static let yearHint = "write the year the figures are for, e.g. 2021"

    /// The whole number 0 or more written in `text`, or nil, also when it is too large for an `Int`.
    static func wholeNumber(_ text: String) -> Int? {
        digits(text).flatMap { Int($0) }
    }

    /// The finite decimal number written in `text`, or nil.
    static func decimal(_ text: String) -> Double? {
        decimalValue(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The decimal number written in `text`; infinite when the digits are too many for a `Double`.
    static func decimalValue(_ text: String) -> Double? {
        var rest = text.trimmed[...]
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard parts.count <= 2, let whole = ungrouped(parts[0]) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : "0"
        guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }
        return Double("\(negative ? "-" : "")\(whole).\(fraction)")
    }

    /// The digits of a whole number 0 or more as written, ungrouped: `1 234` → `1234`.
    static func digits(_ text: String) -> String? {
        ungrouped(text.trimmed[...])
    }

    /// `1000000` → `1 000 000`, as the value would be written in the file.
    static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(" ", at: index)
        }
        return value < 0 ? "-" + digits : digits
    }

    /// `10000.0` → `10 000`, `1.0` → `1`, `0.5` → `0.5`: a range's end in a message.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? grouped(Int(value)) : String(value)
    }

    /// `1 234` → `1234`; nil unless the text is digits, grouped in threes if at all.
    private static func ungrouped(_ text: Substring) -> String? {
        let groups = text.split(omittingEmptySubsequences: false, whereSeparator: { [" ", "\u{A0}", "\u{202F}"].contains($0) })
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        guard groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }) else { return nil }
        return groups.joined()
    }

    private static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
