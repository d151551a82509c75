using PartnershipSite.Text;

namespace PartnershipSite.Markup;

/// <summary>
/// Holds each paragraph to <see cref="SourceLimits.MaxInlineMarkers"/> emphasis and link markers (<c>*</c>,
/// <c>_</c>, <c>[</c>) before Markdig sees it. Markdig matches each closing marker against every opener still open
/// in its paragraph, so a paragraph of unmatched openers costs the square of their number: 20,000 <c>*a</c> lines
/// took 30 s. Below the limit a whole 1 MiB file parses in about 2 s at worst.
/// </summary>
internal static class InlineMarkerLimit
{
    /// <summary>The line and column (1-based) of the first marker past the limit, or null when every paragraph is within it.</summary>
    public static (int Line, int Column)? FirstPastLimit(string text)
    {
        var count = 0;
        var (start, line) = AfterFrontMatter(text);
        var lineStart = start;
        var blank = true;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    if (blank)
                    {
                        count = 0; // a blank line ends the paragraph
                    }
                    line++;
                    lineStart = i + 1;
                    blank = true;
                    break;
                case '\\':
                    blank = false;
                    i++; // an escaped character is text, never a marker
                    if (i < text.Length && text[i] == '\n')
                    {
                        i--;
                    }
                    break;
                case '*' or '_' or '[':
                    blank = false;
                    if (++count > SourceLimits.MaxInlineMarkers)
                    {
                        return (line, i - lineStart + 1);
                    }
                    break;
                case ' ' or '\t' or '\r':
                    break;
                default:
                    blank = false;
                    break;
            }
        }
        return null;
    }

    /// <summary>Where the Markdown starts: after the YAML front matter, which YAML's own limits cover.</summary>
    private static (int Index, int Line) AfterFrontMatter(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return (0, 1);
        }
        var line = 1;
        for (var start = text.IndexOf('\n') + 1; start > 0; line++)
        {
            var end = text.IndexOf('\n', start);
            var content = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
            if (content is "---" or "...")
            {
                return (end < 0 ? text.Length : end + 1, line + 2);
            }
            start = end + 1;
        }
        return (0, 1);
    }
}
