using AngleSharp.Html.Parser;
using PartnershipSite.Markup;

namespace PartnershipSite.Tests.Markup;

public sealed class ScrollableTableTests
{
    [Fact]
    public void Each_table_is_wrapped_in_a_focusable_region_with_a_distinct_label()
    {
        var html = Markdig.Markdown.ToHtml("""
            | A | B |
            |---|---|
            | 1 | 2 |

            Text.

            | C |
            |---|
            | 3 |
            """, MarkdownPipelines.Site);

        var regions = new HtmlParser().ParseDocument(html).QuerySelectorAll("body > div").ToList();
        Assert.Equal(["Table 1", "Table 2"], regions.Select(r => r.GetAttribute("aria-label")));
        Assert.All(regions, r => Assert.Equal(("region", "0", "table-scroll"), (r.GetAttribute("role"), r.GetAttribute("tabindex"), r.ClassName)));
        Assert.All(regions, r => Assert.Equal("table", r.FirstElementChild!.LocalName));
    }
}
