import Foundation

/// Numbers inside SVG markup: a decimal point and one decimal, whatever the page's language.
enum SVGNumber {
    static func text(_ value: Double) -> String {
        SwedishFormat.decimal(value, decimals: 1).replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{2212}", with: "-")
    }
}
