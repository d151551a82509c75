using System.Globalization;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Authoring;

/// <summary>
/// Starts a release from a title: writes <c>releases/&lt;date&gt;-&lt;slug&gt;.md</c> with every required field,
/// the optional ones commented out, and a body skeleton in the press-release structure.
/// </summary>
public static class NewRelease
{
    /// <summary>
    /// Writes the new release below <paramref name="inputDirectory"/>. Never overwrites: an existing file, or a
    /// title with no letters or digits to make a slug from, is returned as a diagnostic and nothing is written.
    /// </summary>
    public static NewReleaseResult Create(IFileSystem fileSystem, string inputDirectory, string title, DateOnly date)
    {
        // A headline is one line: a title pasted with line breaks or tabs is written with single spaces.
        title = string.Join(' ', title.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (PartnershipSite.Text.TextPolicy.Find(title, references: false).FirstOrDefault() is { Column: > 0 } bad)
        {
            return new NewReleaseResult(null, Codes.ForbiddenCharacter.Create(new SourceLocation("new", 1, bad.Column), PartnershipSite.Text.TextPolicy.Describe(bad.CodePoint)));
        }
        var slug = Slug.FromTitle(title);
        if (!Slug.IsValid(slug))
        {
            return new NewReleaseResult(null, Codes.TitleHasNoSlug.Create(new SourceLocation("new"), title));
        }
        var name = $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Shorten(slug, MaxFileNameBytes - "yyyy-mm-dd-.md".Length)}.md";
        var path = Path.Join(fileSystem.GetFullPath(inputDirectory), "releases", name);
        if (fileSystem.FileExists(path))
        {
            return new NewReleaseResult(path, Codes.ReleaseAlreadyExists.Create(new SourceLocation(path)));
        }
        fileSystem.WriteAllBytes(path, PartnershipSite.Text.Utf8.GetBytes(Text(title, date)));
        return new NewReleaseResult(path, null);
    }

    /// <summary>
    /// The longest file name <c>new</c> writes, in bytes: well under the 255 of ext4, NTFS and APFS, so a long title
    /// still makes a file (and the slug, a URL segment, stays readable).
    /// </summary>
    public const int MaxFileNameBytes = 100;

    // Cut at the last whole word that fits (the slug is ASCII, so characters are bytes).
    private static string Shorten(string slug, int max) =>
        slug.Length <= max ? slug : slug[..max] is var cut && cut.LastIndexOf('-') is > 0 and var end ? cut[..end] : cut;

    /// <summary>The text of a new release: front matter and a body skeleton, with <c>\n</c> line endings.</summary>
    public static string Text(string title, DateOnly date) => $$"""
        ---
        title: {{Quote(title.Trim())}}
        summary: One or two sentences saying what has happened and why it matters.
        date: {{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
        # One of: {{string.Join(", ", Configuration.SiteConfig.DocumentTypes)}}.
        type: Press release
        from:
          organisations:
            - Name of the department
          people:
            - Name, job title
        # Optional fields: remove the '#' to use one.
        # topics:
        #   - A topic
        # contact: "Press office: 020 0000 0000"
        # lang: en-GB
        # slug: a-shorter-url
        # updated:
        #   - date: {{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
        #     note: What changed and why.
        # draft: true
        ---

        - The main point of the announcement, in one sentence
        - A second point: what it means for people
        - A third point: what happens next

        The opening paragraph: who, what, when, where and why, in two or three sentences.

        The detail of the announcement, most important first.

        Name, job title, said:

        ^^^
        > The quote, in the words of the person named.
        ^^^ Name, job title

        ## Notes to editors

        Background and facts for journalists.

        """.ReplaceLineEndings("\n");

    // A YAML double-quoted scalar: the title may hold ': ', '#' or quotes.
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
