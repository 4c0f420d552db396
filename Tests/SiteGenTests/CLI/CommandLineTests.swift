import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `sitegen` executable, built next to the test bundle.
@Suite("sitegen command line")
struct CommandLineTests {
    private static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appending(path: "sitegen").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appending(path: "sitegen")
    }

    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test("a build in the source folder writes Site/ and prints one summary line")
    func builds() throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let result = try run(["build", "--now", "2026-11-22"], in: site.root)
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("sitegen: wrote 57 pages (66 files) to Site/ in "))
        #expect(result.out.split(separator: "\n").count == 1)
        #expect(FileManager.default.fileExists(atPath: site.output.appending(path: "index.html").path))
    }

    @Test("with hidden figures the summary says how many, so an editor sees what the thresholds withheld")
    func hiddenSummary() throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/resultat/r.csv", "anordnare;insats;år;avslutade;egen_forsorjning\nlunden;grund;2022;7;3\nfyrbaken;grund;2022;30;9\n")
        // Lunden's second NKI question has 3 answers: hidden, and with it Lunden's NKI.
        try site.write("Content/nojdhet/n.csv", "anordnare;insats;år;fraga;medelvarde;antal_svar\nlunden;grund;2022;nki-nojd;3,8;9\nlunden;grund;2022;nki-rekommendera;2,0;3\n")
        let result = try run(["build", "--now", "2026-11-22"], in: site.root)
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.last == "sitegen: hidden for small groups: 1 result and 1 survey cell; 1 survey index hidden to protect them (thresholds in site.yml, explained on Om siffrorna)")
    }

    @Test("survey rows across all programmes are counted in the summary with where they show, and a row hidden to protect another is counted")
    func acrossProgrammesSummary() throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        // Löwenhjärta's 3 answers are hidden, so the vendor's total would give them back.
        try site.write("Content/nojdhet/n.csv", "anordnare;insats;år;fraga;medelvarde;antal_svar\nlunden;;2023;nki-nojd;3,8;9\nfyrbaken;;2023;nki-nojd;4,0;12\nlowen;;2023;nki-nojd;2,0;3\nalla;;2023;nki-nojd;3,67;24\n")
        let result = try run(["build", "--now", "2026-11-22"], in: site.root)
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1] == "sitegen: 3 survey rows cover all of a provider's programmes: shown on its page, and marked 'alla insatser' on compare and side-by-side pages where a programme has no answers of its own that year")
        #expect(lines[2] == "sitegen: hidden for small groups: 0 results and 1 survey cell; 1 survey figure across programmes or providers hidden to protect them (thresholds in site.yml, explained on Om siffrorna)")
    }

    @Test("bad input prints every problem compiler-style, exits 1 and writes nothing")
    func failure() throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("Content/anordnare/lunden.md", "---\nnamn: Lunden Jobb\nsammanfattning: x\nsprak: [svenska]\nområden: [Fisksätra]\ninsatser: [grund]\n---\n")
        let result = try run(["build", "--now", "2026-11-22"], in: site.root)
        #expect(result.status == 1)
        #expect(result.err == """
            Content/anordnare/lunden.md:2:1: error: the required field 'språk' is missing
              hint: add a line 'språk: …'
            Content/anordnare/lunden.md:4:1: error: unknown field 'sprak'
              hint: did you mean 'språk'?
            2 errors
            sitegen: nothing was written

            """)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("a --now that is not a date is refused before anything runs")
    func badDate() throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let result = try run(["build", "--now", "22/11/2026"], in: site.root)
        #expect(result.status != 0)
        #expect(result.err.contains("--now '22/11/2026' is not a date; write 2026-11-22 or 2026-11-22T12:00"))
    }

    @Test("--output naming Content/ is refused at once with a located error, and Content/ stays as it was")
    func refusesContent() throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        let before = try TestSite.snapshot(site.root)
        let result = try run(["build", "--now", "2026-11-22", "--output", "Content"], in: site.root)
        #expect(result.status == 1)
        #expect(result.err == """
            Content: error: the output folder is inside Content/, which the build reads
              hint: pick a new or empty folder for --output, such as Site/ beside Content/
            1 error
            sitegen: nothing was written

            """)
        #expect(try TestSite.snapshot(site.root) == before)
    }

    @Test("--output naming a folder of someone else's files is refused and the files stay")
    func refusesForeignFolder() throws {
        let site = try TestSite(content: "mini")
        defer { site.remove() }
        try site.write("notes/letter.txt", "Dear …")
        let result = try run(["build", "--now", "2026-11-22", "--output", "notes"], in: site.root)
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("notes: error: the output folder is not empty and sitegen did not write it (it has no .sitegen-output)\n"))
        #expect(try site.read("letter.txt", in: site.root.appending(path: "notes")) == "Dear …")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.appending(path: "notes").path) == ["letter.txt"])
    }

    @Test("a build killed with SIGKILL while writing leaves Site/ as it was, and the next build removes what it left")
    func killed() throws {
        let site = try TestSite(content: nil)  // the example: big enough to catch mid-write
        defer { site.remove() }
        #expect(try run(["build", "--now", "2026-11-22"], in: site.root).status == 0)
        let before = try TestSite.snapshot(site.output)
        let hidden = { try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".Site-") } }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["build", "--now", "2026-11-22"]
        process.currentDirectoryURL = site.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var writing = false
        while process.isRunning, !writing {
            writing = try !hidden().isEmpty
            usleep(200)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(writing && process.terminationReason == .uncaughtSignal, "the build ended before it could be killed")
        #expect(try TestSite.snapshot(site.output) == before)
        #expect(try hidden().count == 1)
        #expect(try run(["build", "--now", "2026-11-22"], in: site.root).status == 0)
        #expect(try hidden() == [])
        #expect(try TestSite.snapshot(site.output) == before)
    }
}
