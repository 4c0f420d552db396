import PropertyBased

/// One edit of a source text, drawn at random: what an editor's slip, a paste from Excel
/// or a broken export does to a file. Positions are fractions of the text's length (in
/// thousandths), so the same mutation means something in a text of any size and shrinks
/// towards the start of the file.
struct Mutation: Sendable, CustomStringConvertible {
    enum Kind: Int, CaseIterable, Sendable {
        case insert, delete, replace, replaceWord, duplicateLine, dropLine, swapLines
    }

    var kind: Kind
    /// Where, in thousandths of the text.
    var place: Int
    /// Which token an insert or replace writes.
    var token: Int
    /// How many scalars a delete or replace removes.
    var length: Int

    var description: String { "\(kind)@\(place)‰ token \(token) length \(length)" }

    /// Applies the edit; `tokens` is the vocabulary inserts and replacements draw from.
    func apply(to text: String, tokens: [String]) -> String {
        var scalars = Array(text.unicodeScalars)
        let at = scalars.isEmpty ? 0 : min(scalars.count, scalars.count * place / 1000)
        let word = Array(tokens[token % tokens.count].unicodeScalars)
        switch kind {
        case .insert:
            scalars.insert(contentsOf: word, at: at)
        case .delete:
            scalars.removeSubrange(at..<min(scalars.count, at + length))
        case .replace:
            scalars.replaceSubrange(at..<min(scalars.count, at + length), with: word)
        case .replaceWord:
            // The value around the place: the run between separators, as a cell or a YAML
            // scalar is, so a whole number or name is swapped for the token.
            let separators = Set(";,:[]{}= \n\r\t".unicodeScalars)
            guard at < scalars.count, !separators.contains(scalars[at]) else {
                scalars.insert(contentsOf: word, at: at)
                break
            }
            var start = at, end = at
            while start > 0, !separators.contains(scalars[start - 1]) { start -= 1 }
            while end < scalars.count, !separators.contains(scalars[end]) { end += 1 }
            scalars.replaceSubrange(start..<end, with: word)
        case .duplicateLine, .dropLine, .swapLines:
            var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let line = min(lines.count - 1, lines.count * place / 1000)
            switch kind {
            case .duplicateLine: lines.insert(lines[line], at: line)
            case .dropLine: lines.remove(at: line)
            default: if line + 1 < lines.count { lines.swapAt(line, line + 1) }
            }
            return lines.joined(separator: "\n")
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// One to four edits; the token is taken modulo the vocabulary's size.
    static let edits = zip(Gen.int(in: 0...(Kind.allCases.count - 1)), Gen.int(in: 0...1000), Gen.int(in: 0...999), Gen.int(in: 1...12))
        .map { Mutation(kind: Kind(rawValue: $0)!, place: $1, token: $2, length: $3) }
        .array(of: 1...4)
}

/// What the mutations write: the characters and words that break each kind of file.
enum FuzzTokens {
    /// Shared by every format: separators, quotes, line breaks of every kind, control
    /// and invisible characters, and numbers too large for any integer.
    static let common = [
        "\n", "\r", "\r\n", "\t", " ", "\"", "'", ";", ",", ":", "#", "-", "\\",
        "\u{0}", "\u{1}", "\u{7F}", "\u{85}", "\u{A0}", "\u{200B}", "\u{2028}", "\u{FEFF}", "\u{FFFD}",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999999",
        "0", "-1", "1000000", "1000001", "10001", "2147483648", "1e308", "NaN", "inf", "0x1F", "٣", "１２", "1 000", "12,5", "12.5",
        "å", "Ä", "日本", "🙂", "e\u{301}",
    ]

    static let csv = common + ["\"\"", "\";\"", ";;;;", "\"\n\"", "anordnare", "insats", "år", "2022", "2016", "2101", "1999"]

    static let yaml = common + [
        "&a ", "*a", "!!str ", "!x ", "<<: ", "? ", "|", ">", "[", "]", "{", "}", "- ", ": ", "---", "...",
        "%YAML 1.1", "yes", "no", "~", "null", "2026-02-30", "25:00", "1.10", "id: ", "  ", "    ",
    ]

    /// Parts of a recurrence rule and the values that stretch it: zero and huge intervals
    /// and counts, impossible dates, every BYxxx part, unknown and repeated parts.
    static let rrule = common + [
        "FREQ=", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "SECONDLY", "INTERVAL=", "COUNT=", "UNTIL=",
        "BYDAY=", "BYMONTHDAY=", "BYMONTH=", "BYSETPOS=", "WKST=", "RRULE:", "=",
        "MO", "SU", "1FR", "-1TH", "53MO", "+2WE", "31", "-31", "29", "2", "13", "1000", "1001", "10000",
        "20270230", "20270616T215959Z", "20260329T023000", "00000101", "99991231",
    ]
}
