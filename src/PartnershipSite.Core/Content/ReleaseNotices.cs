using System.Globalization;

namespace PartnershipSite.Content;

/// <summary>
/// The words of a release's lifecycle notices, in one place so the page, the PDF and the feeds say the same thing
/// (GOV.UK's wording: "This press release was withdrawn on 3 March 2022").
/// </summary>
internal static class ReleaseNotices
{
    /// <summary>The label listings and feed titles carry for a withdrawn release.</summary>
    public const string WithdrawnLabel = "Withdrawn";

    /// <summary>The withdrawal notice's heading, or null when the release is not withdrawn.</summary>
    public static string? WithdrawnHeading(ReleaseMetadata meta) =>
        meta.Withdrawn is { } w ? $"This {meta.Type.ToLower(CultureInfo.InvariantCulture)} was withdrawn on {IsoDate.Display(w.Date)}" : null;

    /// <summary>A title as listings and feeds show it: "[Withdrawn] …" once withdrawn, as GOV.UK's titles do.</summary>
    public static string ListedTitle(ReleaseMetadata meta) =>
        meta.Withdrawn is null ? meta.Title : $"[{WithdrawnLabel}] {meta.Title}";

    /// <summary>The embargo banner of a preview: "Embargoed until 00:01 on 10 June 2021 (UTC+01:00) — not public".</summary>
    public static string EmbargoBanner(DateTimeOffset publishAt) =>
        $"Embargoed until {publishAt.ToString("HH:mm", CultureInfo.InvariantCulture)} on {IsoDate.Display(publishAt)} " +
        $"(UTC{publishAt.ToString("zzz", CultureInfo.InvariantCulture)}) — not public";
}
