/// Why ``OutputGuard`` will not let a build replace a folder, with what to do instead.
enum OutputRefusal: Sendable, Equatable {
    case root, home, containsHome, source, containsSource, insideContent, insideTemplates, file
    /// Not empty and without sitegen's mark; `isDefault` for `Site/` beside `Content/`.
    case foreign(isDefault: Bool)
    /// Marked, but holding files sitegen did not write there or that changed since.
    case strangers([String])

    var message: String {
        switch self {
        case .root: "the output folder is the root of a file system; a build replaces its output folder whole"
        case .home: "the output folder is your home folder; a build replaces its output folder whole"
        case .containsHome: "the output folder contains your home folder; a build replaces its output folder whole"
        case .source: "the output folder is the source folder, which holds Content/ and Templates/"
        case .containsSource: "the output folder contains the source folder (its Content/ or Templates/)"
        case .insideContent: "the output folder is inside Content/, which the build reads"
        case .insideTemplates: "the output folder is inside Templates/, which the build reads (Templates/assets/ is copied into every site)"
        case .file: "the output path is a file, not a folder"
        case .foreign: "the output folder is not empty and sitegen did not write it (it has no \(OutputManifest.fileName))"
        case .strangers(let paths):
            "the output folder holds what sitegen did not write there, or changed since: "
                + paths.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
        }
    }

    var hint: String {
        switch self {
        case .file: "sitegen writes a folder: pick another --output, or delete the file by hand if it is not needed"
        case .foreign(isDefault: true):
            "a build replaces Site/ whole; move what you keep there elsewhere and delete Site/ by hand, or pick another --output"
        case .foreign(isDefault: false): "a build replaces its output folder whole; pick a new or empty folder for --output, or delete this one by hand"
        case .strangers: "a build replaces its output folder whole; move those files elsewhere first, or pick another --output"
        default: "pick a new or empty folder for --output, such as Site/ beside Content/"
        }
    }
}
