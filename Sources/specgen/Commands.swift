import ArgumentParser
import SpecGenKit

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes the generated Swift and docs, rewriting only files whose content changed and removing stale ones.")

    @OptionGroup var paths: Paths

    @Flag(name: .shortAndLong, help: "Print nothing when successful.")
    var quiet = false

    func run() throws {
        let files = try generateFiles(from: paths)
        let plan = try OutputPlan.make(files: files, root: paths.output)
        try plan.apply()
        guard !quiet else { return }
        for change in plan.changes {
            print("\(change.previous == nil ? "created" : "updated") \(paths.output)/\(change.file.path)")
        }
        for removal in plan.removals {
            print("removed \(paths.output)/\(removal)")
        }
        print("\(files.count) files generated: \(plan.changes.count) written, \(plan.removals.count) removed, \(plan.unchangedCount) unchanged.")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exits non-zero and prints a diff when the generated files are not what the specs produce.")

    @OptionGroup var paths: Paths

    func run() throws {
        let files = try generateFiles(from: paths)
        let plan = try OutputPlan.make(files: files, root: paths.output)
        guard !plan.isUpToDate else {
            print("\(paths.output) is up to date (\(files.count) files).")
            return
        }
        for change in plan.changes {
            let path = "\(paths.output)/\(change.file.path)"
            print(LineDiff.unified(
                old: change.previous ?? "", new: change.file.contents,
                oldName: change.previous == nil ? "/dev/null" : "a/\(path)", newName: "b/\(path)"))
        }
        for removal in plan.removals {
            print("stale: \(paths.output)/\(removal) is no longer generated")
        }
        printError("\(paths.output) is out of date: \(plan.changes.count) files differ, \(plan.removals.count) stale. Run `specgen generate`.")
        throw ExitCode.failure
    }
}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Only validates the specs.")

    @OptionGroup var paths: Paths

    func run() throws {
        do {
            let sources = try SpecSource.discover(root: paths.spec)
            let apis = try Generator().validatedSpecs(sources)
            let fileCount = sources.reduce(0) { $0 + $1.files.count }
            print("\(fileCount) spec files, \(apis.count) APIs: no problems.")
        } catch let errors as SpecErrors {
            printDiagnostics(errors)
            throw ExitCode.failure
        } catch let error as SpecSourceError {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}

struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Writes one Swift file per spec file (<name>.swift), for build-tool plugins: no docs.",
        discussion: "The output names depend only on the input file names, so a build system can declare them before running the generator.")

    @Option(name: .long, help: "The folder the Swift files go to.")
    var output: String

    @Option(name: .long, help: "A name for the API in generated-file headers (e.g. the target's name).")
    var name = "Specs"

    @Argument(help: "The spec files of one API.")
    var files: [String]

    func run() throws {
        do {
            let source = try SpecSource.files(files, apiName: name)
            let generated = try Generator().generate([source], layout: .perSpecFile, includeDocs: false)
            let plan = try OutputPlan.make(files: generated, root: output)
            try plan.apply()
        } catch let errors as SpecErrors {
            printDiagnostics(errors)
            throw ExitCode.failure
        } catch let error as SpecSourceError {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}
