namespace PartnershipSite.Content;

/// <summary>A sentence with one value set apart (an email address to link): the text before it, the value and the text after.</summary>
public sealed record SplitSentence(string Before, string Value, string After)
{
    /// <summary>Splits <paramref name="template"/> at its <c>{<paramref name="placeholder"/>}</c> and puts <paramref name="value"/> there.</summary>
    public static SplitSentence Fill(string template, string placeholder, string value)
    {
        ArgumentNullException.ThrowIfNull(template);
        var marker = "{" + placeholder + "}";
        var at = template.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? new SplitSentence(template, value, "") : new SplitSentence(template[..at], value, template[(at + marker.Length)..]);
    }

    /// <inheritdoc />
    public override string ToString() => Before + Value + After;
}
