using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// GOV.UK style: spell out an acronym the first time it is used, unless it is better known than its expansion
/// (UK, US, EU, NHS…). An acronym counts as expanded when it is defined at the foot of the file (<c>*[AI]: …</c>,
/// which the site expands for screen readers) or its first use is next to a bracket: "artificial intelligence (AI)"
/// or "AI (artificial intelligence)". A warning, at the first use. Contact and address lines are not prose (postcodes).
/// </summary>
internal sealed partial class AcronymsAreExpanded : IReleaseCheck
{
    // GOV.UK A to Z: acronyms readers know better than their expansions.
    private static readonly FrozenSet<string> WellKnown = FrozenSet.ToFrozenSet(
        ["UK", "US", "USA", "EU", "UN", "NHS", "BBC", "VAT", "MP", "MPs", "PM", "OK", "TV", "GOV.UK", "COVID", "COVID-19", "CEO"],
        StringComparer.Ordinal);

    /// <inheritdoc />
    public void Check(Release release, CheckReporter reporter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in release.Markdown.Descendants<LeafBlock>().Where(b => (b is ParagraphBlock or HeadingBlock) && !Markup.Blocks.BlockText.IsInLines(b)))
        {
            var prose = Prose.Of(block);
            foreach (Match match in Acronym().Matches(prose.Text))
            {
                var acronym = match.Value;
                if (!seen.Add(acronym) || WellKnown.Contains(acronym))
                {
                    continue;
                }
                if (prose.AbbreviationStarts.Contains(match.Index) || IsBracketed(prose.Text, match))
                {
                    reporter.Pass(this);
                    continue;
                }
                reporter.Fail(this, Codes.AcronymNotExpanded, prose.At(release.Source.DisplayPath, match.Index), acronym);
            }
        }
    }

    // "… intelligence (AI)" or "AI (artificial intelligence)".
    private static bool IsBracketed(string text, Match match) =>
        (match.Index > 0 && text[match.Index - 1] == '(')
        || text.AsSpan(match.Index + match.Length).TrimStart(' ').StartsWith("(", StringComparison.Ordinal);

    // Two or more capitals, possibly with digits or '&' between them (AI, R&D, G7, 6G), as a whole word.
    [GeneratedRegex(@"(?<![\p{L}\p{N}&])(?:[0-9]*\p{Lu}[\p{Lu}0-9&]*\p{Lu}[0-9]*s?|\p{Lu}[0-9]+|[0-9]+\p{Lu})(?![\p{L}\p{N}&])")]
    private static partial Regex Acronym();
}
