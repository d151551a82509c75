namespace PartnershipSite.Content;

/// <summary>
/// A translation's file name: <c>2021-06-10-slug.cy.md</c> is the translation into <c>cy</c> of
/// <c>2021-06-10-slug.md</c> beside it. A name with no language tag before <c>.md</c> is an original.
/// </summary>
internal static class TranslationName
{
    /// <summary>The original's path and the translation's language, or null when <paramref name="path"/> is an original.</summary>
    public static (string OriginalPath, string Language)? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || !LanguageTag.IsValid(name[(dot + 1)..]))
        {
            return null;
        }
        var folder = Path.GetDirectoryName(path) ?? "";
        return (Path.Join(folder, name[..dot] + Path.GetExtension(path)), name[(dot + 1)..]);
    }
}
