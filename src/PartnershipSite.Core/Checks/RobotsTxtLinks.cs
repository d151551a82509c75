using PartnershipSite.Diagnostics;
using PartnershipSite.IO;

namespace PartnershipSite.Checks;

/// <summary>The <c>Sitemap:</c> lines of <c>robots.txt</c> (RFC 9309 §2.2.4 allows other records), located at their line.</summary>
internal sealed class RobotsTxtLinks : ILinkSource
{
    private const string Field = "Sitemap:";

    /// <inheritdoc />
    public bool Reads(string outputPath) => outputPath == "robots.txt";

    /// <inheritdoc />
    public IEnumerable<FoundLink> Extract(OutputFile file, CheckInput input)
    {
        var displayPath = input.DisplayPath(file.Path);
        var lines = System.Text.Encoding.UTF8.GetString(file.Content.Span).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith(Field, StringComparison.OrdinalIgnoreCase))
            {
                var value = line[Field.Length..];
                var column = Field.Length + value.Length - value.TrimStart().Length + 1;
                yield return new FoundLink(value.Trim(), "robots.txt sitemap", file.Path, new SourceLocation(displayPath, i + 1, column), $"in {file.Path}");
            }
        }
    }
}
