import Foundation
import CCmarkGFM

/// The one place that knows libcmark-gfm: turns an editor's Markdown into safe HTML.
///
/// cmark runs in its default safe mode: raw HTML becomes `<!-- raw HTML omitted -->` and
/// `javascript:`, `vbscript:`, `file:` and most `data:` links are emptied. The GFM extensions
/// table, strikethrough, autolink, tagfilter and tasklist are on. Two site rules are applied
/// to the tree before rendering:
/// - a link or image starting with `/` is relative to the site root and is rewritten with
///   `rootPrefix`, so the site works under any sub-path;
/// - headings are moved down so that the first level is `firstHeadingLevel` (2 by
///   default, because the page's `<h1>` is its title; `##` is then `<h2>`).
public enum Markdown {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registration mutates a global list inside cmark-gfm, so it happens exactly once
    /// (Swift runs a static initialiser once, thread-safely).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public static func html(_ markdown: String, rootPrefix: String, firstHeadingLevel: Int = 2) -> String {
        precondition(registered)
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        applySiteRules(to: document, rootPrefix: rootPrefix, shift: firstHeadingLevel - 2)
        // Passing nil instead of the parser's extensions would silently turn tagfilter off.
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static func applySiteRules(to document: OpaquePointer, rootPrefix: String, shift: Int) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard let pointer = cmark_node_get_url(node) else { continue }
                let url = String(cString: pointer)
                if url.hasPrefix("/") && !url.hasPrefix("//") {
                    cmark_node_set_url(node, rootPrefix + url.dropFirst())
                }
            case CMARK_NODE_HEADING:
                let level = max(cmark_node_get_heading_level(node), 2) + Int32(shift)
                cmark_node_set_heading_level(node, min(level, 6))
            default:
                continue
            }
        }
    }
}
