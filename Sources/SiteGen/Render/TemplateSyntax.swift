import Foundation

/// The tag structure of a Mustache template with the place of every tag, read by our own
/// small scanner because swift-mustache keeps its parsed tokens private. Used only by
/// ``TemplateCheck``; rendering is swift-mustache's.
struct TemplateSyntax: Sendable {
    indirect enum Node: Sendable {
        case variable(String, SourceLocation)
        case section(String, inverted: Bool, [Node], SourceLocation)
        case partial(String, SourceLocation)
        case parent(String, blocks: [String: [Node]], SourceLocation)
        case block(String, [Node])
    }

    var nodes: [Node]

    static func parse(_ source: SourceFile) -> TemplateSyntax {
        var scanner = Scanner(text: Array(source.text.unicodeScalars), file: source.path)
        return TemplateSyntax(nodes: scanner.nodes(until: nil))
    }

    private struct Scanner {
        let text: [Unicode.Scalar]
        let file: String
        var index = 0
        var line = 1
        var column = 1

        init(text: [Unicode.Scalar], file: String) {
            self.text = text
            self.file = file
        }

        /// Reads nodes until the closing tag `{{/closing}}` (or the end).
        mutating func nodes(until closing: String?) -> [Node] {
            var nodes: [Node] = []
            while let (sigil, name, location) = nextTag() {
                switch sigil {
                case "/" where name == closing: return nodes
                case "/", "!", "=": continue
                case "#", "^":
                    nodes.append(.section(name, inverted: sigil == "^", self.nodes(until: name), location))
                case ">": nodes.append(.partial(name, location))
                case "<":
                    let body = self.nodes(until: name)
                    var blocks: [String: [Node]] = [:]
                    for case .block(let blockName, let content) in body { blocks[blockName] = content }
                    nodes.append(.parent(name, blocks: blocks, location))
                case "$": nodes.append(.block(name, self.nodes(until: name)))
                default: nodes.append(.variable(name, location))
                }
            }
            return nodes
        }

        /// The next tag's sigil (`#`, `^`, `/`, `>`, `<`, `$`, `!`, `=`, `&`, or "" for a
        /// variable), its trimmed name and where it starts.
        mutating func nextTag() -> (String, String, SourceLocation)? {
            while index + 1 < text.count {
                if text[index] == "{" && text[index + 1] == "{" {
                    let location = SourceLocation(file: file, line: line, column: column)
                    advance(by: 2)
                    var triple = false
                    if index < text.count && text[index] == "{" { triple = true; advance(by: 1) }
                    var content = ""
                    while index + 1 < text.count && !(text[index] == "}" && text[index + 1] == "}") {
                        content.unicodeScalars.append(text[index])
                        advance(by: 1)
                    }
                    advance(by: triple ? 3 : 2)
                    var sigil = ""
                    if let first = content.unicodeScalars.first, "#^/><$!=&".unicodeScalars.contains(first), !triple {
                        sigil = String(first)
                        content.unicodeScalars.removeFirst()
                    }
                    return (sigil, content.trimmingCharacters(in: .whitespaces), location)
                }
                advance(by: 1)
            }
            return nil
        }

        mutating func advance(by count: Int) {
            for _ in 0..<count where index < text.count {
                if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
    }
}
