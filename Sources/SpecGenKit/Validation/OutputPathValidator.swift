import YAMLReader

/// Checks the paths of the files the specs generate before anything is translated or written: a
/// file or folder name longer than a file system takes, and two files (or two folders a run owns)
/// that are one on a case-insensitive file system (macOS's default). Either would otherwise fail
/// or lose a file half-way through writing.
///
/// Both layouts are checked, whichever is generated, so a spec folder that lints can be written by
/// `specgen generate` and by the build plugin alike.
struct OutputPathValidator {
    let diagnostics: DiagnosticCollector

    func validate(_ apis: [APISpec]) {
        // The per-type layout writes every API into one output root; the per-spec-file layout one
        // API per output folder (a target's).
        let perType = apis.map { OutputPaths(api: $0, layout: .perType, includeDocs: true) }
        checkFolders(perType.flatMap(\.folders))
        checkFiles(perType.flatMap(\.files), layoutNote: "")
        checkExports(apis, folders: perType.flatMap(\.folders))
        for api in apis {
            checkFiles(
                OutputPaths(api: api, layout: .perSpecFile, includeDocs: false).files,
                layoutNote: " in the per-spec-file layout (`specgen sources`, the build plugin)")
        }
    }

    private func checkFiles(_ files: [OutputPaths.Entry], layoutNote: String) {
        var first: [String: OutputPaths.Entry] = [:]
        // One name per spec name (an endpoint names a request, its arguments and a docs page): the longest.
        var tooLong: [SourceLocation: (entry: OutputPaths.Entry, name: String)] = [:]
        for file in files {
            let name = OutputPath.split(file.path).name
            if name.utf8.count > OutputWriter.maxFileNameBytes,
               name.utf8.count > tooLong[file.origin.location]?.name.utf8.count ?? 0 {
                tooLong[file.origin.location] = (file, name)
            }
            let key = OutputPath.folded(file.path)
            guard let earlier = first[key] else {
                first[key] = file
                continue
            }
            let clash = earlier.path == file.path
                ? "as \(earlier.origin.what) does"
                : "which is '\(earlier.path)' of \(earlier.origin.what) on a case-insensitive file system (macOS's default)"
            let firstAt = place(earlier.origin.location, from: file.origin.location)
            diagnostics.error(
                "\(file.origin.what) writes '\(file.path)'\(layoutNote), \(clash); rename one (first at \(firstAt))",
                at: file.origin.location)
        }
        for (entry, name) in tooLong.values {
            diagnostics.error(
                "\(entry.origin.what) makes the file name '\(name)' \(name.utf8.count) bytes long\(layoutNote); a generated "
                    + "file's name may have at most \(OutputWriter.maxFileNameBytes) bytes (the \(OutputWriter.maxNameBytes) "
                    + "a file system takes, less \(OutputWriter.temporaryNameOverhead) for the temporary file written "
                    + "first); use a shorter name",
                at: entry.origin.location)
        }
    }

    private func checkFolders(_ folders: [(folder: OutputFolder, origin: OutputOrigin)]) {
        // One clash per API: its docs folder meets what its module folder met.
        var clashing: Set<SourceLocation> = []
        for (index, (folder, origin)) in folders.enumerated() {
            for component in folder.path.split(separator: "/") where component.utf8.count > OutputWriter.maxNameBytes {
                diagnostics.error(
                    "\(origin.what) makes the folder name '\(component)' \(component.utf8.count) bytes long; a file system "
                        + "takes at most \(OutputWriter.maxNameBytes); use a shorter name",
                    at: origin.location)
            }
            let key = OutputPath.folded(folder.path)
            // A folder inside another run's (a module named `Docs`) would have its files swept as stale.
            guard let earlier = folders[..<index].first(where: { other in
                let otherKey = OutputPath.folded(other.folder.path)
                return otherKey == key || otherKey.hasPrefix(key + "/") || key.hasPrefix(otherKey + "/")
            }), clashing.insert(origin.location).inserted else { continue }
            diagnostics.error(
                "\(origin.what) writes into the folder '\(folder.path)', which on a case-insensitive file system is or "
                    + "shares the folder '\(earlier.folder.path)' of \(earlier.origin.what); each module and docs folder "
                    + "must be its own (first at \(place(earlier.origin.location, from: origin.location)))",
                at: origin.location)
        }
    }

    /// The OpenAPI exports go to `OpenAPI/`, which no run owns (each export is one file named after
    /// its API): a module named `OpenAPI` would put them among its Swift sources, where a build
    /// would find a JSON file it has no rule for.
    private func checkExports(_ apis: [APISpec], folders: [(folder: OutputFolder, origin: OutputOrigin)]) {
        guard let export = apis.first.map({ OpenAPIExporter(api: $0).outputPath }) else { return }
        let exportFolder = OutputPath.folded(OutputPath.split(export).folder)
        for (folder, origin) in folders where OutputPath.folded(folder.path) == exportFolder {
            diagnostics.error(
                "\(origin.what) writes into the folder '\(folder.path)', where `specgen generate` writes the OpenAPI "
                    + "exports ('\(export)'); rename it",
                at: origin.location)
        }
    }

    /// `line:column` within the same file, `file:line:column` from another.
    private func place(_ location: SourceLocation, from other: SourceLocation) -> String {
        location.file == other.file ? "\(location.line):\(location.column)" : location.description
    }
}
