import Testing
@testable import SpecGenKit

/// The Markdown an endpoint holding unions gets: the "Unions" section, and example bodies checked
/// and written against the variant they pick.
@Suite("Union docs")
struct UnionDocsTests {
    static let endpoint = """
        specgen: 1
        endpoint:
          name: add_hits
          method: POST
          path: /hits
          summary: Adds hits.
          body:
            type: Hits
          response:
            type: Hits
          examples:
            - title: two hits
              body:
                results:
                  - {kind: track, id: 1}
                  - {kind: video, title: "a | b"}
                when: 1700000000
        types:
          Hits:
            kind: object
            fields:
              - {name: results, type: list, items: Hit}
              - {name: when, type: Stamp}
          Hit:
            kind: union
            description: A search hit.
            discriminator: kind
            variants:
              - {value: track, type: Track, description: A song.}
              - {value: "video | clip", type: Video, swift_name: video}
              - {value: video, type: Video, swift_name: shortVideo}
          Track:
            kind: object
            fields:
              - {name: id, type: integer, required: true}
          Video:
            kind: object
            fields:
              - {name: title, type: string}
          Stamp:
            kind: union
            kinds:
              - {kind: string, type: datetime}
              - {kind: integer, type: datetime, format: unix_seconds, description: Seconds since 1970.}
        """

    private func page() throws -> String {
        let files = try Generator().generate([TestSpec.source(["api.yaml": TestSpec.apiFile, "add_hits.yaml": Self.endpoint])])
        return try #require(files.first { $0.path.hasSuffix("add_hits.md") }?.contents)
    }

    @Test func aSectionShowsEachUnionWithItsVariants() throws {
        let page = try page()
        let start = try #require(page.range(of: "## Unions\n"))
        let end = try #require(page.range(of: "## Examples\n"))
        #expect(String(page[start.lowerBound..<end.lowerBound]) == """
            ## Unions

            ### `Hit`

            A search hit.

            One of, by `kind`:

            | Value | Type | Swift case | Description |
            |---|---|---|---|
            | `track` | [`Track`](#track) | `.track` | A song. |
            | `video \\| clip` | [`Video`](#video) | `.video` |   |
            | `video` | [`Video`](#video) | `.shortVideo` |   |

            Any other value decodes into `.unknown`: the whole object, kept as it came and written back the same (a request body does not send it).

            #### `Track`

            | Field | Type | Description |
            |---|---|---|
            | `id` | integer | Also accepted: numbers as strings (`"42"`); `""`, `[]` and `[[ ]]` as absent. Always present. |

            Keys not listed here are dropped when the body is decoded.

            #### `Video`

            | Field | Type | Description |
            |---|---|---|
            | `title` | string | Also accepted: numbers and booleans, kept as text; `[]` and `[[ ]]` as absent. |

            Keys not listed here are dropped when the body is decoded.

            ### `Stamp`

            One of, by JSON kind:

            | Kind | Type | Swift case | Description |
            |---|---|---|---|
            | string | datetime | `.string` |   |
            | integer | datetime, format `unix_seconds` | `.integer` | Seconds since 1970. |

            A value of any other kind (`null` included) is a decoding error naming the kinds expected.


            """)
    }

    @Test func exampleBodiesAreWrittenAsTheVariantsEncode() throws {
        let page = try page()
        // The discriminator first (the variants do not declare it), the unix time as a number.
        #expect(page.contains(#"--data '{"results":[{"kind":"track","id":1},{"kind":"video","title":"a | b"}],"when":1700000000}'"#))
        #expect(page.contains(
            #"Hits(results: [.track(Track(id: 1)), .shortVideo(Video(title: "a | b"))], when: .integer(try Stamp.integerFormat.read("1700000000", as: DateTime.self)))"#))
    }

    @Test func pagesWithoutUnionsHaveNoSection() throws {
        let files = try Generator().generate([TestSpec.source([
            "api.yaml": TestSpec.apiFile, "get_item.yaml": TestSpec.endpoint(""),
        ])])
        #expect(files.filter { $0.path.hasSuffix(".md") }.allSatisfy { !$0.contents.contains("## Unions") })
    }
}
