using PartnershipSite.Content;
using PartnershipSite.Markup;
using PartnershipSite.Pdf;

namespace PartnershipSite.Tests.Pdf;

public sealed class ReleaseLayoutTests
{
    private static LayoutResult Lay(string body)
    {
        var text = "---\ntitle: T\n---\n\n" + body;
        var release = new Release(new SourceFile("/site/input/releases/a.md", "input/releases/a.md", text), Markdig.Markdown.Parse(text, MarkdownPipelines.Site),
            new ReleaseMetadata { Title = "T", Summary = "S", Published = new DateTimeOffset(2021, 6, 10, 0, 0, 0, TimeSpan.Zero), Type = "Press release", Language = "en-GB", Slug = "a" });
        return ReleaseLayout.Lay(release, "Press office", new FakeMetrics());
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
    public void A_quotation_with_attribution_is_a_division_of_block_quote_and_caption()
    {
        var layout = Lay("^^^\n> Quoted words.\n^^^ A Minister\n");

        var roles = Content(layout).Where(f => f.Text.Contains("Minister", StringComparison.Ordinal) || f.Text.Contains("Quoted", StringComparison.Ordinal))
            .Select(f => string.Join('/', f.Path.Select(id => layout.Model.Elements[id].Role))).ToList();
        Assert.Equal(["Div/BlockQuote/P", "Div/Caption/P"], roles);
    }

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
