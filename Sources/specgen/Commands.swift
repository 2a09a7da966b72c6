import SpecGenKit

/// One `specgen` subcommand: what it accepts and what it does. `run` returns the exit status.
struct Subcommand: Sendable {
    var definition: CommandDefinition
    var run: @Sendable (ParsedArguments) throws -> Int32
}

/// `--spec` and `--output`, which every subcommand that reads a spec folder shares.
enum PathOptions {
    static let all: [CommandDefinition.Option] = [
        .value("spec", "spec", default: "Spec", help: "The folder of spec files (one subfolder per API)."),
        .value("output", "output", default: "Generated", help: "The folder generated Swift, docs and OpenAPI documents go to."),
    ]
}

enum Generate {
    static let definition = CommandDefinition(
        name: "generate",
        abstract: "Writes the generated Swift, docs and OpenAPI documents, rewriting only files whose content changed and removing stale ones.",
        options: PathOptions.all + [.flag("quiet", short: "q", help: "Print nothing when successful.")])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let output = arguments.value("output")
        guard let generated = generateFiles(spec: arguments.value("spec")) else { return 1 }
        let files = generated.files
        let plan = try OutputPlan.make(files: files, root: output, folders: generated.folders)
        try plan.apply()
        guard !arguments.flags.contains("quiet") else { return 0 }
        for change in plan.changes {
            print("\(change.previous == nil ? "created" : "updated") \(output)/\(change.file.path)")
        }
        for removal in plan.removals {
            print("removed \(output)/\(removal)")
        }
        print("\(files.count) files generated: \(plan.changes.count) written, \(plan.removals.count) removed, \(plan.unchangedCount) unchanged.")
        return 0
    }
}

enum Check {
    static let definition = CommandDefinition(
        name: "check",
        abstract: "Exits non-zero and prints a diff when the generated files are not what the specs produce.",
        options: PathOptions.all)

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let output = arguments.value("output")
        guard let generated = generateFiles(spec: arguments.value("spec")) else { return 1 }
        let files = generated.files
        let plan = try OutputPlan.make(files: files, root: output, folders: generated.folders)
        guard !plan.isUpToDate else {
            print("\(output) is up to date (\(files.count) files).")
            return 0
        }
        for change in plan.changes {
            let path = "\(output)/\(change.file.path)"
            print(LineDiff.unified(
                old: change.previous ?? "", new: change.file.contents,
                oldName: change.previous == nil ? "/dev/null" : "a/\(path)", newName: "b/\(path)"))
        }
        for removal in plan.removals {
            print("stale: \(output)/\(removal) is no longer generated")
        }
        printError("\(output) is out of date: \(plan.changes.count) files differ, \(plan.removals.count) stale. Run `specgen generate`.")
        return 1
    }
}

enum Lint {
    static let definition = CommandDefinition(
        name: "lint", abstract: "Only validates the specs.", options: PathOptions.all)

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let summary = reportingSpecErrors {
            let sources = try SpecSource.discover(root: arguments.value("spec"))
            let apis = try Generator().validatedSpecs(sources)
            let fileCount = sources.reduce(0) { $0 + $1.files.count }
            func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
            return "\(counted(fileCount, "spec file")), \(counted(apis.count, "API")): no problems."
        }
        guard let summary else { return 1 }
        print(summary)
        return 0
    }
}

enum Sources {
    static let definition = CommandDefinition(
        name: "sources",
        abstract: "Writes one Swift file per spec file (<name>.swift), for build-tool plugins: no docs.",
        discussion: "The output names depend only on the input file names, so a build system can declare them before running the generator.",
        options: [
            .value("output", "output", help: "The folder the Swift files go to."),
            .value("name", "name", default: "Specs", help: "A name for the API in generated-file headers (e.g. the target's name)."),
        ],
        operands: .init(valueName: "files", help: "The spec files of one API."))

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let generated = reportingSpecErrors {
            let source = try SpecSource.files(arguments.operands, apiName: arguments.value("name"))
            return try Generator().output([source], layout: .perSpecFile, includeDocs: false)
        }
        guard let generated else { return 1 }
        try OutputPlan.make(files: generated.files, root: arguments.value("output"), folders: generated.folders).apply()
        return 0
    }
}

/// Runs the pipeline on a spec folder; nil after printing the diagnostics when the specs are wrong.
func generateFiles(spec: String) -> GeneratedOutput? {
    reportingSpecErrors {
        try Generator().output(try SpecSource.discover(root: spec))
    }
}

/// `body`'s result, or nil after printing why the specs could not be read or are wrong, all
/// diagnostics in the compiler's `file:line:col: error: message` format.
func reportingSpecErrors<Result>(_ body: () throws -> Result) -> Result? {
    do {
        return try body()
    } catch let errors as SpecErrors {
        for diagnostic in errors.diagnostics {
            printError(diagnostic.description)
        }
        let count = errors.diagnostics.count
        printError("\(count) error\(count == 1 ? "" : "s"); nothing was written.")
    } catch let error as SpecSourceError {
        printError(error.description)
    } catch {
        printError("error: \(error)")
    }
    return nil
}
