using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnershipSite.Caching;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Markup;
using PartnershipSite.Text;

namespace PartnershipSite.Steps;

/// <summary>
/// Parses each release with the site's Markdig pipeline, keeping precise source positions. Markdown nested past
/// Markdig's depth limit and link text longer than <see cref="SourceLimits.MaxLinkText"/> are located errors, and
/// the release is left out.
/// </summary>
internal sealed class ParseMarkdown : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Sources);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Parsed);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var parsed = state.Sources
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism)
            .Select(s => context.Memo(nameof(ParseMarkdown), new Identity(s), bag => Parse(s, context.Markdown, bag)))
            .ToList();
        return ValueTask.FromResult(state with { Parsed = [.. parsed.OfType<ParsedSource>()] });
    }

    private static ParsedSource? Parse(SourceFile source, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        if (InlineMarkerLimit.FirstPastLimit(source.Text) is var (line, column))
        {
            diagnostics.Add(Codes.TooManyInlineMarkers, new SourceLocation(source.DisplayPath, line, column), SourceLimits.MaxInlineMarkers);
            return null;
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source.Text, pipeline);
        }
        catch (Exception e) when (ParserFailure.IsBadInput(e))
        {
            diagnostics.Add(Codes.NestedTooDeep, new SourceLocation(source.DisplayPath, FirstFailingLine(source.Text, pipeline), 1),
                "Markdown quotations, lists, links or emphasis are", "past the Markdown parser's limit");
            return null;
        }
        if (TooDeep(document) is { } deep)
        {
            // Parsed, but deeper than the renderers (Markdig's HTML renderer, the PDF layout, the checks) recurse safely.
            diagnostics.Add(Codes.NestedTooDeep, new SourceLocation(source.DisplayPath, deep.Line + 1, deep.Column + 1),
                "Markdown quotations, lists, links or emphasis are", $"the limit is {SourceLimits.MaxNesting} levels");
            return null;
        }
        if (document.Descendants<Block>().Skip(SourceLimits.MaxBlocks).FirstOrDefault() is { } past)
        {
            diagnostics.Add(Codes.TooManyBlocks, new SourceLocation(source.DisplayPath, past.Line + 1, past.Column + 1), SourceLimits.MaxBlocks, SourceLimits.MaxBlocks + 1);
            return null;
        }
        var tooLong = false;
        foreach (var link in document.Descendants<LinkInline>())
        {
            var length = link.Descendants<LiteralInline>().Sum(l => l.Content.Length);
            if (length > SourceLimits.MaxLinkText)
            {
                diagnostics.Add(Codes.LinkTextTooLong, new SourceLocation(source.DisplayPath, link.Line + 1, link.Column + 1), length, SourceLimits.MaxLinkText);
                tooLong = true;
            }
        }
        if (tooLong)
        {
            return null;
        }
        // Enforced here, not in a later check, so that no combination of skipped steps can publish it.
        MarkupPolicy.Apply(document, source.DisplayPath, diagnostics);
        return new ParsedSource(source, document);
    }

    /// <summary>The first element nested deeper than <see cref="SourceLimits.MaxNesting"/>, found without recursion.</summary>
    private static MarkdownObject? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > SourceLimits.MaxNesting)
            {
                return node;
            }
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// The first line at which the text fails to parse: the shortest failing prefix, by bisection over whole lines
    /// (Markdig's exception says how deep, not where). Only run once a parse has failed.
    /// </summary>
    private static int FirstFailingLine(string text, MarkdownPipeline pipeline)
    {
        var lines = text.Split('\n');
        int good = 0, bad = lines.Length;
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            try
            {
                Markdown.Parse(string.Join('\n', lines.Take(middle)), pipeline);
                good = middle;
            }
            catch (Exception e) when (ParserFailure.IsBadInput(e))
            {
                bad = middle;
            }
        }
        return bad;
    }
}
