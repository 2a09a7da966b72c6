import Testing
@testable import SpecGenKit

/// Spec prose as doc comment lines and as Markdown: wrapping, escaping, code spans, tables.
/// Each function has a fast path for plain ASCII and a general one; both are exercised.
@Suite("Doc text and Markdown")
struct DocTextTests {
    @Test func wrapsAtWordBoundaries() {
        #expect(DocText.wrapped("The user id of the record, as the service reports it.", width: 20)
            == ["The user id of the", "record, as the", "service reports it."])
        #expect(DocText.wrapped("Short text.", width: 40) == ["Short text."])
        #expect(DocText.wrapped("exactly ten and the rest", width: 10) == ["exactly", "ten and", "the rest"])
        #expect(DocText.wrapped("", width: 10) == [])
    }

    @Test func wrapsALongWordOnALineOfItsOwn() {
        #expect(DocText.wrapped("A word-longer-than-the-width sits on a line of its own.", width: 10)
            == ["A", "word-longer-than-the-width", "sits on a", "line of", "its own."])
    }

    @Test func wrappingCollapsesRunsOfSpacesAndKeepsParagraphs() {
        #expect(DocText.wrapped("Two  spaces   between words  are one.", width: 14)
            == ["Two spaces", "between words", "are one."])
        #expect(DocText.wrapped("  - an indented list item that is wrapped", width: 16)
            == ["- an indented", "list item that", "is wrapped"])
        #expect(DocText.wrapped("First paragraph.\n\nSecond   paragraph,  longer.  \n\n\n", width: 12)
            == ["First", "paragraph.", "", "Second", "paragraph,", "longer."])
    }

    @Test func wrapsNonASCIITextByCharacters() {
        #expect(DocText.wrapped("Caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e, \u{E0} la carte.", width: 12)
            == ["Caf\u{E9} cr\u{E8}me", "br\u{FB}l\u{E9}e, \u{E0} la", "carte."])
    }

    @Test func linesKeepLeadingSpacesAndDropBlankLinesAtTheEnds() {
        #expect(DocText.lines("  indented") == ["  indented"])
        #expect(DocText.lines("\n  \none  \n\ntwo\n \n") == ["one", "", "two"])
    }

    @Test func firstSentenceEndsAtAFullStopAndASpace() {
        #expect(DocText.firstSentence("One. Two.") == "One.")
        #expect(DocText.firstSentence("Version 1.2 is current. Older ones are not.") == "Version 1.2 is current.")
        #expect(DocText.firstSentence("No full stop") == "No full stop")
        #expect(DocText.firstSentence("Caf\u{E9}. Cr\u{E8}me.") == "Caf\u{E9}.")
        #expect(DocText.firstSentence("Two\nlines. And more.") == "Two lines.")
        #expect(DocText.firstSentence(nil) == "")
    }

    @Test func plainStringLiteralsAreTheTextBetweenQuotes() {
        #expect(SwiftLiteral.string("customer_registered_store") == #""customer_registered_store""#)
        #expect(SwiftLiteral.string("id") == #""id""#)
        #expect(SwiftLiteral.string("") == #""""#)
        #expect(SwiftLiteral.string("say \"hi\"\u{7F}") == #""say \"hi\"\u{7F}""#)
    }

    @Test func markdownTextEscapesOnlyWhatNeedsIt() {
        #expect(markdown { $0.text("Plain text, nothing to escape.", inTable: true) } == "Plain text, nothing to escape.")
        #expect(markdown { $0.text("a|b_c <x> & [y] *z* `q` \\", inTable: true) }
            == #"a\|b\_c &lt;x&gt; &amp; \[y\] \*z\* \`q\` \\"#)
        #expect(markdown { $0.text("line one\r\nline two\u{2028}three", inTable: true) } == "line one<br>line two<br>three")
        #expect(markdown { $0.text("line one\n\nline two") } == "line one\n\nline two")
    }

    @Test func markdownCodeSpansFenceBackticksAndEscapePipes() {
        #expect(markdown { $0.code("status.code") } == "`status.code`")
        #expect(markdown { $0.code("a`b") } == "`` a`b ``")
        #expect(markdown { $0.code("``x") } == "``` ``x ```")
        #expect(markdown { $0.code("a|b") } == #"`a\|b`"#)
        #expect(markdown { $0.code("two\nlines") } == "`two lines`")
        #expect(markdown { $0.code("") } == "``")
    }

    @Test func markdownTablesAndTrailingBlankLines() {
        var page = MarkdownWriter()
        page.tableHeader(["Name", "Description"])
        page.startRow()
        page.startCell()
        page.code("id")
        page.endCell()
        page.startCell()
        page.text("", inTable: true)
        page.endCell()
        page.endRow()
        page.blankLine()
        page.blankLine()
        page.removeTrailingBlankLines()
        #expect(page.text == "| Name | Description |\n|---|---|\n| `id` |   |\n")
    }

    private func markdown(_ write: (inout MarkdownWriter) -> Void) -> String {
        var page = MarkdownWriter()
        write(&page)
        return page.text
    }
}
