using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 1.3.1: headings go down one level at a time (h2 after h1, h3 after h2), so their outline is true.</summary>
internal sealed class HeadingsDoNotSkipLevels : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        var previous = 0;
        foreach (var heading in page.Document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            if (level > previous + 1)
            {
                var (location, note) = page.Locate(heading);
                var text = string.Join(' ', heading.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                var before = previous == 0 ? "no heading comes before it" : $"the heading before it is level {previous}";
                reporter.FailWithNote(this, Codes.HeadingSkipsLevel, location, note, text, level, before);
            }
            else
            {
                reporter.Pass(this);
            }
            previous = level;
        }
    }
}
