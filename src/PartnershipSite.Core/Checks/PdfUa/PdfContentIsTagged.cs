using ICSharpCode.SharpZipLib.Zip.Compression.Streams;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.1 and 7.2, read from the pages' content streams: every piece of content (text, paths, images,
/// XObjects) is either tagged (inside marked content with an MCID) or an artifact, never both nested in each
/// other; and a <c>Span</c> marked-content sequence with <c>/ActualText</c>, <c>/Alt</c> or <c>/E</c> has a language.
/// Each rule is reported once per page, with a count and the first place.
/// </summary>
internal sealed class PdfContentIsTagged : IPdfUaCheck
{
    private const string Limit = "Page content streams only (form XObjects' own content is not followed); streams with filters other than Flate are skipped.";

    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.1-1", "close the tagged marked-content sequence (EMC) before opening the Artifact, or tag the content instead.", Limit),
        new("7.1-2", "close the Artifact (EMC) before opening tagged marked content (with an MCID).", Limit),
        new("7.1-3", "draw every text, path and image inside tagged marked content (BDC with an MCID, in the structure tree) or inside an Artifact.", Limit),
        new("7.2-30", "set the catalog's /Lang, or /Lang on the Span marked content with /ActualText.",
            Limit + " Without a catalog /Lang, only /Lang on the marked content and its enclosing marked content counts, not the structure element's."),
        new("7.2-31", "set the catalog's /Lang, or /Lang on the Span marked content with /Alt.",
            Limit + " Without a catalog /Lang, only /Lang on the marked content and its enclosing marked content counts, not the structure element's."),
        new("7.2-32", "set the catalog's /Lang, or /Lang on the Span marked content with /E.",
            Limit + " Without a catalog /Lang, only /Lang on the marked content and its enclosing marked content counts, not the structure element's."),
    ];

    private sealed record Marked(string Tag, bool Tagged, bool Artifact, bool HasLang);

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var catalogLang = pdf.GetString(pdf.Catalog, "Lang") is not null;
        foreach (var page in pdf.Pages)
        {
            if (Content(pdf, page) is not { } content)
            {
                continue;
            }
            var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var properties = pdf.Get<DictionaryToken>(page.Resources, "Properties");
            var stack = new List<Marked>();
            var painted = 0;
            foreach (var e in ContentEvents.Read(content))
            {
                switch (e.Operator)
                {
                    case "BMC" or "BDC":
                        var keys = Keys(pdf, properties, e);
                        var tagged = keys.Contains("MCID");
                        var artifact = e.Tag == "Artifact";
                        if (artifact && stack.Any(m => m.Tagged))
                        {
                            Add("7.1-1", $"an Artifact inside tagged content on {page.Where}");
                        }
                        if (tagged && stack.Any(m => m.Artifact))
                        {
                            Add("7.1-2", $"tagged content (/{e.Tag}) inside an Artifact on {page.Where}");
                        }
                        var hasLang = keys.Contains("Lang") || stack.Any(m => m.HasLang);
                        if (e.Tag == "Span" && !catalogLang && !hasLang)
                        {
                            foreach (var (key, rule) in new[] { ("ActualText", "7.2-30"), ("Alt", "7.2-31"), ("E", "7.2-32") })
                            {
                                if (keys.Contains(key))
                                {
                                    Add(rule, $"Span marked content with /{key} on {page.Where}");
                                }
                            }
                        }
                        stack.Add(new Marked(e.Tag, tagged, artifact, hasLang));
                        break;
                    case "EMC":
                        if (stack.Count > 0)
                        {
                            stack.RemoveAt(stack.Count - 1);
                        }
                        break;
                    default:
                        painted++;
                        if (!stack.Any(m => m.Tagged || m.Artifact))
                        {
                            Add("7.1-3", $"content drawn by '{e.Operator}' outside tagged content and artifacts on {page.Where} (operator {painted} that draws)");
                        }
                        break;
                }
            }
            foreach (var rule in Rules.Select(r => r.Id))
            {
                if (found.TryGetValue(rule, out var places))
                {
                    var more = places.Count == 1 ? "" : $"; so does content in {places.Count - 1} more places on the page";
                    reporter.FailRule(this, Codes.PdfContentUntagged, pdf, rule, page.Where, $"{places[0]}{more}");
                }
                else
                {
                    reporter.Pass(this);
                }
            }

            void Add(string rule, string place)
            {
                if (!found.TryGetValue(rule, out var places))
                {
                    found[rule] = places = [];
                }
                places.Add(place);
            }
        }
    }

    // The keys of a BDC's property list that the rules read: inline, or named in the page's /Properties.
    private static HashSet<string> Keys(PdfFile pdf, DictionaryToken? properties, ContentEvent e)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (e.Properties.StartsWith('/'))
        {
            foreach (var key in pdf.Get<DictionaryToken>(properties, e.Properties[1..])?.Data.Keys ?? [])
            {
                keys.Add(key);
            }
            return keys;
        }
        foreach (var key in (string[])["MCID", "Lang", "ActualText", "Alt", "E"])
        {
            var at = e.Properties.IndexOf("/" + key, StringComparison.Ordinal);
            var next = at < 0 || at + key.Length + 1 >= e.Properties.Length ? ' ' : e.Properties[at + key.Length + 1];
            if (at >= 0 && !char.IsAsciiLetterOrDigit(next))
            {
                keys.Add(key);
            }
        }
        return keys;
    }

    // The page's content: one stream or an array of them, concatenated (ISO 32000-1, 7.8.2); null when a stream
    // has a filter other than Flate.
    private static byte[]? Content(PdfFile pdf, PdfPage page)
    {
        page.Dictionary.TryGet(NameToken.Create("Contents"), out IToken contents);
        var streams = (contents is null ? null : pdf.Resolve<IToken>(contents)) switch
        {
            StreamToken stream => [stream],
            ArrayToken array => array.Data.Select(pdf.Resolve<StreamToken>).OfType<StreamToken>().ToList(),
            _ => [],
        };
        using var all = new MemoryStream();
        foreach (var stream in streams)
        {
            var filter = pdf.Get<NameToken>(stream.StreamDictionary, "Filter")?.Data;
            var data = stream.Data.ToArray();
            if (filter == "FlateDecode")
            {
                using var inflater = new InflaterInputStream(new MemoryStream(data));
                inflater.CopyTo(all);
            }
            else if (stream.StreamDictionary.ContainsKey(NameToken.Create("Filter")))
            {
                return null;
            }
            else
            {
                all.Write(data);
            }
            all.WriteByte((byte)'\n');
        }
        return all.ToArray();
    }
}
