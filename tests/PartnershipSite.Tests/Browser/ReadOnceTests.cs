using Microsoft.Playwright;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Browser;

/// <summary>
/// The release page as a screen reader gets it: Chromium's accessibility tree (CDP <c>Accessibility.getFullAXTree</c>),
/// read straight through. Nothing the frame says is said again by the body, and the tree is left in
/// <c>artifacts/browser/ax/</c> for people to read.
/// </summary>
public sealed class ReadOnceTests(BrowserFixture browser, SitesFixture sites)
{
    private const string Release = "releases/uk-and-us-agree-to-strengthen-ties-in-science-and-technology/";

    private async Task<AccessibilityTree> TreeAsync(string siteName, string path)
    {
        await using var context = await browser.NewContextAsync(1280, ColorScheme.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites[siteName].Url(path));
        var tree = await AccessibilityTree.OfAsync(page);
        var directory = RealFiles.PathOf("artifacts/browser/ax");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{siteName}-{BuiltSite.Slug(path)}.txt"), tree.Dump());
        return tree;
    }

    [Fact]
    public async Task The_standfirst_press_number_and_formats_email_are_each_heard_once()
    {
        var tree = await TreeAsync("real", Release);

        Assert.Equal(1, tree.TimesHeard("The UK and US have today agreed to deepen ties on science and technology"));
        Assert.Equal(1, tree.TimesHeard("020 7211 2210"));
        Assert.Equal(1, tree.TimesHeard("enquiries@dcms.gov.uk"));
    }

    [Fact]
    public async Task A_quotation_whose_lead_in_names_the_speaker_says_only_the_quotation()
    {
        var tree = await TreeAsync("real", Release);

        var quotes = QuotationsAfterLeadIns(tree).ToList();
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, q =>
        {
            // The lead-in ("Digital Secretary, Oliver Dowden said:") is the attribution; the quotation adds only its words.
            var heard = q.Quotation.Heard().ToList();
            var words = q.Quotation.Find("blockquote")!.Heard().ToList();
            Assert.True(heard.SequenceEqual(words), $"After '{q.LeadIn}' the quotation also says: {string.Join(" | ", heard.Except(words))}");
        });
        Assert.Equal(1, tree.Find("main")!.TimesHeard("Oliver Dowden said:"));
    }

    [Fact]
    public async Task A_quotation_without_a_lead_in_naming_the_speaker_keeps_its_attribution()
    {
        var tree = await TreeAsync("synthetic", "releases/every-markdown-construct/");

        Assert.Equal(1, tree.TimesHeard("Jane Doe, Secretary of State for Testing"));
    }

    [Fact]
    public async Task From_names_organisations_and_people_as_two_terms()
    {
        var tree = await TreeAsync("real", Release);

        var heard = string.Join(" | ", tree.Find("main")!.Heard());
        Assert.Contains("From: | Department for Digital, Culture, Media & Sport | Department for Business, Energy & Industrial Strategy | People: | Oliver Dowden, Digital Secretary | Kwasi Kwarteng, Business Secretary | Published:", heard, StringComparison.Ordinal);
        var terms = tree.All().Where(n => n.Role == "term").Select(n => string.Concat(n.Heard())).ToList();
        Assert.Equal(["From:", "People:", "Published:"], terms);
    }

    // Each group holding a blockquote whose previous sibling is a paragraph ending in "said:".
    private static IEnumerable<(string LeadIn, AccessibilityTree Quotation)> QuotationsAfterLeadIns(AccessibilityTree tree)
    {
        foreach (var parent in tree.All())
        {
            for (var i = 1; i < parent.Children.Count; i++)
            {
                var leadIn = string.Concat(parent.Children[i - 1].Heard()).Trim();
                if (parent.Children[i - 1].Role == "paragraph" && leadIn.EndsWith("said:", StringComparison.Ordinal) && parent.Children[i].Find("blockquote") is not null)
                {
                    yield return (leadIn, parent.Children[i]);
                }
            }
        }
    }
}
