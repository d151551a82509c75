using System.Collections.Frozen;
using System.Collections.Immutable;
using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.IO;
using PartnershipSite.Templates;

namespace PartnershipSite.Engine;

/// <summary>
/// The immutable state handed from step to step: each step returns a copy (<c>with</c>) carrying what it added.
/// </summary>
public sealed record BuildState
{
    /// <summary>The site's settings, once <c>LoadSiteConfig</c> has run.</summary>
    public SiteConfig? Config { get; init; }

    /// <summary>The release files as read and decoded.</summary>
    internal ImmutableArray<SourceFile> Sources { get; init; } = [];

    /// <summary>The release files parsed as Markdown.</summary>
    internal ImmutableArray<ParsedSource> Parsed { get; init; } = [];

    /// <summary>The valid, published (not draft) releases, newest first.</summary>
    public ImmutableArray<Release> Releases { get; init; } = [];

    /// <summary>Releases under embargo at this build's moment: in no output (unless previewed), but audited for.</summary>
    public ImmutableArray<Release> Embargoed { get; init; } = [];

    /// <summary>The published releases grouped by topic and by organisation, once <c>BuildTaxonomies</c> has run.</summary>
    public ImmutableArray<Taxonomy> Taxonomies { get; init; } = [];

    /// <summary>
    /// Each feed entry written so far (by <c>BuildFeeds</c>, then <c>BuildTermFeeds</c>), by its release's site path:
    /// a release in several feeds is prepared once.
    /// </summary>
    internal ImmutableDictionary<string, Feeds.PreparedEntry> FeedEntries { get; init; } = ImmutableDictionary<string, Feeds.PreparedEntry>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The theme's layouts, parsed once per build.</summary>
    public Theme? Theme { get; init; }

    /// <summary>Each theme asset's output path (<c>assets/css/site.css</c>) mapped to its fingerprinted path.</summary>
    public FrozenDictionary<string, string> Assets { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>The files of the finished site, sorted by path when published.</summary>
    public ImmutableArray<OutputFile> Outputs { get; init; } = [];

    /// <summary>Each check's tally, once <c>CheckSite</c> has run.</summary>
    public ImmutableArray<Checks.CheckSummary> Checks { get; init; } = [];

    /// <summary>Set by <c>WriteOutput</c> once the site has been swapped into the output folder.</summary>
    public bool Published { get; init; }

    /// <summary>The output paths the publishing step wrote to disk (all of them, or only the changed ones).</summary>
    public ImmutableArray<string> Written { get; init; } = [];

    /// <summary>Set by <c>RecoverInterruptedPublish</c>: an output folder from an earlier build exists (and is kept when
    /// this build fails).</summary>
    public bool PreviousOutputExists { get; init; }

    /// <summary>Set by a step when the build cannot go on (no input folder, no configuration).</summary>
    public bool Stopped { get; init; }

    /// <summary>Adds output files.</summary>
    public BuildState AddOutputs(IEnumerable<OutputFile> files) => this with { Outputs = Outputs.AddRange(files) };

    /// <summary>The configuration, for steps that run only after it has loaded.</summary>
    public SiteConfig RequireConfig() =>
        Config ?? throw new InvalidOperationException("LoadSiteConfig must run before this step.");
}
