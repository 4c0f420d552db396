import Foundation

/// Every number a built site publishes, read back from every file the way a reader, a
/// script or a scraper could: HTML and SVG text, every attribute (`data-*`, `title`,
/// `aria-*`, `value`, coordinates), comments and inline scripts; CSV fields; JSON values;
/// XML. Files of other kinds (CSS, JavaScript, robots.txt) are scanned as plain text.
struct PublishedNumber: Sendable {
    var file: String
    /// Where in the file: "text in <td>", "@data-rank-nki on <tr>", "JSON medelvarde", …
    var place: String
    var value: Double
    /// Whether the number was written with decimals ("3,80", not "3").
    var hasDecimals: Bool
}

enum PublishedNumbers {
    static func all(in files: [String: Data]) -> [PublishedNumber] {
        files.keys.sorted().flatMap { path -> [PublishedNumber] in
            let text = String(decoding: files[path]!, as: UTF8.self)
            switch (path as NSString).pathExtension {
            case "html", "xml", "svg": return markup(text, file: path)
            case "csv": return csv(text, file: path)
            case "json": return json(files[path]!, file: path)
            default: return scan(text).map { PublishedNumber(file: path, place: "text", value: $0.value, hasDecimals: $0.hasDecimals) }
            }
        }
    }

    /// The numbers in an HTML comment or an inline script, channels the site does not use
    /// for figures, each as a problem: nobody accounted for what they would give away.
    /// Only markup has comments and scripts, and only their text is scanned.
    static func unaccounted(in files: [String: Data]) -> [String] {
        files.keys.sorted().filter { ["html", "xml", "svg"].contains(($0 as NSString).pathExtension) }.flatMap { path in
            MarkupReader.read(String(decoding: files[path]!, as: UTF8.self)).descendants.flatMap { node -> [String] in
                let place = node.kind == .comment ? "comment" : node.kind == .text && node.parent?.tag == "script" ? "text in <script>" : nil
                guard let place else { return [] }
                return scan(node.text).map { "\(path): a number in an unaccounted channel (\(place)): \($0.value)" }
            }
        }
    }

    static func markup(_ text: String, file: String) -> [PublishedNumber] {
        var result: [PublishedNumber] = []
        for node in MarkupReader.read(text).descendants {
            switch node.kind {
            case .text, .comment:
                let tag = node.kind == .comment ? "comment" : node.parent.map { "text in <\($0.tag)>" } ?? "text"
                result += scan(node.text).map { PublishedNumber(file: file, place: tag, value: $0.value, hasDecimals: $0.hasDecimals) }
            case .element:
                for attribute in node.attributes {
                    result += scan(attribute.value).map {
                        PublishedNumber(file: file, place: "@\(attribute.name) on <\(node.tag)>", value: $0.value, hasDecimals: $0.hasDecimals)
                    }
                }
            }
        }
        return result
    }

    static func csv(_ text: String, file: String) -> [PublishedNumber] {
        csvRows(text).flatMap { row in
            row.flatMap { field in scan(field).map { PublishedNumber(file: file, place: "CSV field", value: $0.value, hasDecimals: $0.hasDecimals) } }
        }
    }

    /// Rows of `;`-separated fields with RFC 4180 quotes, the way ``DataFiles`` writes them.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.drop { $0 == "\u{FEFF}" }.makeIterator()
        while let c = characters.next() {
            if quoted {
                if c == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            if next == ";" { row.append(field); field = "" } else if next == "\r\n" || next == "\n" { row.append(field); rows.append(row); row = []; field = "" } else { field.append(next) }
                        }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true } else if c == ";" { row.append(field); field = "" } else if c == "\r\n" || c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func json(_ data: Data, file: String) -> [PublishedNumber] {
        var result: [PublishedNumber] = []
        func walk(_ value: Any, key: String) {
            switch value {
            case let array as [Any]: array.forEach { walk($0, key: key) }
            case let object as [String: Any]: object.forEach { walk($0.value, key: $0.key) }
            case let number as NSNumber:
                let double = number.doubleValue
                result.append(PublishedNumber(file: file, place: "JSON \(key)", value: double, hasDecimals: double != double.rounded()))
            case let string as String:
                result += scan(string).map { PublishedNumber(file: file, place: "JSON \(key)", value: $0.value, hasDecimals: $0.hasDecimals) }
            default: break
            }
        }
        if let value = try? JSONSerialization.jsonObject(with: data) { walk(value, key: "") }
        return result
    }

    /// The numbers in a piece of text: digits with an optional sign (`-` or `−`) and an
    /// optional decimal part after `,` or `.`. "3,1–4,4" is 3.1 and 4.4 (the en dash is a
    /// range, not a minus); "2026-11-22" gives 2026, −11 and −22, which is harmless.
    static func scan(_ text: String) -> [(value: Double, hasDecimals: Bool)] {
        var result: [(Double, Bool)] = []
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        var i = 0
        while i < scalars.count {
            guard isDigit(i) else { i += 1; continue }
            let negative = i > 0 && (scalars[i - 1] == "-" || scalars[i - 1] == "\u{2212}")
            var digits = ""
            while isDigit(i) { digits.unicodeScalars.append(scalars[i]); i += 1 }
            var hasDecimals = false
            if i + 1 < scalars.count, scalars[i] == "," || scalars[i] == ".", isDigit(i + 1) {
                hasDecimals = true
                digits += "."
                i += 1
                while isDigit(i) { digits.unicodeScalars.append(scalars[i]); i += 1 }
            }
            if let value = Double(digits) { result.append((negative ? -value : value, hasDecimals)) }
        }
        return result
    }
}
