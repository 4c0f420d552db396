import Foundation

/// Writes the open data as CSV for Swedish Excel (semicolon, decimal comma, UTF-8 with
/// BOM, CRLF) and as JSON (decimal point, keys sorted), so both are byte-stable.
enum DataFiles {
    static func files(_ data: OpenData) -> [OutputFile] {
        let resultColumns = ["anordnare", "anordnare_namn", "insats", "år", "status", "avslutade", "egen_forsorjning",
                             "andel_egen_forsorjning", "intervall_lag", "intervall_hog", "medeldagar", "aterkommande_24m",
                             "andel_aterkommande"]
        let resultRows = data.results.map { row in
            [row.anordnare, row.anordnareNamn, row.insats, String(row.år), row.status, int(row.avslutade),
             int(row.egenForsorjning), decimal(row.andelEgenForsorjning, 4), decimal(row.intervallLag, 4), decimal(row.intervallHog, 4),
             decimal(row.medeldagar, 1), int(row.aterkommande24m), decimal(row.andelAterkommande, 4)]
        }
        let surveyColumns = ["anordnare", "anordnare_namn", "insats", "år", "fraga", "status", "medelvarde", "antal_svar",
                             "standardavvikelse", "intervall_lag", "intervall_hog"]
        let surveyRows = data.survey.map { row in
            [row.anordnare, row.anordnareNamn, row.insats, String(row.år), row.fraga, row.status,
             decimal(row.medelvarde, 2), int(row.antalSvar), decimal(row.standardavvikelse, 2),
             decimal(row.intervallLag, 2), decimal(row.intervallHog, 2)]
        }
        return [
            OutputFile(path: "data/resultat.csv", contents: csv(resultColumns, resultRows)),
            OutputFile(path: "data/resultat.json", contents: json(data.results)),
            OutputFile(path: "data/nojdhet.csv", contents: csv(surveyColumns, surveyRows)),
            OutputFile(path: "data/nojdhet.json", contents: json(data.survey)),
        ]
    }

    /// RFC 4180 with `;`: a field is quoted when it holds `;`, `"` or a line break.
    static func csv(_ columns: [String], _ rows: [[String]]) -> Data {
        func field(_ text: String) -> String {
            text.contains(where: { ";\"\r\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let lines = ([columns] + rows).map { $0.map(field).joined(separator: ";") }
        return Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func json<T: Encodable>(_ rows: [T]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(rows)).map { $0 + Data("\n".utf8) } ?? Data("[]\n".utf8)
    }

    private static func int(_ value: Int?) -> String { value.map(String.init) ?? "" }
    private static func decimal(_ value: Double?, _ decimals: Int) -> String {
        value.map { SwedishFormat.decimal($0, decimals: decimals).replacingOccurrences(of: "\u{2212}", with: "-") } ?? ""
    }
}
