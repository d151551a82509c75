using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Markup;

namespace PartnershipSite.Steps;

/// <summary>Parses each release with the site's Markdig pipeline, keeping precise source positions.</summary>
public sealed class ParseMarkdown : IStep
{
    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var parsed = state.Sources
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(s => context.Memo(nameof(ParseMarkdown), new Identity(s), bag => Parse(s, context, bag)))
            .ToList();
        return ValueTask.FromResult(state with { Parsed = [.. parsed] });
    }

    private static ParsedSource Parse(SourceFile source, BuildContext context, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(source.Text, context.Markdown);
        // Enforced here, not in a later check, so that no combination of skipped steps can publish it.
        MarkupPolicy.Apply(document, source.DisplayPath, diagnostics);
        return new ParsedSource(source, document);
    }
}
