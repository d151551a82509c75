using System.Text;
using System.Text.Json;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// The last guard before publishing: searches every output — page text, XML and JSON values, PDF text and file
/// names — for the title, slug and URL of each release still under embargo. A match is an error, so nothing is
/// published: a layout or another release that leaks an embargoed headline stops the build, not a journalist.
/// </summary>
internal sealed class AuditEmbargoes : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Outputs);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.EmbargoAudit);

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        // A preview that shows embargoed releases (serve --show-embargoed) has them in on purpose and never publishes.
        if (state.Embargoed.IsEmpty || context.Options.ShowEmbargoed)
        {
            return ValueTask.FromResult(state);
        }
        var config = state.RequireConfig();
        var secrets = state.Embargoed.Select(r => new Secret(r, Normalise(r.Metadata.Title),
            // The release's own folder: a translation's (releases/slug/cy) is inside its original's, not the same.
            r.SitePath.TrimEnd('/'),
            config.Absolute(r.SitePath).AbsoluteUri)).ToList();
        var leaks = state.Outputs
            .AsParallel().AsOrdered().WithDegreeOfParallelism(context.Options.Parallelism).WithCancellation(cancellationToken)
            .SelectMany(output => Find(output, secrets))
            .ToList();
        foreach (var (output, secret, what) in leaks)
        {
            context.Diagnostics.Add(Codes.EmbargoLeak, new SourceLocation("output/" + output.Path),
                secret.Release.Source.DisplayPath, what, IsoDate.Iso(secret.Release.Metadata.PublishAt!.Value));
        }
        return ValueTask.FromResult(state);
    }

    private sealed record Secret(Release Release, string Title, string SitePath, string Url);

    private static IEnumerable<(OutputFile Output, Secret Secret, string What)> Find(OutputFile output, List<Secret> secrets)
    {
        var text = Normalise(Readable(output));
        foreach (var secret in secrets)
        {
            if (NamesPath(output.Path, secret.SitePath))
            {
                yield return (output, secret, "slug, in the file name");
            }
            else if (secret.Title.Length > 0 && text.Contains(secret.Title, StringComparison.Ordinal))
            {
                yield return (output, secret, "title");
            }
            else if (text.Contains(secret.Url, StringComparison.Ordinal) || NamesPath(text, secret.SitePath))
            {
                yield return (output, secret, "URL");
            }
        }
    }

    // The text a reader (or a crawler) gets from the file: entities decoded in markup, string values in JSON, the text
    // of every page in a PDF.
    private static string Readable(OutputFile output)
    {
        var path = output.Path;
        if (path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            try
            {
                using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.Content.ToArray());
                // The text of each page, and where its links go (a URL is in an annotation, not in the text).
                return string.Join('\n', pdf.GetPages().SelectMany(p => p.GetHyperlinks().Select(l => l.Uri).Prepend(p.Text)));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
            {
                // An unreadable PDF is the PDF checks' to report; its raw bytes are still searched.
                return Encoding.Latin1.GetString(output.Content.Span);
            }
        }
        if (!Text.Utf8.TryDecode(output.Content.Span, out var text, out _))
        {
            // A binary file (the theme's logo): its raw bytes are searched, as an unreadable PDF's are.
            return Encoding.Latin1.GetString(output.Content.Span);
        }
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                var values = new StringBuilder();
                Collect(json.RootElement, values);
                return values.ToString();
            }
            catch (JsonException)
            {
                return text;
            }
        }
        // HTML and XML: entities decoded, twice for RSS descriptions (HTML escaped inside XML).
        return System.Net.WebUtility.HtmlDecode(System.Net.WebUtility.HtmlDecode(text));
    }

    private static void Collect(JsonElement element, StringBuilder values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, values);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, values);
                }
                break;
            case JsonValueKind.String:
                values.Append(element.GetString()).Append('\n');
                break;
        }
    }

    // "releases/<slug>" as a whole path segment: not the start of a longer slug.
    private static bool NamesPath(string text, string sitePath)
    {
        for (var at = text.IndexOf(sitePath, StringComparison.Ordinal); at >= 0; at = text.IndexOf(sitePath, at + 1, StringComparison.Ordinal))
        {
            var end = at + sitePath.Length;
            if (end == text.Length || !(char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
            {
                return true;
            }
        }
        return false;
    }

    // Whitespace runs as one space, so a title broken across lines (a PDF, a wrapped feed) still matches.
    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
