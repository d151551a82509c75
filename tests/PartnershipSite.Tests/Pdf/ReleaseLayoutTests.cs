using PartnershipSite.Content;
using PartnershipSite.Markup;
using PartnershipSite.Pdf;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

public sealed class ReleaseLayoutTests
{
    private static LayoutResult Lay(string body)
    {
        var text = "---\ntitle: T\n---\n\n" + body;
        var release = new Release(new SourceFile("/site/input/releases/a.md", "input/releases/a.md", text), Markdig.Markdown.Parse(text, MarkdownPipelines.Site),
            new ReleaseMetadata { Title = "T", Summary = "S", Published = new DateTimeOffset(2021, 6, 10, 0, 0, 0, TimeSpan.Zero), Type = "Press release", Language = "en-GB", Slug = "a" });
        return ReleaseLayout.Lay(TestLabels.Composed(release), new FakeMetrics());
    }

    private static IEnumerable<Fragment> Content(LayoutResult layout) => layout.Model.Pages.SelectMany(p => p.Content);

    [Fact]
    public void A_link_is_one_element_per_line_with_an_area_over_its_text_and_the_whole_link_text()
    {
        var layout = Lay("See [" + string.Join(' ', Enumerable.Repeat("word", 60)) + "](https://example.org/) now.");

        var links = layout.Model.Elements.Where(e => e.Role == StructureRole.Link).ToList();
        Assert.True(links.Count >= 2);
        Assert.All(links, link =>
        {
            Assert.Equal("https://example.org/", link.Uri);
            Assert.StartsWith("word word", link.LinkText);
            var fragments = Content(layout).Where(f => f.Path.Contains(link.Id)).ToList();
            Assert.Single(fragments.Select(f => f.Baseline).Distinct());
            Assert.Equal(fragments.Min(f => f.X), link.LinkArea.X);
            Assert.Equal(fragments.Max(f => f.X + f.Width), link.LinkArea.X + link.LinkArea.Width, 6);
            Assert.True(link.LinkArea.Y < fragments[0].Baseline && link.LinkArea.Y + link.LinkArea.Height > fragments[0].Baseline);
        });
    }

    [Fact]
    public void A_paragraph_crossing_a_page_keeps_one_element_on_both_pages()
    {
        var layout = Lay(string.Join(' ', Enumerable.Repeat("word", 2000)));

        var paragraph = Content(layout).First(f => f.Text.StartsWith("word", StringComparison.Ordinal)).Path.Single();
        var pages = layout.Model.Pages.Where(p => p.Content.Any(f => f.Path.Contains(paragraph))).ToList();
        Assert.True(pages.Count >= 2);
        Assert.Equal(StructureRole.P, layout.Model.Elements[paragraph].Role);
    }

    [Fact]
    public void Abbreviations_are_spans_carrying_their_expansion()
    {
        var layout = Lay("The UK agrees.\n\n*[UK]: United Kingdom\n");

        var span = Assert.Single(layout.Model.Elements, e => e.Role == StructureRole.Span);
        Assert.Equal("United Kingdom", span.Expansion);
        Assert.Equal("UK", Assert.Single(Content(layout), f => f.Path.Contains(span.Id)).Text);
    }

    [Fact]
    public void A_quotation_with_attribution_is_a_block_quote_holding_its_caption()
    {
        // As HTML's figure > blockquote + figcaption: the attribution is inside the quotation's grouping, not beside it.
        var layout = Lay("^^^\n> Quoted words.\n^^^ A Minister\n");

        Assert.Equal(["BlockQuote/P", "BlockQuote/Caption/P"], RolesOf(layout, "Minister", "Quoted"));
    }

    [Fact]
    public void An_attribution_the_lead_in_already_says_is_drawn_as_an_artifact()
    {
        var layout = Lay("The Minister, Jo Bloggs, said:\n\n^^^\n> Quoted words.\n^^^ Jo Bloggs, Minister\n");

        Assert.Equal(["P", "BlockQuote/P"], RolesOf(layout, "Jo Bloggs", "Quoted"));
        Assert.Contains(layout.Model.Pages.SelectMany(p => p.ArtifactText), f => f.Text.Contains("Minister", StringComparison.Ordinal));
        Assert.DoesNotContain(layout.Model.Elements, e => e.Role == StructureRole.Caption);
    }

    [Fact]
    public void A_body_paragraph_repeating_the_standfirst_is_left_out()
    {
        // Lay gives every release the summary "S".
        var layout = Lay("S\n\nThe first paragraph of its own.\n");

        Assert.Equal(1, Content(layout).Count(f => f.Text.Trim() == "S"));
        Assert.Contains(Content(layout), f => f.Text.Contains("of its own", StringComparison.Ordinal));
    }

    private static List<string> RolesOf(LayoutResult layout, params string[] texts) =>
        [.. Content(layout).Where(f => texts.Any(t => f.Text.Contains(t, StringComparison.Ordinal)))
            .Select(f => string.Join('/', f.Path.Select(id => layout.Model.Elements[id].Role)))];

    [Fact]
    public void Unsupported_inlines_are_reported_at_their_markdown_line_and_column_and_raw_html_is_left_to_the_markdown_stage()
    {
        // Raw HTML is refused where the Markdown is parsed (PS0130, MarkupPolicyTests); the PDF layout does not repeat it.
        var layout = Lay("Text.\n\n<div>raw</div>\n\nMore.\n\n  *x* and ![a chart](chart.png) in a line\n");

        Assert.Equal([("PS0502", 11, 11)], layout.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
    }

    [Fact]
    public void A_heading_bookmark_leaves_out_its_footnote_number()
    {
        var layout = Lay("## Funding[^1]\n\nText.\n\n[^1]: A note.\n");

        Assert.Contains(layout.Model.Outline, o => o.Title == "Funding");
        Assert.Single(layout.Model.Elements, e => e.Role == StructureRole.Reference);
    }
}
