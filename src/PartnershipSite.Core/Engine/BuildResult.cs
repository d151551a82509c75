using System.Collections.Frozen;
using System.Collections.Immutable;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Engine;

/// <summary>What a build did: its diagnostics, the files it made, and how long each step took.</summary>
public sealed record BuildResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<OutputFile> Outputs,
    ImmutableArray<StepTiming> Timings,
    bool Published)
{
    /// <summary>Each check's tally (checked, passed, failed, skipped), when the checks ran.</summary>
    public ImmutableArray<Checks.CheckSummary> Checks { get; init; } = [];

    /// <summary>True when no error was reported and the site was published.</summary>
    public bool Succeeded => Published && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>True when any error was reported (the site may have been made in memory but was not published).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The warnings of <see cref="Diagnostics"/> the site's baseline accepts: not shown or counted as new.</summary>
    public ImmutableArray<Diagnostic> Baselined { get; init; } = [];

    /// <summary>What <c>--update-baseline</c> wrote; null when it was not asked for or the build stopped early.</summary>
    public BaselineUpdate? BaselineUpdate { get; init; }

    /// <summary>The site's settings, when they loaded: callers use them to find the theme folder.</summary>
    public Configuration.SiteConfig? Config { get; init; }

    /// <summary>True when an output folder from an earlier build was there before this build (and is still there when
    /// this build was not published).</summary>
    public bool PreviousOutputExists { get; init; }

    /// <summary>The releases under embargo (file names and when each lifts; never titles), soonest first.</summary>
    public ImmutableArray<EmbargoedRelease> Embargoed { get; init; } = [];

    /// <summary>The output paths written to disk by this build.</summary>
    public ImmutableArray<string> Written { get; init; } = [];

    /// <summary>How many units of work each cached step reused from the build cache (by step name).</summary>
    public FrozenDictionary<string, int> Reused { get; init; } = FrozenDictionary<string, int>.Empty;

    /// <summary>How many units of work each cached step had to do (by step name).</summary>
    public FrozenDictionary<string, int> Computed { get; init; } = FrozenDictionary<string, int>.Empty;

    /// <summary>How many HTML pages the build made (the error page included; a release's own files not).</summary>
    public int PageCount => Outputs.Count(o => o.Provenance.IsPage);
}

/// <summary>A release under embargo, as the build reports it: its file (the title is embargoed too) and the moment it lifts.</summary>
public sealed record EmbargoedRelease(string File, DateTimeOffset PublishAt);

/// <summary>How long one step took.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);
