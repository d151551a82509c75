using System.Collections.Immutable;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Pdf;

/// <summary>The page model of a release and the problems found laying it out (constructs the PDF cannot show).</summary>
internal sealed record LayoutResult(PageModel Model, ImmutableArray<Diagnostic> Diagnostics);
