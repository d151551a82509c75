using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>The footer on every page, drawn as an artifact: a rule, the short title on the left, the theme's "Page n of N" on the right.</summary>
internal sealed class RunningFooter(string title, Content.Labels labels, PageGeometry geometry, IFontMetrics metrics)
{
    private readonly double _baseline = geometry.Height - geometry.Bottom + 42;

    /// <summary>The thin rule above the footer.</summary>
    public Rule Rule { get; } = new(geometry.Left, geometry.Height - geometry.Bottom + 26, geometry.Width - geometry.Right, geometry.Height - geometry.Bottom + 26, 0.5, Ink.Rule);

    /// <summary>The footer text of page <paramref name="page"/> of <paramref name="pages"/>.</summary>
    public ImmutableArray<Fragment> Text(int page, int pages)
    {
        var style = Typography.Footer;
        var number = labels.PageOf(page, pages);
        var numberWidth = metrics.Width(number, style.Face, style.Size);
        var shortTitle = ShortTitle(geometry.ContentWidth - numberWidth - 24);
        return
        [
            new Fragment(geometry.Left, _baseline, metrics.Width(shortTitle, style.Face, style.Size), shortTitle + " ", style, []),
            new Fragment(geometry.Width - geometry.Right - numberWidth, _baseline, numberWidth, number, style, []),
        ];
    }

    // Whole words of the headline that fit beside the page number, with an ellipsis if cut.
    private string ShortTitle(double room)
    {
        var style = Typography.Footer;
        var shortTitle = title;
        var words = title.Split(' ');
        for (var n = words.Length - 1; n > 0 && metrics.Width(shortTitle, style.Face, style.Size) > room; n--)
        {
            shortTitle = string.Join(' ', words[..n]).TrimEnd(',', ';', ':', '–', '-', ' ') + "…";
        }
        return shortTitle;
    }
}
