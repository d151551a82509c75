using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PartnershipSite.Tests.Support;

/// <summary>What PdfPig reads back from a PDF: the tagged text as a screen reader gets it, links, fonts.</summary>
public static partial class PdfReadBack
{
    /// <summary>The text of every tagged (non-artifact) marked-content sequence, in content order, whitespace collapsed.</summary>
    public static string TaggedText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            foreach (var content in page.GetMarkedContents())
            {
                Append(content, text);
            }
        }
        return Normalise(text.ToString());
    }

    /// <summary>The text of the artifacts (footer) of each page.</summary>
    public static IReadOnlyList<string> ArtifactText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => Normalise(string.Concat(page.GetMarkedContents()
            .Where(c => c.IsArtifact).SelectMany(c => c.Letters).Select(l => l.Value))))];
    }

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    private static void Append(MarkedContentElement content, StringBuilder text)
    {
        if (content.IsArtifact)
        {
            return;
        }
        foreach (var letter in content.Letters)
        {
            text.Append(letter.Value);
        }
        foreach (var child in content.Children)
        {
            Append(child, text);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
