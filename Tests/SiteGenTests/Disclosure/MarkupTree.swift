/// A forgiving reader of the site's HTML, SVG and XML: elements with their attributes,
/// text and comments, as a tree. It is not a conforming HTML parser and need not be — it
/// reads what our templates write, does not trust them to be well formed (an unmatched
/// end tag is ignored, an unclosed element ends with its parent), and keeps everything a
/// reader could see or a script could read: text, every attribute, comments, and the raw
/// text of `<script>` and `<style>`. No regular expressions: a byte scanner is fast even
/// in a debug build.
final class MarkupNode {
    enum Kind { case element, text, comment }

    let kind: Kind
    /// The tag name in lower case, for an element; "" otherwise.
    let tag: String
    let attributes: [(name: String, value: String)]
    /// The text of a text or comment node.
    let text: String
    private(set) var children: [MarkupNode] = []
    private(set) weak var parent: MarkupNode?

    init(kind: Kind, tag: String = "", attributes: [(name: String, value: String)] = [], text: String = "") {
        self.kind = kind
        self.tag = tag
        self.attributes = attributes
        self.text = text
    }

    func append(_ child: MarkupNode) {
        child.parent = self
        children.append(child)
    }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// This node and everything under it, in document order.
    var descendants: [MarkupNode] {
        var result: [MarkupNode] = []
        func visit(_ node: MarkupNode) {
            result.append(node)
            node.children.forEach(visit)
        }
        visit(self)
        return result
    }

    func elements(_ tag: String) -> [MarkupNode] { descendants.filter { $0.kind == .element && $0.tag == tag } }

    /// The element's child elements (text between them left out).
    var childElements: [MarkupNode] { children.filter { $0.kind == .element } }

    /// The visible text under this node, whitespace collapsed.
    var textContent: String {
        let parts = descendants.filter { $0.kind == .text }.map(\.text)
        return parts.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text of the first descendant element with this class, e.g. a figure's `figure` span.
    func text(ofClass name: String) -> String? {
        descendants.first { $0.kind == .element && ($0.attribute("class")?.split(separator: " ").contains { $0 == name } ?? false) }?
            .textContent
    }

    func hasClass(_ name: String) -> Bool {
        attribute("class")?.split(separator: " ").contains { $0 == name } ?? false
    }
}

enum MarkupReader {
    private static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]
    private static let rawText: Set<String> = ["script", "style"]

    /// The document as a tree under a root element named "#document".
    static func read(_ text: String) -> MarkupNode {
        let bytes = Array(text.utf8)
        let root = MarkupNode(kind: .element, tag: "#document")
        var open: [MarkupNode] = [root]
        var i = 0
        var textStart = 0

        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            let raw = String(decoding: bytes[textStart..<end], as: UTF8.self)
            open.last!.append(MarkupNode(kind: .text, text: decodeEntities(raw)))
        }
        func starts(_ literal: String, at index: Int) -> Bool {
            let pattern = Array(literal.utf8)
            guard index + pattern.count <= bytes.count else { return false }
            for (offset, byte) in pattern.enumerated() where lower(bytes[index + offset]) != byte { return false }
            return true
        }
        func find(_ literal: String, from index: Int) -> Int {
            var j = index
            while j < bytes.count, !starts(literal, at: j) { j += 1 }
            return j
        }

        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if starts("<!--", at: i) {
                flushText(upTo: i)
                let end = find("-->", from: i + 4)
                open.last!.append(MarkupNode(kind: .comment, text: String(decoding: bytes[(i + 4)..<min(end, bytes.count)], as: UTF8.self)))
                i = min(end + 3, bytes.count)
                textStart = i
                continue
            }
            if starts("<!", at: i) || starts("<?", at: i) {
                flushText(upTo: i)
                let end = find(">", from: i)
                i = min(end + 1, bytes.count)
                textStart = i
                continue
            }
            let isEnd = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
            var j = i + (isEnd ? 2 : 1)
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            guard j > nameStart else { i += 1; continue }  // a lone "<" is text
            flushText(upTo: i)
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            if isEnd {
                let end = find(">", from: j)
                if let index = open.lastIndex(where: { $0.tag == name }), index > 0 { open.removeSubrange(index...) }
                i = min(end + 1, bytes.count)
                textStart = i
                continue
            }
            var attributes: [(name: String, value: String)] = []
            var selfClosing = false
            while j < bytes.count {
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count else { break }
                if bytes[j] == UInt8(ascii: ">") { j += 1; break }
                if bytes[j] == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
                let attributeStart = j
                while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">"),
                      !(bytes[j] == UInt8(ascii: "/") && j + 1 < bytes.count && bytes[j + 1] == UInt8(ascii: ">")) { j += 1 }
                let attributeName = String(decoding: bytes[attributeStart..<j], as: UTF8.self).lowercased()
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                var value = ""
                if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                    if j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                        let quote = bytes[j]
                        let valueStart = j + 1
                        j = valueStart
                        while j < bytes.count, bytes[j] != quote { j += 1 }
                        value = String(decoding: bytes[valueStart..<min(j, bytes.count)], as: UTF8.self)
                        j += 1
                    } else {
                        let valueStart = j
                        while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                        value = String(decoding: bytes[valueStart..<j], as: UTF8.self)
                    }
                }
                if !attributeName.isEmpty { attributes.append((attributeName, decodeEntities(value))) }
            }
            let element = MarkupNode(kind: .element, tag: name, attributes: attributes)
            open.last!.append(element)
            i = j
            textStart = i
            if rawText.contains(name) {
                let end = find("</\(name)", from: i)
                if end > i { element.append(MarkupNode(kind: .text, text: String(decoding: bytes[i..<end], as: UTF8.self))) }
                let close = find(">", from: end)
                i = min(close + 1, bytes.count)
                textStart = i
            } else if !selfClosing && !void.contains(name) {
                open.append(element)
            }
        }
        flushText(upTo: bytes.count)
        return root
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower(byte)) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }

    /// The entities our templates and Markdown can produce, and numeric references.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[amp...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else { result += "&"; rest = rest[rest.index(after: amp)...]; continue }
            let name = after[after.index(after: amp)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "minus": "\u{2212}"]
            if let value = named[String(name)] {
                result += value
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += after[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
