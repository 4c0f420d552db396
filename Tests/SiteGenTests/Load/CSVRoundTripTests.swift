import PropertyBased
import Testing
@testable import SiteGen

/// Writes a table the way RFC 4180 says (and Excel does): a value is quoted when it
/// holds the separator, a quote, CR or LF, or when `quoteAnyway` says so; quotes inside
/// are doubled. Returns the text and the line on which each data row starts.
private func write(header: [String], rows: [[(String, quoteAnyway: Bool)]], separator: Character,
                   lineBreak: String, finalLineBreak: Bool) -> (text: String, rowLines: [Int]) {
    func quoted(_ value: String, _ always: Bool) -> String {
        let needsQuotes = value.contains(separator) || value.unicodeScalars.contains { "\"\r\n".unicodeScalars.contains($0) }
        guard needsQuotes || always else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    var text = header.joined(separator: String(separator))
    var rowLines: [Int] = []
    for row in rows {
        text += lineBreak
        rowLines.append(1 + text.unicodeScalars.filter { $0 == "\n" }.count)
        text += row.map { quoted($0.0, $0.quoteAnyway) }.joined(separator: String(separator))
    }
    if finalLineBreak { text += lineBreak }
    return (text, rowLines)
}

@Suite("CSV reader: writing random tables with RFC 4180 quoting and reading them back")
struct CSVRoundTripTests {
    /// Short values made of the characters that trouble CSV: both separators, quotes,
    /// line breaks of both kinds, a lone CR, spaces, and Swedish letters.
    static let value = Gen<Character?>.element(of: Array("ab1 ;,\"\n\r\nåäöÅÄÖ\rx")).map { $0! }.string(of: 0...6)
    static let cell = zip(value, Gen.bool(0.2))

    @Test("every value comes back exactly, and every row knows the line it starts on")
    func roundTrip() async {
        let shape = zip(Gen.int(in: 2...5), Gen.int(in: 0...6))
        let style = zip(Gen.bool, Gen.bool, Gen.bool)
        await propertyCheck(count: 300, input: shape, Self.cell.array(of: 30), style) { shape, cells, style in
            let (columns, rowCount) = shape
            let (semicolon, crlf, finalLineBreak) = style
            let header = (1...columns).map { "kolumn \($0)" }
            let rows = (0..<rowCount).map { row in (0..<columns).map { cells[(row * columns + $0) % cells.count] } }
            let (text, rowLines) = write(header: header, rows: rows, separator: semicolon ? ";" : ",",
                                         lineBreak: crlf ? "\r\n" : "\n", finalLineBreak: finalLineBreak)
            do {
                let table = try CSVReader.read(SourceFile(path: "Content/x.csv", text: text))
                #expect(table.columnNames == header)
                #expect(table.rows.map { $0.fields.map(\.value) } == rows.map { $0.map(\.0) })
                #expect(table.rows.map(\.location.line) == rowLines)
            } catch {
                Issue.record("\(error)\n--- text ---\n\(text)")
            }
        }
    }
}
