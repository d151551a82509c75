using System.Globalization;
using System.Text;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// A site made to stress the theme: many releases, long titles and unbreakable words, every Markdown construct
/// the dialect supports (Govspeak's press blocks included), change history, passages in Welsh, and a Welsh translation
/// of the press-block release (issue 16), so every browser test walks the page in both languages.
/// </summary>
public static class SyntheticSite
{
    /// <summary>The site as <c>-- path --</c> sections for <see cref="TestSite.Parse"/>.</summary>
    public static string Text()
    {
        // Five to a page, so the browser tests see a page 2 (and a topic's own pages) as well as the home page.
        var text = new StringBuilder(WelshSamples.SiteYml.TrimEnd('\n') + "\npage_size: 5\n\n");
        text.Append(TestSite.Release("2024-03-01-every-markdown-construct", "Every Markdown construct a press release may use", "2024-03-01",
            extra: """
            updated:
              - date: 2024-03-05
                note: Added the table of funding by region.
              - date: 2024-03-09
                note: Corrected the Welsh translation.
            topics:
              - Testing
            """,
            body: EveryConstruct));
        text.Append(TestSite.Release("2024-03-02-every-press-block", "Every press block a release may use", "2024-03-02", body: PressBlockSamples.Body));
        text.Append(WelshSamples.Translation("2024-03-02-every-press-block", "2024-03-02"));
        text.Append(TestSite.Release("2024-02-20-long-title",
            "A deliberately long headline that keeps going well past the point where any sensible editor would stop, to test wrapping of Pneumonoultramicroscopicsilicovolcanoconiosis-grade words on narrow screens", "2024-02-20",
            body: "A body with an unbreakable address: <https://example.gov.uk/a/very/long/path/that/does/not/break/naturally/at/any/point/at/all/index.html> and a long word Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch."));
        text.Append(TestSite.Release("2024-02-10-welsh", "Datganiad i'r wasg yn Gymraeg", "2024-02-10", extra: "lang: cy",
            body: "Mae'r Deyrnas Unedig a'r Unol Daleithiau wedi cytuno heddiw i gryfhau cysylltiadau ym maes gwyddoniaeth a thechnoleg."));
        for (var i = 1; i <= 9; i++)
        {
            var date = new DateOnly(2023, i, 10 + i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(TestSite.Release($"{date}-routine-{i}", $"Routine announcement number {i}", date, body: $"Routine announcement {i}, with a [link to the first](/releases/routine-1/)."));
        }
        return text.ToString();
    }

    private const string EveryConstruct = """
        The UK and the US today agreed a partnership on R&D. The UK will lead; the US will follow, and R&D spending rises.

        ## A second-level heading with an abbreviation: UK

        Text with *emphasis*, **strong importance**, ***both***, `inline code`, an [inline link](https://example.gov.uk/inline),
        a [reference link][ref], an autolink <https://example.gov.uk/auto>, an email <press@example.gov.uk>,
        a telephone number [020 7946 0000](tel:+442079460000) and a link to [another release](/releases/routine-2/).
        A footnote follows.[^1]

        ### A third-level heading

        1. First ordered item
        2. Second ordered item, with a nested list:
           - nested bullet one
           - nested bullet two, with deeper nesting:
             1. deepest item
        3. Third ordered item

        - A bullet list item
        - Another bullet, *emphasised*

        a. An alphabetical list item
        b. Another alphabetical item

        #### A fourth-level heading

        The Secretary of State said:

        ^^^
        > A quotation with two paragraphs, the first mentioning the UK again.
        >
        > The second paragraph of the quotation.
        ^^^ Jane Doe, Secretary of State for Testing

        A plain block quote, not a figure:

        > Quoted text without an attribution.

        ## Funding by region

        | Region | Funding (£ million) | Projects |
        |:-------|-------------------:|---------:|
        | England | 120.5 | 42 |
        | Scotland | 30.25 | 11 |
        | Wales | 18 | 7 |
        | Northern Ireland | 9.75 | 4 |

        A wide table that cannot fit a phone screen:

        | Year | England | Scotland | Wales | Northern Ireland | Crown Dependencies | Overseas Territories | Total |
        |------|--------:|---------:|------:|-----------------:|-------------------:|---------------------:|------:|
        | 2023 | 100.0 | 25.0 | 15.0 | 8.0 | 1.5 | 0.5 | 150.0 |
        | 2024 | 120.5 | 30.25 | 18.0 | 9.75 | 2.0 | 0.75 | 181.25 |

        ## Code

        ```
        A preformatted block with a long line that must wrap rather than widen the page: https://example.gov.uk/a/very/long/path/index.html
        ```

        ## Yn Gymraeg

        {lang=cy}
        Mae'r bartneriaeth hon yn dda i Gymru. Diolch yn fawr.

        Said in English, then *diolch yn fawr*{lang=cy} in Welsh.

        ---

        ## Notes to editors

        Contact the press office.

        [^1]: The footnote's text.

        [ref]: https://example.gov.uk/reference

        *[UK]: United Kingdom
        *[US]: United States
        *[R&D]: research and development
        """;
}
