using System.Collections.Immutable;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>What checks reported into one <see cref="CheckReporter"/>: each check's tally and the diagnostics, sorted.</summary>
/// <param name="Tallies">Each check's counts, by check name.</param>
/// <param name="Diagnostics">The diagnostics, with the severity the settings gave them.</param>
internal sealed record CheckLog(ImmutableArray<CheckTally> Tallies, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>One check's counts in a <see cref="CheckLog"/>.</summary>
/// <param name="Check">The check's name.</param>
/// <param name="Passed">Items that kept the rule.</param>
/// <param name="Failed">Items reported.</param>
/// <param name="Skipped">Items not looked at (or whose code is turned off).</param>
/// <param name="Codes">The codes it reported, sorted.</param>
internal sealed record CheckTally(string Check, int Passed, int Failed, int Skipped, ImmutableArray<string> Codes);
