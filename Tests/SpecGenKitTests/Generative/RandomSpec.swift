@testable import SpecGenKit

/// A random spec API folder built from ``HostileNames``: an API file (hosts, auth, headers, fixed
/// query, types) and one to three endpoint files (parameters of every type, lists, bounds,
/// `requires` by value and by presence, `not_after`, a group of each kind, switches, headers, path
/// parameters, request bodies of each shape with field rules, envelopes and `answers: body`), and
/// now and then a union of its object types. Names are picked so that most specs lint clean (names
/// meeting in Swift are mostly avoided), but not always: a spec may also break a rule, which must
/// then be reported with its location.
struct RandomSpec {
    let seed: UInt64
    /// The API's folder name and module: unique per spec, so specs can be compiled side by side.
    let module: String
    /// File name → YAML text.
    private(set) var files: [String: String] = [:]

    private var random: SeededGenerator

    /// Where bodies report outcomes, when the spec has an `outcome`: the response's status field,
    /// its list of items, its single item object (for single-item endpoints), each item's status
    /// field and the key of the items' success flag (wire names).
    private struct Outcome {
        var status: String
        var items: String
        var single: String
        var itemStatus: String
        var successKey: String
    }
    private var outcome: Outcome?
    /// The API's `kind: enum` types, which parameters may take by name (`type: Color`).
    private var enumTypes: [String] = []

    init(seed: UInt64) {
        self.seed = seed
        random = SeededGenerator(seed: seed)
        module = "Generative\(seed)API"
        files = makeFiles()
    }

    var source: SpecSource { TestSpec.source(files, folder: "generative\(seed)") }

    // MARK: Names

    /// A name from the pool, mostly one whose Swift form `scope` does not hold yet.
    private mutating func name(in scope: inout Set<String>, from pool: [String] = HostileNames.all) -> String {
        for _ in 0..<20 {
            let candidate = random.pick(pool)
            let key = SwiftName.camelCase(candidate).lowercased()
            if !scope.contains(key) || random.chance(0.03) {
                scope.insert(key)
                return candidate
            }
        }
        let fallback = "name\(scope.count)"
        scope.insert(fallback.lowercased())
        return fallback
    }

    /// A PascalCase type name, mostly not in `scope`.
    private mutating func typeName(in scope: inout Set<String>) -> String {
        if random.chance(0.8) { return name(in: &scope, from: HostileNames.typeNames) }
        let name = "Thing\(scope.count)"
        scope.insert(name.lowercased())
        return name
    }

    /// A snake_case name made of the ASCII words of a pool name.
    private mutating func snakeName(in scope: inout Set<String>, fallback: String) -> String {
        let words = SwiftName.words(name(in: &scope)).filter { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard let first = words.first, first.first?.isLetter == true else { return fallback }
        return words.joined(separator: "_")
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: Files

    private mutating func makeFiles() -> [String: String] {
        var typeScope: Set<String> = []
        var types: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            types.append(typeName(in: &typeScope))
        }
        // The response type's fields: the outcome's status and items come first.
        var responseScope: Set<String> = []
        if random.chance(0.4) {
            var itemScope: Set<String> = []
            outcome = Outcome(
                status: name(in: &responseScope), items: name(in: &responseScope), single: name(in: &responseScope),
                itemStatus: name(in: &itemScope),
                // Mostly a plain key; now and then one from the pool, which may meet `code` or
                // `message` in Swift and must then be refused with its location.
                successKey: random.chance(0.7) ? random.pick(["success", "status", "ok", "is_ok"]) : random.pick(HostileNames.all))
        }
        var apiHeaderScope: Set<String> = []
        var apiHeaders: [String] = []
        if random.chance(0.4) {
            apiHeaders.append(name(in: &apiHeaderScope))
        }

        var api = """
            specgen: 1
            api:
              name: Generative\(seed)
              module: \(module)
              title: Generative API \(seed)
              description: A spec made from seed \(seed).

            """
        if random.chance(0.5) {
            var hostScope: Set<String> = []
            api += "  hosts:\n"
            for index in 0..<Int.random(in: 1...2, using: &random) {
                api += "    - name: \(Self.quoted(name(in: &hostScope)))\n      url: https://h\(index).example.com\n"
            }
        }
        if random.chance(0.5) {
            api += "  auth:\n    scheme: basic\n"
            if random.chance(0.5) { api += "    password_digest: md5\n" }
        }
        if !apiHeaders.isEmpty {
            api += "  headers:\n" + apiHeaders.map { header(named: $0) }.joined()
        }
        var fixedScope: Set<String> = []
        if random.chance(0.3) {
            api += "  fixed_query:\n    - name: \(Self.quoted(name(in: &fixedScope)))\n      value: \(Self.quoted(random.pick(HostileNames.all)))\n"
        }
        if let outcome {
            var failureScope: Set<String> = []
            api += """
                  outcome:
                    status: \(Self.quoted(outcome.status))
                    all_succeeded: [200]
                    partial: [201]
                    all_failed: [500]
                    item_status: \(Self.quoted(outcome.itemStatus))
                    item_success: [1000]
                    item_failures:
                      - name: \(Self.quoted(name(in: &failureScope)))
                        codes: [1, 2]
                      - name: \(Self.quoted(name(in: &failureScope)))
                        codes: [3]

                """
            if outcome.successKey != "success" {
                api += "    item_status_fields:\n      success: \(Self.quoted(outcome.successKey))\n"
            }
        }
        api += "types:\n"
        // The first type is an object (every endpoint's response); later ones may be enums.
        for (index, type) in types.enumerated() {
            if index > 0, random.chance(0.3) {
                api += "  \(type):\n    kind: enum\n" + enumValues(indent: "    ")
                enumTypes.append(type)
            } else {
                api += objectType(named: type, referring: Array(types[..<index]), scope: index == 0 ? responseScope : [])
            }
        }
        var files = ["api.yaml": api]

        var endpointScope: Set<String> = []
        for index in 0..<Int.random(in: 1...3, using: &random) {
            let endpointName = snakeName(in: &endpointScope, fallback: "operation_\(index)")
            var scope = apiHeaderScope.union(fixedScope)
            files["endpoint\(index).yaml"] = endpoint(named: endpointName, index: index, response: types[0], scope: &scope)
        }
        // A union last, so that the draws above (and so each seed's spec before unions) stay as they were.
        if random.chance(0.5) {
            let objects = types.filter { !enumTypes.contains($0) }
            files["api.yaml", default: ""] += unionType(named: typeName(in: &typeScope), objects: objects)
        }
        return files
    }

    /// A union of the object types: tagged by a discriminator named from the pool, with variant
    /// values from it, or by kind.
    private mutating func unionType(named name: String, objects: [String]) -> String {
        var text = "  \(name):\n    kind: union\n"
        if random.chance(0.5) {
            var valueScope: Set<String> = []
            text += "    discriminator: \(Self.quoted(random.pick(HostileNames.all)))\n    variants:\n"
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                text += "      - value: \(Self.quoted(self.name(in: &valueScope)))\n        type: \(random.pick(objects))\n"
                text += swiftName(indent: "        ")
            }
        } else {
            text += "    kinds:\n"
            text += "      - {kind: string, type: \(enumTypes.first ?? random.pick(["string", "date", "datetime"]))}\n"
            text += "      - {kind: integer, type: datetime, format: unix_milliseconds}\n"
            text += "      - {kind: number, type: number}\n"
            text += "      - {kind: boolean, type: boolean}\n"
            text += "      - {kind: object, type: \(random.pick(objects))}\n"
            text += "      - {kind: array, type: list, items: \(random.pick(["date", "string"] + objects))}\n"
        }
        return text
    }

    /// Sometimes a `swift_name` from the pool's identifiers (`self`, `arguments`, `Type`), which
    /// reaches Swift as written rather than through camel-casing.
    private mutating func swiftName(indent: String) -> String {
        guard random.chance(0.15) else { return "" }
        // Mostly names swift_name accepts; a capitalized one (`String`) must be refused.
        let name = random.pick(random.chance(0.9) ? HostileNames.identifiers.filter { $0.first?.isUppercase == false } : HostileNames.identifiers)
        return "\(indent)swift_name: \(Self.quoted(name))\n"
    }

    private mutating func header(named name: String) -> String {
        var text = "    - name: \(Self.quoted(name))\n      type: \(random.pick(["string", "integer", "boolean", "date"]))\n"
        text += swiftName(indent: "      ")
        if random.chance(0.3) { text += "      required: true\n" }
        return text
    }

    private mutating func objectType(named name: String, referring earlier: [String], scope: Set<String>) -> String {
        var text = "  \(name):\n    kind: object\n"
        if random.chance(0.3) { text += "    leniency: all\n" }
        // A property `unknownFields` beside hostile field names.
        if random.chance(0.25) { text += "    unknown_keys: keep\n" }
        text += "    fields:\n"
        var scope = scope
        if let outcome, earlier.isEmpty {
            // The response type: a required status object, and the list of items with theirs.
            text += "      - name: \(Self.quoted(outcome.status))\n        required: true\n" + Self.statusObject(indent: "        ")
            text += "      - name: \(Self.quoted(outcome.items))\n        type: list\n        items:\n          type: object\n"
            text += "          fields:\n            - name: \(Self.quoted(outcome.itemStatus))\n"
            text += Self.statusObject(indent: "              ", successKey: outcome.successKey)
            text += "            - name: \"id\"\n              type: integer\n"
            // The one item object of single-item endpoints, with a status like the list's items.
            text += "      - name: \(Self.quoted(outcome.single))\n        type: object\n        fields:\n"
            text += "          - name: \(Self.quoted(outcome.itemStatus))\n"
            text += Self.statusObject(indent: "            ", successKey: outcome.successKey)
            text += "          - name: \"id\"\n            type: integer\n"
        }
        var nestedScope: Set<String> = [name.lowercased()]
        var inlines = false  // at most one field of an object may be inlined
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let fieldName = self.name(in: &scope)
            text += "      - name: \(Self.quoted(fieldName))\n"
            text += swiftName(indent: "        ")
            if random.chance(0.3) { text += "        required: true\n" }
            switch Int.random(in: 0..<13, using: &random) {
            case 0: text += "        type: string\n" + rules(["max_length: 5", "min_length: 1"], indent: "        ")
            case 1: text += "        type: integer\n" + rules(["minimum: 0", "maximum: 99", "as_string: true"], indent: "        ")
            case 2: text += "        type: number\n" + rules(["minimum: -1.5", "as_string: true"], indent: "        ")
            case 3: text += "        type: boolean\n" + rules(["as_string: true"], indent: "        ")
            case 4:
                text += "        type: list\n        items: \(random.pick(["string", "integer", "date"]))\n"
                text += rules(["max_items: 3"], indent: "        ")
            case 5 where !earlier.isEmpty: text += "        type: \(random.pick(earlier))\n"
            case 6:
                text += "        type: enum\n        type_name: \(typeName(in: &nestedScope))\n"
                text += enumValues(indent: "        ")
            case 7:
                // An inline object, named after its field (the nested type beside the property).
                var inner: Set<String> = []
                if !inlines, random.chance(0.3) {
                    // Read from the enclosing object when its key is absent (refused when a sibling shares a key).
                    inlines = true
                    text += "        may_be_inlined: true\n"
                }
                text += "        type: object\n        fields:\n"
                text += "          - name: \(Self.quoted(self.name(in: &inner)))\n            type: string\n"
                text += "          - name: \(Self.quoted(self.name(in: &inner)))\n            type: integer\n"
            case 8:
                var wrapperScope: Set<String> = []
                let wrapper = self.name(in: &wrapperScope)
                text += "        type: list\n        wrapper: \(Self.quoted(wrapper))\n        items: string\n"
                if random.chance(0.5) {
                    // Fields beside the list in its wrapper, properties of this type.
                    text += "        wrapper_fields:\n"
                    for _ in 0..<Int.random(in: 1...2, using: &random) {
                        text += "          - name: \(Self.quoted(self.name(in: &wrapperScope)))\n"
                        text += "            type: \(random.pick(["integer", "string", "json"]))\n"
                    }
                }
            case 9: text += "        type: json\n"
            case 10:
                // A map: of series with nulls, of strings, or of inline objects with hostile keys.
                text += "        type: map\n" + rules(["max_items: 3"], indent: "        ")
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text += "        items:\n          type: list\n          items: {type: number, nullable: true}\n"
                case 1: text += "        items: {type: string, nullable: true}\n"
                default:
                    var inner: Set<String> = []
                    text += "        items:\n          type: object\n          fields:\n"
                    text += "            - name: \(Self.quoted(self.name(in: &inner)))\n              type: integer\n"
                    text += "              nullable: true\n"
                }
            case 11:
                text += "        type: \(random.pick(["string", "integer", "date", "json"]))\n        nullable: true\n"
            default: text += "        type: date\n"
            }
        }
        return text
    }

    /// Now and then some of a field's rule keys (for request bodies; decoding ignores them).
    private mutating func rules(_ keys: [String], indent: String) -> String {
        guard random.chance(0.3) else { return "" }
        return keys.filter { _ in random.chance(0.6) }.map { indent + $0 + "\n" }.joined()
    }

    /// A request body: the response's object type, an inline object with rules, or a list of the
    /// response's type in an envelope of pool names, answered item by item when the endpoint is bulk.
    /// - Parameter singleItem: the response answers with one item, so a list body holds one element.
    private mutating func body(response: String, answersBody: Bool, singleItem: Bool) -> String {
        var text = "  body:\n"
        let isList = answersBody || random.chance(0.4)
        if random.chance(0.2), !isList {
            text += "    content_type: application/x-www-form-urlencoded\n    type: object\n    fields:\n"
            var fieldScope: Set<String> = []
            for type in ["string", "integer", "boolean", "date"] where random.chance(0.7) || type == "string" {
                text += "      - name: \(Self.quoted(name(in: &fieldScope)))\n        type: \(type)\n"
            }
        } else if isList {
            text += "    type: list\n    items: \(response)\n"
            if singleItem {
                text += "    max_items: 1\n"
            } else if random.chance(0.5) {
                text += "    max_items: \(Int.random(in: 1...100, using: &random))\n"
            }
        } else if random.chance(0.5) {
            text += "    type: \(response)\n"
        } else {
            text += "    type: object\n    fields:\n"
            var fieldScope: Set<String> = []
            text += "      - name: \(Self.quoted(name(in: &fieldScope)))\n        type: string\n" + rules(["max_length: 3"], indent: "        ")
            text += "      - name: \(Self.quoted(name(in: &fieldScope)))\n        type: number\n        required: true\n"
                + rules(["minimum: 0", "as_string: true"], indent: "        ")
        }
        if !text.contains("x-www-form"), random.chance(0.6) {
            var envelopeScope: Set<String> = []
            let keys = (0..<Int.random(in: 1...2, using: &random)).map { _ in name(in: &envelopeScope) }
            text += "    envelope: \(Self.quoted(keys.joined(separator: ".")))\n"
        }
        // The property: from the envelope or type, or a name of the pool (which may meet another).
        if random.chance(0.1) {
            text += "    swift_name: \(Self.quoted(random.pick(HostileNames.identifiers.filter { $0.first?.isUppercase == false })))\n"
        }
        if !isList, random.chance(0.2) { text += "    required: false\n" }
        return text
    }

    /// A status object as outcomes read it: an integer `code`, a success flag (`success` unless
    /// the outcome names another key) and a `message`.
    private static func statusObject(indent: String, successKey: String = "success") -> String {
        """
        \(indent)type: object
        \(indent)fields:
        \(indent)  - name: code
        \(indent)    type: integer
        \(indent)    required: true
        \(indent)  - name: \(quoted(successKey))
        \(indent)    type: boolean
        \(indent)  - name: message
        \(indent)    type: string

        """
    }

    /// - Parameter aliases: whether a value may have another spelling (response enums only).
    private mutating func enumValues(indent: String, aliases: Bool = true) -> String {
        var scope: Set<String> = []
        var text = "\(indent)values:\n"
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            text += "\(indent)  - \(Self.quoted(name(in: &scope)))\n"
        }
        // Sometimes one more value with an alias, another spelling of it on the wire.
        if aliases, random.chance(0.3) {
            text += "\(indent)  - value: \(Self.quoted(name(in: &scope)))\n"
            text += "\(indent)    aliases: [\(Self.quoted(name(in: &scope)))]\n"
        }
        return text
    }

    // MARK: Endpoints

    private struct Parameter {
        var name: String
        var type: String
        var isList: Bool
        var isRequired: Bool
    }

    private mutating func endpoint(named name: String, index: Int, response: String, scope: inout Set<String>) -> String {
        let (path, pathParameters) = self.path(index: index, scope: &scope)
        let method = random.pick(["GET", "POST", "DELETE"])
        var text = """
            specgen: 1
            endpoint:
              name: \(name)
              method: \(method)
              path: \(path)
              summary: Operation \(index) of seed \(seed).
              response:

            """
        // Without an outcome (whose status is in an object) the body is now and then a list of them.
        text += outcome == nil && random.chance(0.3) ? "    type: list\n    items: \(response)\n" : "    type: \(response)\n"
        let isBulk = outcome != nil && random.chance(0.5)
        // A POST sends a body now and then; a bulk one may be answered element by element.
        let hasBody = method == "POST" && random.chance(0.6)
        let answersBody = hasBody && isBulk && random.chance(0.5)
        var singleItem = false
        if let outcome, !isBulk, random.chance(0.8) {
            text += "    item: \(Self.quoted(outcome.single))\n"
            singleItem = true
        }
        var ownOutcome = ""
        if let outcome, random.chance(0.3) {
            // Codes, status keys and failure reasons of the endpoint's own.
            var failureScope: Set<String> = []
            ownOutcome += "  outcome:\n    status: \(Self.quoted(outcome.status))\n    all_succeeded: [200, 202]\n    partial: []\n"
            ownOutcome += "    all_failed: [500]\n    status_fields:\n      message: message\n"
            if random.chance(0.5) {
                ownOutcome += "    item_failures:\n      - name: \(Self.quoted(self.name(in: &failureScope)))\n        codes: [7]\n"
            }
        }
        var parameters: [Parameter] = []
        var entries = ""
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let (entry, parameter) = self.parameter(in: &scope, indent: "    ", earlier: parameters, mayBeRequired: true)
            entries += entry
            parameters.append(parameter)
        }
        if answersBody, let outcome {
            text += "    items: \(Self.quoted(outcome.items))\n    answers: body\n"
        }
        if (isBulk && !answersBody) || random.chance(0.25) {
            let group = self.name(in: &scope)
            // A bulk response's items answer an exactly_one group; other groups are any kind.
            let kind = isBulk ? "exactly_one" : random.pick(["exactly_one", "at_least_one", "at_most_one"])
            entries += "    - group: \(Self.quoted(group))\n      require: \(kind)\n      parameters:\n"
            // The first member is `id`, which the items echo in their field of that name.
            entries += "        - name: id\n          type: integer\n          list: \",\"\n"
            scope.insert("id")
            // An at_least_one group's members are properties that rules can relate to the others; an
            // enum group's member now and then gets rules too (`requires` is checked in its case,
            // `not_after` must be refused).
            let related = kind == "at_least_one" || random.chance(0.2) ? parameters : []
            entries += self.parameter(in: &scope, indent: "        ", earlier: related, mayBeRequired: false).entry
            if isBulk, !answersBody, let outcome {
                text += "    items: \(Self.quoted(outcome.items))\n    answers: \(Self.quoted(group))\n"
            }
        }
        text += pathParameters
        if !entries.isEmpty { text += "  parameters:\n" + entries }
        if random.chance(0.3) {
            text += "  switches:\n    name: \(Self.quoted(self.name(in: &scope)))\n    value: \"true\"\n    values:\n"
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                text += "      - name: \(Self.quoted(self.name(in: &scope)))\n"
            }
        }
        if random.chance(0.3) {
            // Now and then a header the client or transport sends itself, which must be refused.
            let pool = random.chance(0.2) ? HostileNames.transportHeaders : HostileNames.all
            text += "  headers:\n" + header(named: self.name(in: &scope, from: pool))
        }
        if random.chance(0.3) {
            text += "  fixed_query:\n    - name: \(Self.quoted(self.name(in: &scope)))\n      value: fixed\n"
        }
        if hasBody { text += body(response: response, answersBody: answersBody, singleItem: singleItem) }
        if random.chance(0.3) {
            // Error bodies by status: an exact one, a class and the rest, of each shape a body may have.
            text += "  errors:\n    \"\(Int.random(in: 400...599, using: &random))\": \(response)\n"
            text += "    4XX: {type: list, items: \(response)}\n    default: string\n"
        }
        return text + ownOutcome
    }

    /// The endpoint's path, now and then with path parameters named from the pool (a name holding
    /// `/`, `{` or `}` makes a placeholder that must be refused), and its `path_parameters` entries.
    private mutating func path(index: Int, scope: inout Set<String>) -> (path: String, entries: String) {
        guard random.chance(0.4) else { return ("/p\(index)/items", "") }
        var path = "/p\(index)/items"
        var entries = "  path_parameters:\n"
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            let name = self.name(in: &scope)
            path += random.chance(0.8) ? "/{\(name)}" : "/{\(name)}.json"
            let type = random.pick(["string", "integer", "date", "enum"])
            let namedEnum = type == "enum" && random.chance(0.5) ? enumTypes.randomElement(using: &random) : nil
            entries += "    - name: \(Self.quoted(name))\n      type: \(Self.quoted(namedEnum ?? type))\n" + swiftName(indent: "      ")
            if type == "enum", namedEnum == nil { entries += enumValues(indent: "      ", aliases: false) }
            if type == "integer", random.chance(0.5) { entries += "      minimum: 1\n" }
            // Now and then a key only query parameters have, which must be refused.
            if random.chance(0.05) { entries += "      required: true\n" }
        }
        return (Self.quoted(path), entries)
    }

    private mutating func parameter(
        in scope: inout Set<String>, indent: String, earlier: [Parameter], mayBeRequired: Bool
    ) -> (entry: String, parameter: Parameter) {
        let name = self.name(in: &scope)
        let type = random.pick(["string", "integer", "number", "boolean", "date", "enum"])
        // An enum is now and then one of the API's enum types, shared with the responses.
        let namedEnum = type == "enum" && random.chance(0.5) ? enumTypes.randomElement(using: &random) : nil
        var text = "\(indent)- name: \(Self.quoted(name))\n\(indent)  type: \(Self.quoted(namedEnum ?? type))\n" + swiftName(indent: indent + "  ")
        if type == "enum", namedEnum == nil { text += enumValues(indent: indent + "  ", aliases: false) }
        if type == "integer" || type == "number", random.chance(0.5) {
            text += "\(indent)  minimum: 0\n\(indent)  maximum: 100\n"
        }
        let isList = type != "boolean" && random.chance(0.3)
        if isList { text += "\(indent)  list: \(Self.quoted(random.pick(SpecLoader.listSeparators)))\n" }
        let isRequired = mayBeRequired && random.chance(0.2)
        if isRequired { text += "\(indent)  required: true\n" }
        // Mostly a parameter that can be required; now and then a list, which must be refused.
        let targets = earlier.filter { $0.type != "enum" && (!$0.isList || random.chance(0.1)) }
        if let target = targets.randomElement(using: &random), random.chance(0.4) {
            let value = switch target.type {
            case "boolean": "true"
            case "integer": "1"
            case "number": "1.5"
            case "date": "\"2024-02-29\""
            default: "\"x\""
            }
            text += "\(indent)  requires: { \(Self.quoted(target.name)): \(value) }\n"
        } else if let target = earlier.randomElement(using: &random), random.chance(0.3) {
            // By presence: any earlier parameter, now and then a required one, which must be refused.
            if !target.isRequired || random.chance(0.1) {
                text += "\(indent)  requires: [\(Self.quoted(target.name))]\n"
            }
        }
        // Mostly one of the same comparable type; now and then another type or a list, which must be refused.
        let comparable = earlier.filter { ["integer", "number", "date"].contains($0.type) && ($0.type == type || random.chance(0.1)) }
        if !isList || random.chance(0.1), let target = comparable.randomElement(using: &random), random.chance(0.4) {
            text += "\(indent)  not_after: \(Self.quoted(target.name))\n"
        }
        return (text, Parameter(name: name, type: type, isList: isList, isRequired: isRequired))
    }
}
