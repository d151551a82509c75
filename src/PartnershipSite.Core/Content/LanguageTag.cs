using System.Text.RegularExpressions;

namespace PartnershipSite.Content;

/// <summary>Checks the shape of BCP 47 language tags (language, optional script, region and variants).</summary>
internal static partial class LanguageTag
{
    /// <summary>True for tags such as <c>en</c>, <c>en-GB</c>, <c>cy</c>, <c>zh-Hant-TW</c>.</summary>
    public static bool IsValid(string tag) => Shape().IsMatch(tag);

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$")]
    private static partial Regex Shape();
}
