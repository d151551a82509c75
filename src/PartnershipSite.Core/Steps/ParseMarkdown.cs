using PartnershipSite.Content;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>Parses each release with the site's Markdig pipeline, keeping precise source positions.</summary>
public sealed class ParseMarkdown : IStep
{
    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var parsed = state.Sources
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(s => context.Memo(nameof(ParseMarkdown), new Identity(s), _ => new ParsedSource(s, Markdig.Markdown.Parse(s.Text, context.Markdown))))
            .ToList();
        return ValueTask.FromResult(state with { Parsed = [.. parsed] });
    }
}
