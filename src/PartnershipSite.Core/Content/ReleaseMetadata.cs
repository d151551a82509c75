using System.Collections.Immutable;

namespace PartnershipSite.Content;

/// <summary>The validated front matter of a release.</summary>
public sealed record ReleaseMetadata
{
    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The standfirst: one or two sentences shown under the headline and in listings and feeds.</summary>
    public required string Summary { get; init; }

    /// <summary>When the release was first published.</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>Corrections and updates after first publication, oldest first.</summary>
    public ImmutableArray<ChangeNote> Updates { get; init; } = [];

    /// <summary>The document type, e.g. "Press release".</summary>
    public required string Type { get; init; }

    /// <summary>The organisations the release is from.</summary>
    public ImmutableArray<string> Organisations { get; init; } = [];

    /// <summary>Where each of <see cref="Organisations"/> is written, for diagnostics about organisation pages.</summary>
    public ImmutableArray<Diagnostics.SourceLocation> OrganisationLocations { get; init; } = [];

    /// <summary>The people (ministers, officials) the release is from.</summary>
    public ImmutableArray<string> People { get; init; } = [];

    /// <summary>Topics: each has its own page and feeds, and they are the feeds' categories.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>Where each of <see cref="Topics"/> is written, for diagnostics about topic pages.</summary>
    public ImmutableArray<Diagnostics.SourceLocation> TopicLocations { get; init; } = [];

    /// <summary>The press contact for this release, when it differs from the site's.</summary>
    public string? Contact { get; init; }

    /// <summary>The release's language (BCP 47).</summary>
    public required string Language { get; init; }

    /// <summary>The URL segment: <c>/releases/&lt;slug&gt;/</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The theme layout that renders it.</summary>
    public string Layout { get; init; } = "release";

    /// <summary>The date of the latest change: the last update, or first publication.</summary>
    public DateTimeOffset LastUpdated => Updates.IsEmpty ? Published : Updates[^1].Date;
}

/// <summary>One entry in a release's change history.</summary>
public sealed record ChangeNote(DateTimeOffset Date, string Note);
