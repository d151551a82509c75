using Markdig.Syntax;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// GOV.UK plain-English guidance: sentences of 25 words at most, as long sentences are hard to follow for every
/// reader and more so for those with cognitive impairments. A warning, at the sentence's first word.
/// </summary>
internal sealed class SentencesAreShort : IReleaseCheck
{
    /// <summary>The most words a sentence may have.</summary>
    public const int MaxWords = 25;

    // Abbreviations whose full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "e.g", "i.e", "etc", "Mr", "Mrs", "Ms", "Dr", "St", "No", "vs" };

    /// <inheritdoc />
    public void Check(Release release, CheckReporter reporter)
    {
        foreach (var paragraph in release.Markdown.Descendants<ParagraphBlock>().Where(p => !Markup.Blocks.BlockText.IsInLines(p)))
        {
            var prose = Prose.Of(paragraph);
            foreach (var (start, length) in Sentences(prose.Text))
            {
                var sentence = prose.Text.AsSpan(start, length);
                var words = CountWords(sentence);
                if (words <= MaxWords)
                {
                    reporter.Pass(this);
                    continue;
                }
                var opening = string.Join(' ', sentence.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6)) + " …";
                reporter.Fail(this, Codes.LongSentence, prose.At(release.Source.DisplayPath, start), opening, words);
            }
        }
    }

    /// <summary>
    /// The sentences of <paramref name="text"/> as (start, length): a sentence ends at '.', '!' or '?' (and any
    /// closing quotes or brackets) followed by a space and a capital, digit or opening quote, or at the end.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Sentences(string text)
    {
        var start = Skip(text, 0);
        var i = start;
        while (i < text.Length)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or '’' or '”' or ')')
            {
                end++;
            }
            var next = Skip(text, end);
            var boundary = next > end && next < text.Length && (char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '‘' or '“' or '(');
            if (boundary && !EndsWithAbbreviation(text, start, i))
            {
                yield return (start, end - start);
                start = next;
            }
            i = Math.Max(end, i + 1);
        }
        if (start < text.Length)
        {
            yield return (start, text.Length - start);
        }
    }

    private static int Skip(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool EndsWithAbbreviation(string text, int start, int stop)
    {
        var wordStart = stop;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }
        return Abbreviations.Contains(text[wordStart..stop]);
    }

    private static int CountWords(ReadOnlySpan<char> sentence)
    {
        var count = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in sentence)
        {
            if (char.IsWhiteSpace(c) || c is '–' or '—')
            {
                count += inWord && hasLetter ? 1 : 0;
                inWord = hasLetter = false;
                continue;
            }
            inWord = true;
            hasLetter |= char.IsLetterOrDigit(c);
        }
        return count + (inWord && hasLetter ? 1 : 0);
    }
}
