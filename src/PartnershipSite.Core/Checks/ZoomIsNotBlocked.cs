using System.Globalization;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>WCAG 2.2 SC 1.4.4: the viewport lets readers zoom (no <c>user-scalable=no</c>, no <c>maximum-scale</c> below 2).</summary>
internal sealed class ZoomIsNotBlocked : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var meta in page.Document.QuerySelectorAll("meta[name=viewport]"))
        {
            var content = meta.GetAttribute("content") ?? "";
            var settings = content.Split(',', ';')
                .Select(p => p.Split('=', 2))
                .Where(p => p.Length == 2)
                .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim().ToLowerInvariant());
            var blocked = settings.TryGetValue("user-scalable", out var scalable) && scalable is "no" or "0"
                || settings.TryGetValue("maximum-scale", out var max)
                    && double.TryParse(max, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale < 2;
            if (!blocked)
            {
                reporter.Pass(this);
                continue;
            }
            var (location, note) = page.Locate(meta);
            reporter.FailWithNote(this, Codes.ZoomBlocked, location, note, content);
        }
    }
}
