using System.Text;
using Markdig;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Markup;
using PartnershipSite.Tests.Pdf;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks.Parity;

/// <summary>
/// The parity check over whole builds: the real site and sites with every construct pass it (each release
/// compared in all five formats), and a layout or PDF that drifts from the page fails it with the right code,
/// the two formats named and the Markdown line of the first difference.
/// </summary>
public sealed class ParityCheckTests
{
    [Fact]
    public async Task The_real_site_passes_with_every_format_compared()
    {
        var site = TestSite.FromRepository();
        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PS06", StringComparison.Ordinal));
        AssertPassedOnce(result);
    }

    [Fact]
    public async Task A_release_with_every_press_block_passes()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-blocks", "Science fund opens for bids", body: PressBlockSamples.Body));
        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        AssertPassedOnce(result);
    }

    [Fact]
    public async Task A_release_with_every_construct_the_PDF_draws_passes()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: RichReleasePdf.Body));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/chart.png", TestImages.Png(600, 300));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/divider.png", TestImages.Png(600, 12));
        site.FileSystem.WriteAllBytes("/site/input/releases/2021-06-10-a/photo.jpg", TestImages.Jpeg());
        var result = await site.BuildAsync();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        AssertPassedOnce(result);
    }

    [Fact]
    public async Task The_test_release_passes_as_written()
    {
        var result = await ParitySites.BuildAsync();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        AssertPassedOnce(result);
    }

    [Fact]
    public async Task A_body_that_starts_by_repeating_the_headline_is_not_found_at_the_headline()
    {
        // Pasted text often starts with its headline; the body's first block then reads as the page's h1.
        var result = await ParitySites.BuildAsync(body: "A release\n\n" + ParitySites.Body);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PS06", StringComparison.Ordinal));
        AssertPassedOnce(result);
    }

    [Fact]
    public async Task A_layout_that_drops_a_paragraph_fails_at_that_paragraph()
    {
        var result = await ParitySites.BuildAsync(layout: l => l.Replace("{{ release.body_html | raw }}",
            "{{ release.body_html | remove: \"<p>The fund supports three kinds of project:</p>\" | raw }}", StringComparison.Ordinal));

        var error = Single(result, Codes.ParityBodyText);
        Assert.Equal(new SourceLocation(ParitySites.ReleasePath, ParitySites.LineOf("The fund supports"), 1), error.Location);
        AssertStartsWith("The HTML page and the PDF differ in the body text, at block 3: the HTML page has 'research partnerships', the PDF has 'The fund supports three kinds of project:'", error.Message);
        // The feeds carry the body as written too: they are named as differing from the page.
        Assert.Contains("the RSS entry, the Atom entry, the JSON Feed item differ from the HTML page too", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_layout_that_reorders_links_fails_at_the_first_link_out_of_place()
    {
        var result = await ParitySites.BuildAsync(layout: l => l.Replace("{{ release.body_html | raw }}",
            "{{ release.body_html | replace: \"https://www.gov.uk/guidance/bids\", \"PLACEHOLDER\" | replace: \"https://www.gov.uk/rules\", \"https://www.gov.uk/guidance/bids\" | replace: \"PLACEHOLDER\", \"https://www.gov.uk/rules\" | raw }}",
            StringComparison.Ordinal));

        var error = Single(result, Codes.ParityLinks);
        Assert.Equal(ParitySites.LineOf("[the guidance]"), error.Location.Line);
        AssertStartsWith("The HTML page and the PDF differ in the body's links, at link 1: the HTML page links to 'https://www.gov.uk/rules', the PDF to 'https://www.gov.uk/guidance/bids'.", error.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.ParityBodyText.Code); // the text is unchanged
    }

    [Fact]
    public async Task A_layout_that_changes_an_alt_text_fails_at_the_image()
    {
        var result = await ParitySites.BuildAsync(layout: l => l.Replace("{{ release.body_html | raw }}",
            "{{ release.body_html | replace: \"alt=\\\"Bar chart: funding by year\\\"\", \"alt=\\\"Chart\\\"\" | raw }}", StringComparison.Ordinal));

        var error = Single(result, Codes.ParityAltText);
        Assert.Equal(new SourceLocation(ParitySites.ReleasePath, ParitySites.LineOf("![Bar chart"), 1), error.Location);
        AssertStartsWith("The HTML page and the PDF differ in the body's image descriptions, at image 1: the HTML page has the alt text 'Chart', the PDF 'Bar chart: funding by year'.", error.Message);
    }

    // Each row: a layout change that drops or alters one fact of the frame, the code it must fail with, the
    // front-matter line it is reported at (null: the top of the file), and how the message starts. The PDF shows no
    // topic, date or organisation the page does not, so the RSS entry (the first feed) is the one named.
    public static TheoryData<string, string, DiagnosticDescriptor, string?, string> FrameChanges => new()
    {
        { "{{ release.title }}</h1>", "{{ release.title | upcase }}</h1>", Codes.ParityTitle, null,
            "The HTML page and the PDF differ on the release's title: the HTML page has 'A RELEASE', the PDF has 'A release'." },
        { "{%- if release.topics.size > 0 %}", "{%- if false %}", Codes.ParityTopics, "  - Science and innovation",
            "The HTML page and the RSS entry differ on the release's topics: the HTML page has '(nothing)', the RSS entry has 'Science and innovation'." },
        { "{{ release.published.iso }}", "2021-06-11T00:00:00+00:00", Codes.ParityDates, null,
            "The HTML page and the RSS entry differ on the date first published: the HTML page has '2021-06-11T00:00:00+00:00', the RSS entry has '2021-06-10T00:00:00+00:00'." },
        { "<li><a href=\"{{ organisation.url }}\">{{ organisation.name }}</a></li>", "", Codes.ParityOrganisations, "    - Department for Testing",
            "The HTML page and the RSS entry differ on the release's organisations: the HTML page has '(nothing)', the RSS entry has 'Department for Testing'." },
    };

    [Theory]
    [MemberData(nameof(FrameChanges))]
    public async Task A_layout_that_changes_a_fact_of_the_frame_fails_at_that_fact(string find, string replacement, DiagnosticDescriptor code, string? at, string expected)
    {
        var result = await ParitySites.BuildAsync(layout: l => l.Replace(find, replacement, StringComparison.Ordinal));

        var error = Single(result, code);
        Assert.Equal(at is null ? 1 : ParitySites.LineOf(at), error.Location.Line);
        AssertStartsWith(expected, error.Message);
        // Each feed entry is compared: the other two are named as differing too, unless only the PDF does.
        if (expected.Contains("RSS entry", StringComparison.Ordinal))
        {
            Assert.Contains("the Atom entry, the JSON Feed item differ from the HTML page too", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_PDF_laid_out_from_a_changed_paragraph_fails_naming_the_PDF_alone()
    {
        var result = await ParitySites.BuildAsync(pdf: release => release with
        {
            Markdown = Markdown.Parse(release.Source.Text.Replace("The fund runs until 2025.", "The fund runs until 2026.", StringComparison.Ordinal), MarkdownPipelines.Site),
        });

        var error = Single(result, Codes.ParityBodyText);
        Assert.Equal(new SourceLocation(ParitySites.ReleasePath, ParitySites.LineOf("The fund runs until"), 1), error.Location);
        AssertStartsWith("The HTML page and the PDF differ in the body text, at block 6: the HTML page has 'The fund runs until 2025.', the PDF has 'The fund runs until 2026.'", error.Message);
        Assert.DoesNotContain("differ from the HTML page too", error.Message, StringComparison.Ordinal); // the feeds agree with the page
    }

    [Fact]
    public async Task A_PDF_whose_link_was_edited_fails_at_the_Markdown_link()
    {
        // The PDF's bytes edited after it was made: its second link annotation now points elsewhere.
        var result = await ParitySites.BuildAsync(editPdf: pdf => PdfEdit.Replace(pdf, @"https://www\.gov\.uk/rules", "https://www.gov.uk/ruler"));

        var error = Single(result, Codes.ParityLinks);
        Assert.Equal(ParitySites.LineOf("[the rules]"), error.Location.Line);
        Assert.Contains("at link 2: the HTML page links to 'https://www.gov.uk/rules', the PDF to 'https://www.gov.uk/ruler'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_that_cannot_be_read_back_is_reported_where_it_breaks_and_its_entries_are_left_out()
    {
        // The RSS feed cut short: the check cannot read its entry, says so at the place it breaks, and compares the rest.
        var result = await ParitySites.BuildAsync(editFeed: feed => feed[..(feed.Length / 2)]);

        var info = Assert.Single(result.Diagnostics, d => d.Code == Codes.ParityFeedUnreadable.Code);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.EndsWith("output/feed.xml", info.Location.Path, StringComparison.Ordinal);
        Assert.True(info.Location.Line > 1 && info.Location.Column > 0, info.Location.ToString());
        Assert.Contains("could not be read back for the parity check", info.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PS06", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        AssertPassedOnce(result);
    }

    [Fact]
    public async Task An_RSS_entry_whose_title_was_edited_fails_naming_the_RSS_entry()
    {
        // The RSS entry is read back and compared like the other feeds' entries.
        var result = await ParitySites.BuildAsync(editFeed: feed => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(feed)
            .Replace("<title>A release</title>", "<title>Another release</title>", StringComparison.Ordinal)));

        var error = Single(result, Codes.ParityTitle);
        AssertStartsWith("The HTML page and the RSS entry differ on the release's title: the HTML page has 'A release', the RSS entry has 'Another release'.", error.Message);
    }

    [Fact]
    public async Task A_release_and_its_Welsh_translation_are_each_compared_across_page_PDF_and_their_feeds()
    {
        var result = await ParitySites.BuildTranslatedAsync();

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        var summary = Assert.Single(result.Checks, c => c.Check == "ReleaseFormatsAgree");
        Assert.Equal((2, 2, 0), (summary.Checked, summary.Passed, summary.Failed));
    }

    [Fact]
    public async Task A_Welsh_feed_entry_whose_title_was_edited_fails_at_the_translation()
    {
        // The Welsh entry lives only in cy/feed.xml: the check reads the language's feeds as it reads the site's.
        var result = await ParitySites.BuildTranslatedAsync(p => p == "cy/feed.xml", feed => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(feed)
            .Replace("<title>Y gronfa wyddoniaeth yn agor ar gyfer cynigion</title>", "<title>Y gronfa ar gau</title>", StringComparison.Ordinal)));

        var error = Single(result, Codes.ParityTitle);
        Assert.Equal("input/releases/2021-06-10-a.cy.md", error.Location.Path);
        AssertStartsWith("The HTML page and the RSS entry differ on the release's title", error.Message);
    }

    [Fact]
    public async Task A_Welsh_PDF_whose_link_was_edited_fails_at_the_translation()
    {
        var result = await ParitySites.BuildTranslatedAsync(p => p.EndsWith(".pdf", StringComparison.Ordinal),
            pdf => PdfEdit.Replace(pdf, "science-fund-bids", "science-fund-bidz"));

        var error = Single(result, Codes.ParityLinks);
        Assert.Equal("input/releases/2021-06-10-a.cy.md", error.Location.Path);
    }

    private static Diagnostic Single(BuildResult result, DiagnosticDescriptor descriptor)
    {
        var parity = result.Diagnostics.Where(d => d.Code.StartsWith("PS06", StringComparison.Ordinal)).ToList();
        Assert.True(parity.Count == 1 && parity[0].Code == descriptor.Code, string.Join('\n', result.Diagnostics));
        Assert.Equal(DiagnosticSeverity.Error, parity[0].Severity);
        return parity[0];
    }

    private static void AssertStartsWith(string expected, string message) =>
        Assert.True(message.StartsWith(expected, StringComparison.Ordinal), message);

    private static void AssertPassedOnce(BuildResult result)
    {
        var summary = Assert.Single(result.Checks, c => c.Check == "ReleaseFormatsAgree");
        Assert.Equal((1, 1, 0), (summary.Checked, summary.Passed, summary.Failed));
    }
}
