using System.Collections.Frozen;
using System.Text;
using Markdig.Extensions.Figures;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PartnershipSite.Content;

/// <summary>
/// What the frame already says that the body would say again, so each format leaves it out of what is read: a
/// paragraph that repeats the standfirst word for word, and a quotation's attribution line when the paragraph before
/// the quotation ("Digital Secretary, Oliver Dowden said:") names the same person. The syntax tree is not changed.
/// </summary>
public sealed record ReleaseBody(FrozenSet<Block> Omitted, FrozenSet<FigureCaption> QuietCaptions)
{
    /// <summary>Nothing left out.</summary>
    public static ReleaseBody Whole { get; } = new(FrozenSet<Block>.Empty, FrozenSet<FigureCaption>.Empty);

    /// <summary>Finds in <paramref name="markdown"/> the first top-level paragraph equal to <paramref name="standfirst"/> and the quiet captions.</summary>
    public static ReleaseBody Of(MarkdownDocument markdown, string standfirst)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var omitted = markdown.OfType<ParagraphBlock>().FirstOrDefault(p => Normalise(PlainText(p.Inline)) == Normalise(standfirst));
        var quiet = new List<FigureCaption>();
        for (var i = 1; i < markdown.Count; i++)
        {
            if (markdown[i] is Figure figure && figure.OfType<QuoteBlock>().Any() && markdown[i - 1] is ParagraphBlock leadIn
                && figure.OfType<FigureCaption>().FirstOrDefault() is { } caption && Repeats(PlainText(leadIn.Inline), PlainText(caption.Inline)))
            {
                quiet.Add(caption);
            }
        }
        return new ReleaseBody(omitted is null ? FrozenSet<Block>.Empty : new[] { (Block)omitted }.ToFrozenSet(), quiet.ToFrozenSet());
    }

    /// <summary>Whether the body says <paramref name="text"/> (ignoring spaces and case): a phone number or email the frame would repeat.</summary>
    public static bool Says(MarkdownDocument markdown, string text)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var wanted = Compact(text);
        return wanted.Length >= 6 && markdown.Descendants<LeafBlock>().Any(b => b.Inline is { } inline && Compact(PlainText(inline)).Contains(wanted, StringComparison.Ordinal));
    }

    // A lead-in ending in a colon that names the person the attribution names first ("Oliver Dowden, Digital Secretary").
    private static bool Repeats(string leadIn, string attribution)
    {
        var name = Normalise(attribution.Split(',')[0]);
        return leadIn.TrimEnd().EndsWith(':') && name.Length > 0 && Normalise(leadIn).Contains(name, StringComparison.Ordinal);
    }

    /// <summary>The text of inlines as a reader hears it, without markup.</summary>
    public static string PlainText(ContainerInline? container)
    {
        var text = new StringBuilder();
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                Markdig.Extensions.Abbreviations.AbbreviationInline abbreviation => abbreviation.Abbreviation.Label,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                ContainerInline nested => PlainText(nested),
                _ => "",
            });
        }
        return text.ToString();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
}
