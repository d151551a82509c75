using System.Globalization;

namespace PartnershipSite.Content;

/// <summary>
/// The words of a release's lifecycle notices, in one place so the page, the PDF and the feeds say the same thing,
/// in the release's language: the wording is the theme's (<c>labels.yml</c>: <c>withdrawn</c>,
/// <c>withdrawn_notice</c>, <c>embargo_banner</c>; GOV.UK's in English: "This press release was withdrawn on 3 March 2022").
/// </summary>
internal static class ReleaseNotices
{
    /// <summary>The withdrawal notice's heading, or null when the release is not withdrawn.</summary>
    public static string? WithdrawnHeading(ReleaseMetadata meta, Labels labels) =>
        meta.Withdrawn is { } w
            ? labels.WithdrawnNotice
                .Replace("{type}", labels.TypeName(meta.Type).ToLower(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{date}", labels.Date(w.Date), StringComparison.Ordinal)
            : null;

    /// <summary>A title as listings and feeds show it: "[Withdrawn] …" once withdrawn, as GOV.UK's titles do.</summary>
    public static string ListedTitle(ReleaseMetadata meta, Labels labels) =>
        meta.Withdrawn is null ? meta.Title : $"[{labels.Withdrawn}] {meta.Title}";

    /// <summary>The embargo banner of a preview: "Embargoed until 00:01 on 10 June 2021 (UTC+01:00) — not public".</summary>
    public static string EmbargoBanner(DateTimeOffset publishAt, Labels labels) => labels.EmbargoBanner
        .Replace("{time}", publishAt.ToString("HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{date}", labels.Date(publishAt), StringComparison.Ordinal)
        .Replace("{zone}", "UTC" + publishAt.ToString("zzz", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
