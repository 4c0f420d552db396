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

    /// The section tag (`{{#name}}`, `{{^name}}`, `{{$name}}`, `{{<name}}`) that is not closed
    /// by its own `{{/name}}`, with where it opens: the place an editor must look when the
    /// parser only notices at a later tag or at the end of the file.
    static func unclosedSection(in source: SourceFile) -> (name: String, location: SourceLocation)? {
        var scanner = Scanner(text: Array(source.text.unicodeScalars), file: source.path)
        var open: [(name: String, location: SourceLocation)] = []
        while let (sigil, name, location) = scanner.nextTag() {
            switch sigil {
            case "#", "^", "$", "<": open.append((name, location))
            case "/":
                guard let last = open.last, last.name == name else {
                    return open.contains { $0.name == name } ? open.last : nil
                }
                open.removeLast()
            default: continue
            }
        }
        return open.last
    }

    /// The first closing tag with no open section of its name, or the first tag (`{{`)
    /// that is not ended by `}}` before the next `{{` or the end of its line, or the first
    /// `{{=…=}}`: where the tag that swift-mustache could not read starts.
    static func firstTag(in source: SourceFile, where kind: BrokenTag) -> SourceLocation? {
        var scanner = Scanner(text: Array(source.text.unicodeScalars), file: source.path)
        var open: [String] = []
        switch kind {
        case .strayClose:
            while let (sigil, name, location) = scanner.nextTag() {
                switch sigil {
                case "#", "^", "$", "<": open.append(name)
                case "/":
                    guard open.contains(name) else { return location }
                    while let last = open.popLast(), last != name {}
                default: continue
                }
            }
            return nil
        case .unfinished, .delimiters:
            for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let scalars = Array(line.unicodeScalars)
                var column = 0
                while column + 1 < scalars.count {
                    if scalars[column] == "{" && scalars[column + 1] == "{" {
                        let rest = String(String.UnicodeScalarView(scalars[(column + 2)...]))
                        let ended = rest.range(of: "}}").map { end in !rest[..<end.lowerBound].contains("{{") } ?? false
                        if kind == .unfinished ? !ended : rest.hasPrefix("=") {
                            return SourceLocation(file: source.path, line: index + 1, column: column + 1)
                        }
                    }
                    column += 1
                }
            }
            return nil
        }
    }

    enum BrokenTag { case strayClose, unfinished, delimiters }

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
