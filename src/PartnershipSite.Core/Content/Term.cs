using System.Collections.Immutable;

namespace PartnershipSite.Content;

/// <summary>One topic or organisation: the name its page shows, its URL segment and its releases, newest first.</summary>
/// <param name="Name">The spelling first written (by file path order), which the term's page and feeds show.</param>
/// <param name="Slug">The URL segment, by the release slug rule (<see cref="Content.Slug.FromTitle"/>).</param>
/// <param name="Releases">The published releases that name the term, newest first.</param>
public sealed record Term(string Name, string Slug, ImmutableArray<Release> Releases);
