using System.Collections.Frozen;
using System.Text.Json;
using PartnershipSite.Content;
using PartnershipSite.Templates;

namespace PartnershipSite.Caching;

/// <summary>Every value a cached unit of work reads other than files: the catalogue the cache reads them back from.</summary>
internal static class Settings
{
    /// <summary>
    /// The release itself: its source text (from which the syntax tree and body HTML are made by the tool), its
    /// metadata (which holds what the site's settings put into it, such as the default language) and whether it is a
    /// preview of an embargo.
    /// </summary>
    public static Setting<Release> Release { get; } = new("release", s => s.Release, r =>
        JsonSerializer.SerializeToUtf8Bytes(new { r.Source.Text, r.Metadata, r.IsPreviewOfEmbargo }));

    /// <summary>
    /// The release's document (<c>ComposeDocuments</c>): the theme's labels, the contact and the formats email it shows.
    /// What it leaves out of the body is made from the release's source text, which <see cref="Release"/> holds.
    /// </summary>
    public static Setting<ReleaseDocument> Document { get; } = new("document", s => s.Release.Document!);

    /// <summary>The press office contact from <c>site.yml</c>.</summary>
    public static Setting<string> PressOfficeContact { get; } = new("press_office", s => s.Config.PressOfficeContact);

    /// <summary>The site's base URL.</summary>
    public static Setting<Uri> BaseUrl { get; } = new("base_url", s => s.Config.BaseUrl, u => System.Text.Encoding.UTF8.GetBytes(u.ToString()));

    /// <summary>The site as layouts see it (<c>site</c>): made from <c>site.yml</c> and the stylesheet's fingerprinted name.</summary>
    public static Setting<SiteView> SiteView { get; } = new("site_view", s => ViewFactory.Site(s.Config, s.Assets));

    /// <summary>The release as its page's layout sees it (<c>page</c> and <c>release</c>), its PDF's size included.</summary>
    public static Setting<(PageView Page, ReleaseView Release)> ReleaseViews { get; } = new("release_views",
        s => (ViewFactory.ReleasePage(s.Config, s.Release, s.Assets), ViewFactory.Release(s.Config, s.Release)),
        v => JsonSerializer.SerializeToUtf8Bytes(new { v.Page, v.Release }));

    /// <summary>Each setting by its name.</summary>
    public static FrozenDictionary<string, ISetting> All { get; } =
        new ISetting[] { Release, Document, PressOfficeContact, BaseUrl, SiteView, ReleaseViews }.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
}
