import Foundation

/// The Render step: every page rendered concurrently from immutable views, then put in
/// path order so the result never depends on scheduling.
public struct SiteRenderer: Sendable {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    public func render(_ index: SiteIndex, baseURL: String?, now: Date,
                       progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws(DiagnosticError) -> [OutputFile] {
        let plans = SitePlanner(index: index, baseURL: baseURL, now: now).plans()
        let templates = self.templates
        let results = await withTaskGroup(of: Result<OutputFile, DiagnosticError>.self) { group in
            for plan in plans {
                group.addTask {
                    do throws(DiagnosticError) {
                        let text = try templates.render(plan.view, template: plan.template)
                        return .success(OutputFile(path: plan.path, text: text))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            var results: [Result<OutputFile, DiagnosticError>] = []
            for await result in group {
                results.append(result)
                progress(results.count, plans.count)
            }
            return results
        }
        var diagnostics = Diagnostics()
        var files: [OutputFile] = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        // The same template problem shows on every page that uses it; report it once.
        if !diagnostics.isEmpty { throw DiagnosticError(Array(Set(diagnostics.all))) }
        return files.sorted { $0.path < $1.path }
    }
}
