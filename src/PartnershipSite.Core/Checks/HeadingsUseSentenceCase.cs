using Markdig.Syntax;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// GOV.UK style: headings and titles in sentence case, which is easier to read than Title Case. A heading is
/// taken as title case when every ordinary word after the first (not acronyms or numbers) starts with a
/// capital, and there are two such words or a capitalised "To", "And", "Of"…. A warning: proper nouns cannot be told apart.
/// </summary>
internal sealed class HeadingsUseSentenceCase : IReleaseCheck
{
    // Short words title case often leaves in lower case; they are not evidence either way.
    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    };

    /// <inheritdoc />
    public void Check(Release release, CheckReporter reporter)
    {
        var path = release.Source.DisplayPath;
        if (IsTitleCase(release.Metadata.Title))
        {
            reporter.Fail(this, Codes.HeadingNotSentenceCase, TitleLocation(release), release.Metadata.Title);
        }
        else
        {
            reporter.Pass(this);
        }
        foreach (var heading in release.Markdown.Descendants<HeadingBlock>())
        {
            var prose = Prose.Of(heading);
            if (!IsTitleCase(prose.Text))
            {
                reporter.Pass(this);
                continue;
            }
            reporter.Fail(this, Codes.HeadingNotSentenceCase, new SourceLocation(path, heading.Line + 1, heading.Column + 1), prose.Text.Trim());
        }
    }

    /// <summary>True for "Notes To Editors", false for "Notes to editors" or "UK and US agree".</summary>
    public static bool IsTitleCase(string heading)
    {
        var words = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(w => w.Trim('"', '\'', '‘', '’', '“', '”', '(', ')', ',', ':', ';', '.', '?', '!'))
            .Where(w => w.Length > 0 && char.IsLetter(w[0]) && !IsAcronym(w))
            .ToList();
        var major = words.Where(w => !Minor.Contains(w)).ToList();
        // A capitalised "To" or "And" is title case; a lower-case one says nothing either way.
        var capitalisedMinor = words.Any(w => Minor.Contains(w) && char.IsUpper(w[0]));
        return major.Count > 0 && major.All(w => char.IsUpper(w[0])) && (major.Count >= 2 || capitalisedMinor);
    }

    private static bool IsAcronym(string word) => word.Count(char.IsUpper) >= 2 || word.Any(char.IsDigit);

    // The title is in the front matter; find its line so the warning lands on it.
    private static SourceLocation TitleLocation(Release release)
    {
        var lines = release.Source.Text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        return new SourceLocation(release.Source.DisplayPath, index + 1, index >= 0 ? 1 : 0);
    }
}
