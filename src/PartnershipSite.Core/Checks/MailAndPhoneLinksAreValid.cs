using System.Text.RegularExpressions;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// <c>mailto:</c> links carry at least one well-formed address (RFC 6068) and <c>tel:</c> links a dialable
/// number (RFC 3966): a broken one opens an empty email or a call to nowhere.
/// </summary>
internal sealed partial class MailAndPhoneLinksAreValid : ILinkCheck
{
    /// <inheritdoc />
    public void Check(FoundLink link, SiteIndex site, CheckReporter reporter)
    {
        switch (link.Kind)
        {
            case LinkKind.Mail when !IsValidMailto(link.Target.Trim()):
                reporter.FailWithNote(this, Codes.MalformedMailto, link.Location, link.Note, link.Label, link.Target);
                break;
            case LinkKind.Phone when !IsValidTel(link.Target.Trim()):
                reporter.FailWithNote(this, Codes.MalformedTel, link.Location, link.Note, link.Label, link.Target);
                break;
            case LinkKind.Mail or LinkKind.Phone:
                reporter.Pass(this);
                break;
        }
    }

    /// <summary>True for <c>mailto:a@b.example[,c@d.example][?headers]</c>.</summary>
    public static bool IsValidMailto(string url)
    {
        var to = Unescape(url["mailto:".Length..].Split('?', 2)[0]);
        var addresses = to.Split(',', StringSplitOptions.TrimEntries);
        return to.Length > 0 && addresses.All(Address().IsMatch);
    }

    /// <summary>True for <c>tel:+44 20…</c> numbers with visual separators and optional parameters.</summary>
    public static bool IsValidTel(string url)
    {
        var parts = Unescape(url["tel:".Length..]).Split(';');
        var number = parts[0];
        return Number().IsMatch(number) && number.Count(char.IsAsciiDigit) >= 3;
    }

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    // A pragmatic addr-spec: a local part without spaces or specials, '@', and a dotted domain name.
    [GeneratedRegex(@"^[^\s@<>()\[\]\\,;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial Regex Address();

    // RFC 3966: digits with the visual separators '-', '.', '(' and ')', optionally starting with '+'.
    [GeneratedRegex(@"^\+?[0-9]([0-9().\-]*[0-9])?$")]
    private static partial Regex Number();
}
