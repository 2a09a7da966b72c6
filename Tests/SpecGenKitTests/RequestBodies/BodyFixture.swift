/// A small API with request bodies of every shape the format has: a bulk JSON write in an
/// envelope answered item by item, an inline object body, an optional body, and a form body; with
/// field rules, `as_string`, `at_least_one`, dates, enums and example bodies.
enum BodyFixture {
    static let files = [
        "api.yaml": """
            specgen: 1
            api:
              name: Loyal
              module: LoyalAPI
              title: Loyal API
              hosts:
                - name: main
                  url: https://api.loyal.example
              auth:
                scheme: basic
              outcome:
                status: response.status
                all_succeeded: [200]
                partial: [201]
                all_failed: [500]
                item_status: item_status
                item_success: [1000]
            types:
              Status:
                kind: object
                fields:
                  - name: code
                    type: integer
                  - name: message
                    type: string
              Tier:
                kind: enum
                values: [GOLD, SILVER]
              NewMember:
                kind: object
                at_least_one: [mobile, email]
                fields:
                  - name: mobile
                    type: string
                    max_length: 12
                  - name: email
                    type: string
                  - name: external_id
                    type: integer
                    minimum: 1
                  - name: name
                    type: string
                    required: true
                    min_length: 1
                  - name: points
                    type: number
                    minimum: 0
                    as_string: true
                  - name: tier
                    type: Tier
                  - name: joined_on
                    type: date
                    format: DD-MM-YYYY
                  - name: tags
                    type: list
                    items: string
                    max_items: 2
                    max_length: 3
                  - name: fields
                    type: list
                    items:
                      type: object
                      fields:
                        - name: key
                          type: string
                          required: true
                          max_length: 5
                        - name: value
                          type: string
              MemberResult:
                kind: object
                fields:
                  - name: mobile
                    type: string
                  - name: email
                    type: string
                  - name: external_id
                    type: integer
                  - name: item_status
                    type: Status
              AddResponse:
                kind: object
                fields:
                  - name: response
                    type: object
                    required: true
                    fields:
                      - name: status
                        type: Status
                        required: true
                      - name: members
                        type: list
                        items: MemberResult
                      - name: member
                        type: MemberResult

            """,
        "add_members.yaml": """
            specgen: 1
            endpoint:
              name: add_members
              method: POST
              path: /v1/member/add
              summary: Adds members.
              body:
                type: list
                items: NewMember
                max_items: 3
                envelope: root.member
                swift_name: members
                description: The members to add.
              response:
                type: AddResponse
                items: response.members
                answers: body
                match: [mobile, email, external_id]
              examples:
                - title: Two members
                  body:
                    - mobile: "9199"
                      name: "Ann \\"A\\" / B"
                      points: 12.5
                      joined_on: 31-08-2016
                      tier: GOLD
                    - email: b@example.com
                      name: Bob
                      external_id: 7

            """,
        "redeem.yaml": """
            specgen: 1
            endpoint:
              name: redeem
              method: POST
              path: /v1/points/redeem
              summary: Redeems points.
              body:
                type: object
                envelope: root.redeem
                fields:
                  - name: points
                    type: integer
                    required: true
                    minimum: 1
                  - name: note
                    type: string
                  - name: lines
                    type: list
                    wrapper: line
                    items: string
                    wrapper_fields:
                      - name: count
                        type: integer
                        minimum: 1
              response:
                type: AddResponse
              examples:
                - title: Ten points
                  body:
                    points: 10

            """,
        "update.yaml": """
            specgen: 1
            endpoint:
              name: update_member
              method: PUT
              path: /v1/member/update
              summary: Updates a member.
              body:
                type: NewMember
                required: false
              response:
                type: AddResponse
              examples:
                - title: A new e-mail address
                  body:
                    email: new@example.com
                    name: Ann
                    fields:
                      - key: k
                        value: v

            """,
        "token.yaml": """
            specgen: 1
            endpoint:
              name: issue_token
              method: POST
              path: /v1/token
              summary: Issues a token.
              body:
                content_type: application/x-www-form-urlencoded
                type: object
                swift_name: form
                fields:
                  - name: grant_type
                    type: enum
                    values: [client_credentials]
                    required: true
                  - name: scope
                    type: string
                  - name: ttl
                    type: integer
                  - name: audiences
                    type: list
                    items: string
                    separator: ","
              response:
                type: AddResponse
              examples:
                - title: A token for an hour
                  body:
                    grant_type: client_credentials
                    scope: read write&more
                    ttl: 3600
                    audiences: [web, pos]

            """,
    ]
}
