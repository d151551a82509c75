using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PartnershipSite.Markup.Blocks;

/// <summary>
/// A contact block read as GOV.UK's contact: the first line is the name; each later line is a phone number, an email
/// address or a web address (optionally after a label, "Telephone: …", "Press office (out of hours): …"), else a line of the postal address.
/// The HTML and the PDF both draw from this, so they agree on what is a link.
/// </summary>
/// <param name="Name">The first line: the person, team or office.</param>
/// <param name="Lines">The lines after it, in order.</param>
internal sealed partial record ContactCard(string Name, ImmutableArray<ContactLine> Lines)
{
    /// <summary>Reads <paramref name="block"/>.</summary>
    public static ContactCard Read(ContactBlock block) => Read(block, null);

    /// <summary>The card of <paramref name="block"/>, its unlabelled lines labelled in <paramref name="words"/> (the page's language).</summary>
    public static ContactCard Read(ContactBlock block, ContactWords? words)
    {
        words ??= ContactWords.English;
        var lines = BlockText.Lines(block);
        if (lines.IsEmpty)
        {
            return new ContactCard("", []);
        }
        return new ContactCard(lines[0], [.. lines.Skip(1).Select(line => Classify(line, words))]);
    }

    private static ContactLine Classify(string line, ContactWords words)
    {
        if (Linked(line, null, words) is { } plain)
        {
            return plain;
        }
        var labelled = Labelled().Match(line);
        return labelled.Success && Linked(labelled.Groups["value"].Value.Trim(), labelled.Groups["label"].Value.Trim(), words) is { } withLabel
            ? withLabel
            : new ContactLine(ContactLineKind.Address, "", line, null);
    }

    private static ContactLine? Linked(string value, string? label, ContactWords words)
    {
        if (Phone().IsMatch(value) && value.Count(char.IsAsciiDigit) >= 7)
        {
            // "+44 (0)20 …": the (0) is dialled only from inside the country, so the tel: link leaves it out (RFC 3966 global number).
            var digits = value.StartsWith('+') ? value.Replace("(0)", "", StringComparison.Ordinal) : value;
            return new ContactLine(ContactLineKind.Phone, label ?? words.Telephone, value, "tel:" + new string([.. digits.Where(c => c == '+' || char.IsAsciiDigit(c))]));
        }
        if (Email().IsMatch(value))
        {
            return new ContactLine(ContactLineKind.Email, label ?? words.Email, value, "mailto:" + value);
        }
        return Web().IsMatch(value) ? new ContactLine(ContactLineKind.Web, label ?? words.Website, value, value) : null;
    }

    // "Telephone: 020 …", "Out of hours: …", "**Email:** …" (Govspeak's bold labels lose their asterisks in BlockText).
    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L} ()'-]{0,40}?)\s*:\s*(?<value>\S.*)$")]
    private static partial Regex Labelled();

    // Digits with the spaces, brackets, dots and hyphens people write them with, optionally after '+'.
    [GeneratedRegex(@"^\+?[0-9(][0-9 ().\-]{5,}[0-9]$")]
    private static partial Regex Phone();

    // As MailAndPhoneLinksAreValid accepts: a local part without spaces or specials, '@', a dotted domain.
    [GeneratedRegex(@"^[^\s@<>()\[\]\\,;:""]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^https://[^\s<>""]+$")]
    private static partial Regex Web();
}
