using System.Collections.Immutable;

namespace PartnershipSite.Content;

/// <summary>The document types a release may be (front matter <c>type</c>), by their English names.</summary>
internal static class DocumentTypes
{
    /// <summary>Every type, in the order the README lists them.</summary>
    public static readonly ImmutableArray<string> All =
        ["Press release", "News story", "Speech", "Statement", "Written statement", "Notice"];
}
