import ArgumentParser
import Foundation
import SiteGen

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds the static site that compares Nacka's jobb- och utbildningsexperter.",
        subcommands: [Build.self],
        defaultSubcommand: Build.self)
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from Content/ and Templates/ into Site/.",
        discussion: """
            Examples:
              sitegen build
              sitegen build --source ~/jobbpeng --output /tmp/site
              sitegen build --base-url https://www.example.se/jobbpeng/ --now 2026-11-22T12:00

            A failed build prints every problem as file:line:column and leaves the
            previous Site/ exactly as it was. A build replaces its output folder whole, so
            it refuses one that holds anything sitegen did not write.
            """)

    @Option(help: "The folder holding Content/ and Templates/.")
    var source: String = "."

    @Option(help: "Where to write the site: a missing or empty folder, or one sitegen wrote (default: Site/ under the source folder).")
    var output: String?

    @Option(help: "The address the site is published at; makes sitemap URLs absolute.")
    var baseURL: String?

    @Option(help: ArgumentHelp("Today's date for the build, as Stockholm local time: 2026-11-22T12:00 or 2026-11-22.",
                               valueName: "date"))
    var now: String?

    func validate() throws {
        if let now, BuildDate.parse(now) == nil {
            throw ValidationError("--now '\(now)' is not a date; write 2026-11-22 or 2026-11-22T12:00")
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must start with https:// or http://")
        }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let sourceURL = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        // Not standardised here: the library follows links and `..` as the kernel does.
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? sourceURL.appending(path: "Site", directoryHint: .isDirectory)
        let options = BuildOptions(source: sourceURL, output: outputURL,
                                   home: FileManager.default.homeDirectoryForCurrentUser, baseURL: baseURL,
                                   now: now.flatMap(BuildDate.parse) ?? Date())
        let showProgress = isatty(STDERR_FILENO) == 1
        let progress: @Sendable (Int, Int) -> Void = { done, total in
            guard showProgress, total > 50 else { return }
            FileHandle.standardError.write(Data("\rrendering \(done)/\(total)".utf8))
        }
        let result: Result<SiteBuilder.Report, DiagnosticError>
        do throws(DiagnosticError) {
            result = .success(try await SiteBuilder.build(options, progress: progress))
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let report):
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let seconds = (ContinuousClock.now - started).components
            let elapsed = Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18
            print("sitegen: wrote \(report.pages) pages (\(report.files) files) to \(output ?? "Site/") in \(String(format: "%.2f", elapsed)) s")
            if let coverage = report.hidden.coverage { print("sitegen: \(coverage)") }
            if let history = report.hidden.history { print("sitegen: \(history)") }
            if !report.hidden.isEmpty { print("sitegen: \(report.hidden)") }
        case .failure(let error):
            FileHandle.standardError.write(Data((error.description + "\nsitegen: nothing was written\n").utf8))
            throw ExitCode(1)
        }
    }
}
