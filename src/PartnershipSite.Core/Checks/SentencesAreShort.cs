using System.Text.RegularExpressions;
using Markdig.Syntax;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// GOV.UK plain-English guidance: sentences of 25 words at most, as long sentences are hard to follow for every
/// reader and more so for those with cognitive impairments. A warning, at the sentence's first word.
/// </summary>
public sealed partial class SentencesAreShort : IReleaseCheck
{
    /// <summary>The most words a sentence may have.</summary>
    public const int MaxWords = 25;

    /// <inheritdoc />
    public void Check(Release release, CheckReporter reporter)
    {
        foreach (var paragraph in release.Markdown.Descendants<ParagraphBlock>())
        {
            var prose = Prose.Of(paragraph);
            foreach (Match sentence in Sentence().Matches(prose.Text))
            {
                var words = Word().Count(sentence.Value);
                if (words <= MaxWords)
                {
                    reporter.Pass(this);
                    continue;
                }
                var start = string.Join(' ', sentence.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6)) + " …";
                reporter.Fail(this, Codes.LongSentence, prose.At(release.Source.DisplayPath, sentence.Index), start, words);
            }
        }
    }

    // A sentence runs to '.', '!' or '?' followed by a space and a capital, digit or quote, or to the end. Common
    // abbreviations ("e.g.", "Mr.") do not end one.
    [GeneratedRegex(@"\S.*?(?:(?<!\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|vs))[.!?]+[""'’”)]*(?=\s+[\p{Lu}\p{N}""'‘“(])|$)", RegexOptions.Singleline)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-&.,£$%]*")]
    private static partial Regex Word();
}
