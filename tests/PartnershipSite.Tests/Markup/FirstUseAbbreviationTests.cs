using PartnershipSite.Markup;

namespace PartnershipSite.Tests.Markup;

public sealed class FirstUseAbbreviationTests
{
    private static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.Site).Trim();

    [Fact]
    public void Abbreviation_is_expanded_on_first_use_only()
    {
        var html = Render("""
            The UK and the US. Then the UK again.

            *[UK]: United Kingdom
            *[US]: United States
            """);

        Assert.Equal("<p>The <abbr title=\"United Kingdom\">UK</abbr> and the <abbr title=\"United States\">US</abbr>. Then the UK again.</p>", html);
    }

    [Fact]
    public void Abbreviation_label_and_expansion_are_html_escaped()
    {
        var html = Render("""
            Spending on R&D rises, and R&D again.

            *[R&D]: research & "development"
            """);

        Assert.Equal("<p>Spending on <abbr title=\"research &amp; &quot;development&quot;\">R&amp;D</abbr> rises, and R&amp;D again.</p>", html);
    }

    [Fact]
    public void First_use_follows_document_order_across_headings_lists_quotes_and_tables()
    {
        var html = Render("""
            ## About the UK

            - in a list: UK

            > in a quote: UK

            | Country |
            |---------|
            | UK      |

            *[UK]: United Kingdom
            """);

        Assert.Equal(1, CountOf(html, "<abbr"));
        Assert.Contains("<h2 id=\"about-the-uk\">About the <abbr title=\"United Kingdom\">UK</abbr></h2>", html);
    }

    [Fact]
    public void Each_document_has_its_own_first_use()
    {
        const string Text = "The UK.\n\n*[UK]: United Kingdom\n";

        Assert.Contains("<abbr", Render(Text));
        Assert.Contains("<abbr", Render(Text));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
