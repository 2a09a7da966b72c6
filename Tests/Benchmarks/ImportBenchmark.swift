import Foundation
import YAMLReader

/// Times `specgen-openapi import` on the real documents kept in Tests/OpenAPIImportTests/Documents
/// and on a ~10 MB YAML document built from Box's (about the size of GitHub's REST description,
/// which cannot be fetched here). The tool runs as a child process, as a user runs it, so this
/// target does not link the importer or OpenAPIKit.
struct ImportBenchmark {
    var tool: String
    var repository: String
    var scratch: String
    var rounds = 3

    static let documents = [
        ("petstore", "openapi.yaml"), ("museum", "openapi.yaml"), ("twilio", "twilio_api_v2010.yaml"),
        ("box", "openapi.json"), ("openai", "openapi.yaml"),
    ]

    func run(into report: inout Report) throws {
        var inputs = Self.documents.map { (label: $0.0, path: repository + "/Tests/OpenAPIImportTests/Documents/\($0.0)/\($0.1)") }
        let large = scratch + "/large.yaml"
        let size = try LargeDocument.write(from: repository + "/Tests/OpenAPIImportTests/Documents/box/openapi.json", to: large, targetBytes: 10_000_000)
        inputs.append((label: "box × \(size.copies) as YAML", path: large))
        for input in inputs {
            let bytes = (try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0
            var times: [Double] = []
            for round in 0..<rounds {
                let output = scratch + "/import-\(input.label.filter(\.isLetter))-\(round)"
                let run = try ChildProcess.run(tool, ["import", input.path, "--output", output, "--quiet"], captureOutput: true)
                guard run.exitCode == 0 else {
                    throw ChildProcess.Failure(description: "specgen-openapi import \(input.path) exited with \(run.exitCode):\n\(run.output.suffix(2000))")
                }
                times.append(run.seconds)
            }
            let median = times.sorted()[times.count / 2]
            report.add("import \(input.label) (\(Format.fixed(Double(bytes) / 1_000_000, 1)) MB)", "\(Format.duration(median)) (median of \(rounds))")
        }
    }
}

/// A large OpenAPI document in block YAML, made deterministically from a committed one: its paths
/// and schemas copied until the text reaches the size asked for, each copy's paths, schema names,
/// `$ref`s and operationIds renamed (`/c2/files`, `C2File`), so that nothing collides.
enum LargeDocument {
    static func write(from source: String, to path: String, targetBytes: Int) throws -> (bytes: Int, copies: Int) {
        let parsed = YAMLParser.parse(contentsOf: source, limits: YAMLLimits(maxInputBytes: 64 << 20, maxDepth: 512, maxNodes: 32_000_000))
        guard let root = parsed.root, let top = root.mapping else {
            throw ChildProcess.Failure(description: "cannot read \(source): \(parsed.errors.first?.description ?? "not a mapping")")
        }
        let paths = top.first { $0.key.scalar?.text == "paths" }?.value.mapping ?? []
        let components = top.first { $0.key.scalar?.text == "components" }?.value.mapping ?? []
        let schemas = components.first { $0.key.scalar?.text == "schemas" }?.value.mapping ?? []
        var writer = BlockYAML()
        // Everything but paths and components, as it is.
        for entry in top where !["paths", "components"].contains(entry.key.scalar?.text ?? "") {
            writer.entry(entry.key.scalar?.text ?? "", entry.value, indent: 0, rename: { $0 })
        }
        var copies = 0
        var pathText = "", schemaText = ""
        while writer.text.utf8.count + pathText.utf8.count + schemaText.utf8.count < targetBytes {
            copies += 1
            let prefix = "C\(copies)"
            let rename: (String) -> String = { text in
                text.hasPrefix("#/components/schemas/") ? "#/components/schemas/" + prefix + text.dropFirst("#/components/schemas/".count) : text
            }
            var pathWriter = BlockYAML()
            for entry in paths {
                pathWriter.entry("/c\(copies)" + (entry.key.scalar?.text ?? ""), entry.value, indent: 2, rename: rename, operationSuffix: "_c\(copies)")
            }
            pathText += pathWriter.text
            var schemaWriter = BlockYAML()
            for entry in schemas {
                schemaWriter.entry(prefix + (entry.key.scalar?.text ?? ""), entry.value, indent: 4, rename: rename)
            }
            schemaText += schemaWriter.text
        }
        var text = writer.text + "paths:\n" + pathText + "components:\n  schemas:\n" + schemaText
        for entry in components where entry.key.scalar?.text != "schemas" {
            var other = BlockYAML()
            other.entry(entry.key.scalar?.text ?? "", entry.value, indent: 2, rename: { $0 })
            text += other.text
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (text.utf8.count, copies)
    }
}

/// Writes a YAML node tree as block YAML, strings double-quoted.
struct BlockYAML {
    var text = ""

    mutating func entry(_ key: String, _ value: YAMLNode, indent: Int, rename: (String) -> String, operationSuffix: String? = nil) {
        text += String(repeating: " ", count: indent) + quoted(key) + ":"
        body(value, indent: indent, rename: rename, operationSuffix: operationSuffix, key: key)
    }

    private mutating func body(_ value: YAMLNode, indent: Int, rename: (String) -> String, operationSuffix: String?, key: String?) {
        switch value.content {
        case .scalar(let scalar):
            var written = scalarText(scalar, rename: rename)
            if key == "operationId", let operationSuffix, case .string(let id) = scalar.value { written = quoted(id + operationSuffix) }
            text += " " + written + "\n"
        case .mapping(let entries):
            if entries.isEmpty { text += " {}\n"; return }
            text += "\n"
            for entry in entries {
                self.entry(entry.key.scalar?.text ?? "", entry.value, indent: indent + 2, rename: rename, operationSuffix: operationSuffix)
            }
        case .sequence(let elements):
            if elements.isEmpty { text += " []\n"; return }
            text += "\n"
            for element in elements {
                text += String(repeating: " ", count: indent + 2) + "-"
                if case .mapping(let entries) = element.content, !entries.isEmpty {
                    text += "\n"
                    for entry in entries {
                        self.entry(entry.key.scalar?.text ?? "", entry.value, indent: indent + 4, rename: rename, operationSuffix: operationSuffix)
                    }
                } else {
                    body(element, indent: indent + 2, rename: rename, operationSuffix: operationSuffix, key: nil)
                }
            }
        }
    }

    private func scalarText(_ scalar: YAMLScalar, rename: (String) -> String) -> String {
        switch scalar.value {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int, .float: scalar.text
        case .string(let text): quoted(rename(text))
        }
    }

    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
