using System.Collections.Immutable;
using PartnershipSite.Content;

namespace PartnershipSite.Checks.Parity;

/// <summary>A release, the blocks its body renders to, and every format it was published in, as read back.</summary>
/// <param name="Release">The release.</param>
/// <param name="PageUrl">The absolute URL of its page, which its relative links resolve against.</param>
/// <param name="Expected">The text blocks of the release's rendered body HTML, which each format's body is found by.</param>
/// <param name="Renditions">Its formats, the page first.</param>
internal sealed record ReleaseRenditions(Release Release, Uri PageUrl, ImmutableArray<TextBlock> Expected, ImmutableArray<Rendition> Renditions);
