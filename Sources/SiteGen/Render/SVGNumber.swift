import Foundation

/// Numbers inside SVG markup: a decimal point and one decimal, whatever the page's language.
enum SVGNumber {
    static func text(_ value: Double) -> String {
        String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}
