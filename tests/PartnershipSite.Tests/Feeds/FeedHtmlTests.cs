using PartnershipSite.Feeds;

namespace PartnershipSite.Tests.Feeds;

public sealed class FeedHtmlTests
{
    private static readonly Uri Page = new("https://example.gov.uk/news/releases/a/");

    [Theory]
    [InlineData("/assets/x.png", "https://example.gov.uk/assets/x.png")]
    [InlineData("../b/", "https://example.gov.uk/news/releases/b/")]
    [InlineData("x.pdf", "https://example.gov.uk/news/releases/a/x.pdf")]
    [InlineData("#notes", "https://example.gov.uk/news/releases/a/#notes")]
    [InlineData("?page=2", "https://example.gov.uk/news/releases/a/?page=2")]
    [InlineData("//cdn.example.org/x.js", "https://cdn.example.org/x.js")]
    public void Relative_url_resolves_against_the_page_url(string relative, string expected) =>
        Assert.Equal(expected, PartnershipSite.Text.UriReference.Resolve(Page, relative));

    [Theory]
    [InlineData("https://www.gov.uk")]
    [InlineData("mailto:press@example.gov.uk")]
    [InlineData("tel:+442072112210")]
    public void Url_with_a_scheme_is_left_as_written(string absolute)
    {
        Assert.Null(PartnershipSite.Text.UriReference.Resolve(Page, absolute));
        Assert.Equal($"<a href=\"{absolute}\">x</a>", FeedHtml.Prepare($"<a href=\"{absolute}\">x</a>", Page));
    }

    [Fact]
    public void Srcset_candidates_and_cite_are_made_absolute()
    {
        var html = FeedHtml.Prepare("<img src=\"img/p.jpg\" srcset=\"img/p-2x.jpg 2x, /img/p-3x.jpg 3x\" alt=\"A photo\"><blockquote cite=\"quotes.html\"><p>Q.</p></blockquote>", Page);

        Assert.Contains("srcset=\"https://example.gov.uk/news/releases/a/img/p-2x.jpg 2x, https://example.gov.uk/img/p-3x.jpg 3x\"", html, StringComparison.Ordinal);
        Assert.Contains("cite=\"https://example.gov.uk/news/releases/a/quotes.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_are_dropped_and_text_is_kept_escaped()
    {
        var html = FeedHtml.Prepare("<p>R&amp;D &lt;tag&gt; £5 – <!-- note --><a href=\"/\">home</a></p>\n<!-- links -->\n", Page);

        Assert.Equal("<p>R&amp;D &lt;tag&gt; £5 – <a href=\"https://example.gov.uk/\">home</a></p>", html);
    }
}
