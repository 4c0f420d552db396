import Foundation

/// Numbers in CSV values, as staff type them in Swedish Excel.
extension CSVRow {
    /// The whole number, 0 or more, in the column called `column`, or nil after reporting
    /// why not: `Content/resultat/2020.csv:42:7: error: 'avslutade' is not a whole number ("12a")`.
    public func wholeNumber(_ column: String, diagnostics: inout Diagnostics) -> Located<Int>? {
        guard let field = field(column, diagnostics: &diagnostics) else { return nil }
        if let value = CSVNumber.wholeNumber(field.value) { return Located(value, at: field.location) }
        let text = field.value.trimmed
        if text.isEmpty {
            diagnostics.error(field.location, "'\(column)' is empty", hint: "write a whole number, e.g. 12")
        } else if text.hasPrefix("-"), CSVNumber.wholeNumber(String(text.dropFirst())) != nil {
            diagnostics.error(field.location, "'\(column)' must be 0 or more (\"\(field.value)\")",
                              hint: "a count cannot be negative; check the value")
        } else {
            diagnostics.error(field.location, "'\(column)' is not a whole number (\"\(field.value)\")",
                              hint: "write digits only, e.g. 12")
        }
        return nil
    }

    /// The decimal number in the column called `column`, written with a decimal comma
    /// (`3,77`, as Swedish Excel does) or a point (`3.77`), or nil after reporting why not.
    public func decimal(_ column: String, diagnostics: inout Diagnostics) -> Located<Double>? {
        guard let field = field(column, diagnostics: &diagnostics) else { return nil }
        if let value = CSVNumber.decimal(field.value) { return Located(value, at: field.location) }
        if field.value.trimmed.isEmpty {
            diagnostics.error(field.location, "'\(column)' is empty", hint: "write a number, e.g. 3,77")
        } else {
            diagnostics.error(field.location, "'\(column)' is not a decimal number (\"\(field.value)\")",
                              hint: "write digits with at most one decimal comma, e.g. 3,77")
        }
        return nil
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
enum CSVNumber {
    static func wholeNumber(_ text: String) -> Int? {
        ungrouped(text.trimmed[...]).flatMap { Int($0) }
    }

    static func decimal(_ text: String) -> Double? {
        var rest = text.trimmed[...]
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard parts.count <= 2, let whole = ungrouped(parts[0]) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : "0"
        guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }
        return Double("\(negative ? "-" : "")\(whole).\(fraction)")
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
