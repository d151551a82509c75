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

    /// <summary>For a translation (<c>slug.cy.md</c>), the full path of the original it translates; null for an original.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>The URL segment: <c>/releases/&lt;slug&gt;/</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The theme layout that renders it.</summary>
    public string Layout { get; init; } = "release";

    /// <summary>
    /// The embargo: the release is in no output until this instant (compared with the build's clock or <c>--now</c>).
    /// Null when it may be published at once.
    /// </summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>The withdrawal, when the release has been withdrawn: it stays at its URL with a notice.</summary>
    public Withdrawal? Withdrawn { get; init; }

    /// <summary>Old paths of the release (a headline reworded, so its slug changed), redirected to it.</summary>
    public ImmutableArray<OldPath> RedirectFrom { get; init; } = [];

    /// <summary>
    /// The date of the latest major change: a withdrawal, the last (non-minor) update, or first publication. Minor
    /// changes (a typo fixed) are not in <see cref="Updates"/>, so they never move it.
    /// </summary>
    public DateTimeOffset LastUpdated
    {
        get
        {
            var updated = Updates.IsEmpty ? Published : Updates[^1].Date;
            return Withdrawn is { } w && w.Date > updated ? w.Date : updated;
        }
    }
}

/// <summary>When and why a release was withdrawn.</summary>
public sealed record Withdrawal(DateTimeOffset Date, string Note);

/// <summary>A site path a release used to have, and where <c>redirect_from</c> names it.</summary>
public sealed record OldPath(string Path, Diagnostics.SourceLocation At);

/// <summary>One entry in a release's change history.</summary>
public sealed record ChangeNote(DateTimeOffset Date, string Note);
