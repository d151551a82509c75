using PartnershipSite.IO;

namespace PartnershipSite.Caching;

/// <summary>What a cached unit of work makes: one output file, and facts about it the step needs back.</summary>
/// <param name="File">The output.</param>
/// <param name="Extra">A short text the step reads back on a hit (a PDF's page count); empty when none.</param>
internal sealed record WorkResult(OutputFile File, string Extra = "");
