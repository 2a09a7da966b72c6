import Foundation

/// Writes a made-up API of `endpointCount` endpoints, each the size and shape of Capillary's
/// customer/get: 50 query parameters (an identifier group of 4, 26 plain ones of every kind, 20
/// include switches), a path parameter, and a response of about 80 fields (40 scalars, a nested
/// object, 4 wrapped lists of objects, shared types). Every second endpoint is a write: a POST whose
/// body is an enveloped list of records with rules (lengths, bounds, a list limit, "at least one
/// of"), shaped like customer/add's. Every file is a valid spec, so `specgen` does all its work on it.
struct SyntheticSpec {
    var endpointCount: Int

    /// Writes `api.yaml` and one file per endpoint into `folder/synthetic/`.
    func write(to folder: String) throws {
        let api = folder + "/synthetic"
        try FileManager.default.createDirectory(atPath: api, withIntermediateDirectories: true)
        try Self.apiFile.write(toFile: api + "/api.yaml", atomically: false, encoding: .utf8)
        for index in 1...endpointCount {
            let number = Self.padded(index)
            try Self.endpointFile(number).write(toFile: api + "/record_\(number).yaml", atomically: false, encoding: .utf8)
        }
    }

    static func padded(_ index: Int) -> String {
        var text = String(index)
        while text.count < 4 { text = "0" + text }
        return text
    }

    // MARK: - The API file

    static let apiFile = """
    specgen: 1
    api:
      name: Synthetic
      module: SyntheticAPI
      title: Synthetic Benchmark API
      version: "1.0"
      description: >-
        An API the benchmark makes up: many endpoints, each shaped like a large real one, so that the
        generator's cost can be measured as a function of the number of endpoints.
      hosts:
        - name: primary
          url: https://api.example.com
          description: The primary cluster.
        - name: secondary
          url: https://eu.api.example.com
          description: The secondary cluster.
      auth:
        scheme: basic
        description: HTTP Basic authentication with the organization's credentials.
      headers:
        - name: X-Client-Country
          swift_name: countryCode
          type: string
          description: The client's country code.
      fixed_query:
        - name: format
          value: json
          description: Selects JSON responses.
      leniency: all

    types:
      RequestStatus:
        kind: object
        description: The request-level outcome, in response.status.
        fields:
          - name: success
            type: boolean
            description: Whether the operation succeeded.
          - name: code
            type: integer
            description: The code representing the status of the operation.
          - name: message
            type: string
            description: The message describing the status of the operation.
          - name: total
            type: integer
            description: The total number of items in the response.
          - name: success_count
            type: integer
            description: The number of items that succeeded.
      ItemStatus:
        kind: object
        description: The outcome for one item of a possibly bulk request.
        fields:
          - name: success
            type: boolean
            description: Whether the operation on this item succeeded.
          - name: code
            type: integer
            description: The code representing the status of the item operation.
          - name: message
            type: string
            description: The message describing the status of the item operation.
          - name: warnings
            type: list
            wrapper: warning
            description: Warnings about this item; usually empty.
            items:
              type: object
              type_name: Warning
              fields:
                - name: code
                  type: integer
                  description: The warning's code.
                - name: message
                  type: string
                  description: The warning's message.
      StoreReference:
        kind: object
        description: A store or till of the organization, by code and name.
        fields:
          - name: code
            type: string
            description: The store's or till's code.
          - name: name
            type: string
            description: The store's or till's name.
      NameValueField:
        kind: object
        description: One custom field; values are always strings, whatever the field's meaning.
        fields:
          - name: name
            type: string
            description: The field's name.
          - name: value
            type: string
            description: The field's value, as a string.

    """

    // MARK: - One endpoint

    static let parameterNames = [
        "number", "store_code", "expanded", "sort_by", "date", "gap_days", "weight",
        "till_code", "amount", "credit_notes", "order_by", "since", "renew_days", "ratio",
        "coupon_limit", "program_name", "tenders", "coupon_status", "until", "offset_days", "share",
        "page", "region", "summary", "channel", "updated_after",
    ]

    static let switchNames = [
        "next_tier", "registered_store", "registered_till", "fraud_details", "ndnc_status",
        "optin_status", "expiry_schedule", "expired_points", "points_summary", "promotion_points",
        "retention_criteria", "upgrade_criteria", "user_group", "profile_image", "transactions",
        "subscriptions", "segments", "card_details", "tracker_info", "delayed_accrual",
    ]

    static let fieldNames = [
        "user_id", "first_name", "lifetime_points", "verified", "registered_on", "tier_kind",
        "visit_count", "last_name", "lifetime_purchases", "opted_in", "updated_on", "source_kind",
        "serial_number", "mobile", "loyalty_points", "active", "last_visit_on", "segment_kind",
        "referral_count", "email", "pending_points", "fraud_flag", "birthday", "channel_kind",
        "rank", "external_id", "redeemed_points", "deleted", "expires_on", "currency",
        "score", "card_number", "expired_points", "merged", "renewed_on", "region",
        "program_id", "city", "balance", "subscribed",
    ]

    static func sentence(_ subject: String, _ index: Int) -> String {
        let words = subject.replacingOccurrences(of: "_", with: " ")
        switch index % 4 {
        case 0: return "The \(words) of the record, as the service reports it."
        case 1: return "The \(words), returned only when the matching include switch is sent; absent otherwise, and empty when the service has nothing to report for this record."
        case 2: return "The record's \(words). Older generations of the service send it as a string, and some send an empty list instead of leaving it out."
        default: return "Undocumented in the reference beyond its name; by its name, the \(words) of the record, kept as the service sends it so that nothing is lost."
        }
    }

    static func endpointFile(_ number: String) -> String {
        let isWrite = (Int(number) ?? 0) % 2 == 0
        var yaml = isWrite ? """
        specgen: 1
        endpoint:
          name: add_record_\(number)
          method: POST
          path: /v1/collections/{collection}/records_\(number)/add
          summary: Adds or updates records of collection \(number), answering one item per record sent.

        """ : """
        specgen: 1
        endpoint:
          name: get_record_\(number)
          method: GET
          path: /v1/collections/{collection}/records_\(number)/get
          summary: Retrieves one or more records of collection \(number).

        """
        yaml += """
          description: >-
            Retrieves records of collection \(number) with their loyalty information, recent transactions,
            coupons, visits and tier changes. To fetch records in bulk, pass several comma-separated values of
            one identifier. Every record, even a single one, comes back in response.records.record with its own
            item_status; a record that cannot be found comes back as a failed item with its identifier.
          headers:
            - name: language
              type: string
              description: An ISO language code selecting the language of the descriptions returned.
          path_parameters:
            - name: collection
              type: string
              description: The collection the records belong to; any text, sent as one path segment.
          parameters:
            - group: identifier
              require: exactly_one
              description: >-
                Which records to fetch. One identifier kind is mandatory; several comma-separated values of
                it fetch records in bulk.
              parameters:
                - name: id
                  type: integer
                  list: ","
                  description: Unique IDs of the records to fetch.
                - name: email
                  type: string
                  list: ","
                  description: Email addresses of the records to fetch.
                - name: mobile
                  type: string
                  list: ","
                  description: Mobile numbers of the records to fetch.
                - name: external_id
                  type: string
                  list: ","
                  description: External IDs of the records to fetch.

        """
        for (index, name) in parameterNames.enumerated() {
            yaml += "    - name: \(name)\n"
            switch index % 7 {
            case 0:
                yaml += "      type: integer\n      minimum: 0\n"
            case 1:
                yaml += "      type: string\n"
            case 2:
                yaml += "      type: boolean\n"
            case 3:
                yaml += "      type: enum\n      values: [created_date, updated_date, amount, points, name]\n      default: created_date\n"
            case 4:
                yaml += "      type: date\n"
            case 5:
                yaml += "      type: integer\n      minimum: 0\n      requires: { expanded: true }\n"
            default:
                yaml += "      type: number\n      minimum: 0\n      maximum: 100\n"
            }
            yaml += "      description: >-\n        \(sentence(name, index))\n"
        }
        yaml += """
          switches:
            name: include
            value: "true"
            description: >-
              Extra sections of the record to return. Each is sent as name=true; the service compares the
              value with true case-insensitively.
            values:

        """
        for (index, name) in switchNames.enumerated() {
            yaml += "      - name: \(name)\n        description: >-\n          \(sentence(name, index))\n"
        }
        if isWrite { yaml += bodySection(number) }
        yaml += """
          response:
            type: GetRecord\(number)Response
            description: The response envelope with the request's status and one item per record asked for.
          examples:
            - title: Bulk lookup by id
              arguments:
                collection: main
                id: [387020208, 3879773]
                X-Client-Country: "1"
        \(isWrite ? exampleBody(mobile: "44700900999") : "")
            - title: One record by email, with the next tier
              arguments:
                collection: archive/2024
                email: [someone@example.com]
                include: [next_tier, points_summary]
                expanded: true
                gap_days: 30
        \(isWrite ? exampleBody(mobile: "44700900111") : "")

        types:
          GetRecord\(number)Response:
            kind: object
            description: The body of a get_record_\(number) response.
            fields:
              - name: response
                type: object
                type_name: Body
                required: true
                description: The response envelope.
                fields:
                  - name: status
                    type: RequestStatus
                    required: true
                    description: The request-level outcome.
                  - name: records
                    type: list
                    wrapper: record
                    items: Record\(number)
                    description: One item per record asked for, successful or not, each with its own item_status.

          Record\(number):
            kind: object
            description: >-
              One record of collection \(number). Which fields are present depends on the parameters and
              include switches sent. A failed item carries only the identifier it was looked up by and its
              item_status.
            fields:

        """
        for (index, name) in fieldNames.enumerated() {
            yaml += "      - name: \(name)\n"
            switch index % 6 {
            case 0: yaml += "        type: integer\n"
            case 1: yaml += "        type: string\n"
            case 2: yaml += "        type: number\n"
            case 3: yaml += "        type: boolean\n"
            case 4: yaml += "        type: string\n        format: YYYY-MM-DD HH:MM:SS\n"
            default: yaml += "        type: enum\n        values: [LOYALTY, NON_LOYALTY, PROSPECT, ARCHIVED]\n"
            }
            yaml += "        description: >-\n          \(sentence(name, index))\n"
        }
        yaml += """
              - name: details
                type: object
                description: The record's details. Returned by default.
                fields:

        """
        yaml += itemFields(indent: "          ")
        for (name, wrapper, typeName) in [
            ("transactions", "transaction", "Transaction"), ("coupons", "coupon", "Coupon"),
            ("visits", "visit", "Visit"), ("tier_changes", "change", "TierChange"),
        ] {
            yaml += """
                  - name: \(name)
                    type: list
                    wrapper: \(wrapper)
                    description: >-
                      \(sentence(name, 1))
                    items:
                      type: object
                      type_name: \(typeName)
                      fields:

            """
            yaml += itemFields(indent: "            ")
        }
        yaml += """
              - name: custom_fields
                type: list
                wrapper: field
                items: NameValueField
                description: The record's custom fields as name-value pairs; values are always strings.
              - name: registered_store
                type: StoreReference
                description: The store where the record was registered.
              - name: item_status
                type: ItemStatus
                description: The outcome for this record.

        """
        if isWrite { yaml += newRecordType(number) }
        return yaml
    }

    /// An example's body: one record, without the envelope.
    static func exampleBody(mobile: String) -> String {
        """
              body:
                - mobile: "\(mobile)"
                  first_name: Ada
                  lifetime_points: 120
                  tier_kind: LOYALTY
                  tags: [new, in-store]
        """
    }

    /// A write endpoint's body: an enveloped list of new records.
    static func bodySection(_ number: String) -> String {
        """
          body:
            type: list
            items: NewRecord\(number)
            envelope: root.record
            min_items: 1
            max_items: 100
            description: The records to add, at most 100 per request.

        """
    }

    /// The element type of a write endpoint's body: a dozen fields, each with a rule.
    static func newRecordType(_ number: String) -> String {
        var yaml = """

          NewRecord\(number):
            kind: object
            description: One record to add to collection \(number); at least one identifier is required.
            at_least_one: [mobile, email, external_id]
            fields:

        """
        for (index, name) in fieldNames.prefix(26).enumerated() {
            yaml += "      - name: \(name)\n"
            switch index % 6 {
            case 0: yaml += "        type: integer\n        minimum: 0\n"
            case 1: yaml += "        type: string\n        max_length: 100\n"
            case 2: yaml += "        type: number\n        minimum: 0\n        as_string: true\n"
            case 3: yaml += "        type: boolean\n"
            case 4: yaml += "        type: string\n        format: YYYY-MM-DD HH:MM:SS\n"
            default: yaml += "        type: enum\n        values: [LOYALTY, NON_LOYALTY, PROSPECT, ARCHIVED]\n"
            }
            yaml += "        description: >-\n          \(sentence(name, index))\n"
        }
        yaml += """
              - name: tags
                type: list
                items: string
                max_items: 10
                description: Labels for the record, at most ten.
              - name: custom_fields
                type: list
                wrapper: field
                items: NameValueField
                description: The record's custom fields as name-value pairs.

        """
        return yaml
    }

    /// The six fields of every nested object.
    static func itemFields(indent: String) -> String {
        """
        \(indent)- name: id
        \(indent)  type: integer
        \(indent)  description: The item's ID.
        \(indent)- name: code
        \(indent)  type: string
        \(indent)  description: The item's code, as the service spells it.
        \(indent)- name: amount
        \(indent)  type: number
        \(indent)  description: The item's amount; may have decimals and arrive in scientific notation.
        \(indent)- name: created_on
        \(indent)  type: string
        \(indent)  format: YYYY-MM-DD HH:MM:SS
        \(indent)  description: When the item was created, in the store's time zone.
        \(indent)- name: active
        \(indent)  type: boolean
        \(indent)  description: Whether the item is active.
        \(indent)- name: status
        \(indent)  type: enum
        \(indent)  values: [OPEN, CLOSED, PENDING]
        \(indent)  description: The item's status.

        """
    }
}
