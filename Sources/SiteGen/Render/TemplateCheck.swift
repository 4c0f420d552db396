/// Finds the names a template uses that its view does not have.
///
/// swift-mustache, like every Mustache, renders a missing name as an empty string, so a
/// typo in a template (`{{namn}}` for `{{name}}`) would silently blank a field on every
/// page. The check walks the template with the real view the way Mustache would render
/// it — sections push their value, lists check every item, `{{>partial}}` and
/// `{{<parent}}` follow into other templates — and reports each name that resolves
/// nowhere on the context stack. A name whose value is present but empty (an optional
/// that is nil) is fine: that is the template's `{{^name}}` case.
struct TemplateCheck {
    let templates: [String: TemplateSyntax]

    func check(_ name: String, against view: Any) -> [Diagnostic] {
        guard let template = templates[name] else {
            return [Diagnostic(SourceLocation(file: "Templates/\(name).mustache"), "the template is missing",
                               hint: "every page kind needs its template; restore Templates/\(name).mustache from the repository")]
        }
        var problems = Set<Diagnostic>()
        walk(template.nodes, stack: [view], blocks: [:], depth: 0, problems: &problems)
        return problems.sorted()
    }

    private enum Lookup {
        case missing
        case found(Any?)
    }

    private func walk(_ nodes: [TemplateSyntax.Node], stack: [Any], blocks: [String: [TemplateSyntax.Node]],
                      depth: Int, problems: inout Set<Diagnostic>) {
        guard depth < 30 else { return }
        for node in nodes {
            switch node {
            case .variable(let name, let location):
                if case .missing = lookup(name, in: stack) { problems.insert(unknown(name, at: location, stack: stack)) }
            case .section(let name, let inverted, let children, let location):
                guard case .found(let value) = lookup(name, in: stack) else {
                    problems.insert(unknown(name, at: location, stack: stack))
                    continue
                }
                for inner in stacks(for: value, inverted: inverted, stack: stack) {
                    walk(children, stack: inner, blocks: blocks, depth: depth + 1, problems: &problems)
                }
            case .partial(let name, let location):
                guard let partial = templates[name] else {
                    problems.insert(Diagnostic(location, "the partial '\(name)' does not exist",
                                               hint: "create Templates/\(name).mustache or correct the name"))
                    continue
                }
                walk(partial.nodes, stack: stack, blocks: blocks, depth: depth + 1, problems: &problems)
            case .parent(let name, let overrides, let location):
                guard let parent = templates[name] else {
                    problems.insert(Diagnostic(location, "the layout '\(name)' does not exist",
                                               hint: "create Templates/\(name).mustache or correct the name"))
                    continue
                }
                // As in swift-mustache, the outermost override of a block wins.
                let merged = blocks.merging(overrides) { outer, _ in outer }
                walk(parent.nodes, stack: stack, blocks: merged, depth: depth + 1, problems: &problems)
            case .block(let name, let defaults):
                walk(blocks[name] ?? defaults, stack: stack, blocks: blocks, depth: depth + 1, problems: &problems)
            }
        }
    }

    /// The context stacks a section's body is rendered with: none when it is not
    /// rendered, one per item for a list, the value pushed for an object.
    private func stacks(for value: Any?, inverted: Bool, stack: [Any]) -> [[Any]] {
        let isEmpty: Bool
        switch value {
        case nil: isEmpty = true
        case let flag as Bool: isEmpty = !flag
        case let list as [Any]: isEmpty = list.isEmpty
        default: isEmpty = false
        }
        if inverted { return isEmpty ? [stack] : [] }
        if isEmpty { return [] }
        switch value {
        case is Bool: return [stack]
        case let list as [Any]: return list.map { stack + [$0] }
        case let value?: return [stack + [value]]
        case nil: return []
        }
    }

    private func lookup(_ name: String, in stack: [Any]) -> Lookup {
        if name == "." || name.contains("(") { return .found(stack.last) }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return .found(stack.last) }
        for object in stack.reversed() {
            guard case .found(var value) = child(first, of: object) else { continue }
            for part in parts.dropFirst() {
                guard let current = value else { return .found(nil) }
                guard case .found(let next) = child(part, of: current) else { return .missing }
                value = next
            }
            return .found(value)
        }
        return .missing
    }

    private func child(_ name: String, of object: Any) -> Lookup {
        if let dictionary = object as? [String: Any] {
            if let value = dictionary[name] { return .found(unwrap(value)) }
            return (dictionary[TemplateSet.nilFields] as? Set<String>)?.contains(name) == true ? .found(nil) : .missing
        }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return .missing }
        return .found(unwrap(match.value))
    }

    /// The names a context offers: a view's fields in their order, a lookup tree's sorted.
    private static func names(_ object: Any) -> [String] {
        guard let dictionary = object as? [String: Any] else { return Mirror(reflecting: object).children.compactMap(\.label) }
        let nils = dictionary[TemplateSet.nilFields] as? Set<String> ?? []
        return (dictionary.keys.filter { $0 != TemplateSet.nilFields } + nils).sorted()
    }

    private func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrap($0.value) } ?? nil
    }

    private func unknown(_ name: String, at location: SourceLocation, stack: [Any]) -> Diagnostic {
        let labels = stack.last.map(Self.names) ?? []
        return Diagnostic(location, "'{{\(name)}}' is not a value this page has",
                          hint: Suggestion.hint(for: name, among: labels)
                              ?? (labels.isEmpty ? "this part of the page has no values; remove the tag"
                                  : "the values here are: \(labels.joined(separator: ", "))"))
    }
}
