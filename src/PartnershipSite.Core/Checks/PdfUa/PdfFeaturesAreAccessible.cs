using System.Text;
using System.Text.RegularExpressions;
using ICSharpCode.SharpZipLib.Zip.Compression.Streams;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.1, 7.10, 7.11, 7.15, 7.16 and 7.20: document features assistive technology cannot follow or that
/// lock it out — suspect tags, unnamed or auto-switched optional content configurations, embedded files without
/// names, dynamic XFA forms, encryption that forbids extraction for accessibility, reference XObjects.
/// </summary>
internal sealed partial class PdfFeaturesAreAccessible : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.1-4", "check the tags the file's /MarkInfo marks as suspect, fix them, and remove /Suspects (or set it false)."),
        new("7.10-1", "give every optional content configuration (/OCProperties /D and /Configs) a non-empty /Name."),
        new("7.10-2", "remove /AS from the optional content configurations: content must not switch itself on or off."),
        new("7.11-1", "give every embedded file's file specification non-empty /F and /UF (its name).",
            "Embedded files are found in the /EmbeddedFiles name tree and file attachment annotations, not in actions or portfolios."),
        new("7.15-1", "use a static AcroForm or static XFA instead of a dynamic XFA form.",
            "Only unencoded or Flate-encoded XFA packets are read."),
        new("7.16-1", "allow content extraction for accessibility: set bit 10 of the encryption dictionary's /P (or do not encrypt)."),
        new("7.20-1", "import the referenced page's content into the form XObject instead of referring to another file (/Ref)."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var suspects = pdf.Get<BooleanToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "MarkInfo"), "Suspects")?.Data == true;
        Keep(!suspects, "7.1-4", "document catalog", "/MarkInfo has /Suspects true");

        var properties = pdf.Get<DictionaryToken>(pdf.Catalog, "OCProperties");
        var configurations = new[] { pdf.Get<DictionaryToken>(properties, "D") }
            .Concat((pdf.Get<ArrayToken>(properties, "Configs")?.Data ?? []).Select(pdf.Resolve<DictionaryToken>))
            .OfType<DictionaryToken>();
        foreach (var configuration in configurations)
        {
            Keep(!string.IsNullOrEmpty(pdf.GetString(configuration, "Name")), "7.10-1", "optional content configuration", "the configuration has no /Name");
            Keep(!configuration.ContainsKey(NameToken.Create("AS")), "7.10-2", "optional content configuration", "the configuration has /AS");
        }

        foreach (var (where, specification) in FileSpecifications(pdf))
        {
            if (!specification.ContainsKey(NameToken.Create("EF")))
            {
                continue;
            }
            var named = !string.IsNullOrEmpty(pdf.GetString(specification, "F")) && !string.IsNullOrEmpty(pdf.GetString(specification, "UF"));
            Keep(named, "7.11-1", where, "the embedded file's specification lacks a non-empty /F or /UF");
        }

        var form = pdf.Get<DictionaryToken>(pdf.Catalog, "AcroForm");
        if (form is not null && form.TryGet(NameToken.Create("XFA"), out IToken xfa))
        {
            Keep(!DynamicRender().IsMatch(XfaText(pdf, xfa)), "7.15-1", "interactive form (XFA)", "the XFA form's config says dynamicRender required");
        }

        if (pdf.Document.Structure.Trailer.EncryptionToken is { } encryption && pdf.Resolve<DictionaryToken>(encryption) is { } encrypt)
        {
            var permissions = pdf.Get<NumericToken>(encrypt, "P")?.Long;
            Keep(permissions is { } p && (p & 512) == 512, "7.16-1", "encryption dictionary", permissions is null ? "the encryption dictionary has no /P" : "/P does not allow extraction for accessibility (bit 10)");
        }

        foreach (var (where, xobject) in FormXObjects(pdf))
        {
            Keep(!xobject.ContainsKey(NameToken.Create("Ref")), "7.20-1", where, "the form XObject is a reference XObject (/Ref)");
        }

        void Keep(bool kept, string rule, string where, string problem)
        {
            if (kept)
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfFeatureInaccessible, pdf, rule, where, problem);
            }
        }
    }

    // The /EmbeddedFiles name tree (ISO 32000-1, 7.7.4) and file attachment annotations (12.5.6.15).
    private static IEnumerable<(string Where, DictionaryToken Specification)> FileSpecifications(PdfFile pdf)
    {
        var pending = new Stack<DictionaryToken>();
        var seen = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        if (pdf.Get<DictionaryToken>(pdf.Get<DictionaryToken>(pdf.Catalog, "Names"), "EmbeddedFiles") is { } tree)
        {
            pending.Push(tree);
        }
        while (pending.Count > 0 && seen.Count < 10_000)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }
            var names = pdf.Get<ArrayToken>(node, "Names")?.Data ?? [];
            for (var i = 1; i < names.Count; i += 2)
            {
                if (pdf.Resolve<DictionaryToken>(names[i]) is { } specification)
                {
                    yield return ("embedded file" + PdfUaText.ObjectOf(names[i]), specification);
                }
            }
            foreach (var kid in (pdf.Get<ArrayToken>(node, "Kids")?.Data ?? []).Select(pdf.Resolve<DictionaryToken>).OfType<DictionaryToken>())
            {
                pending.Push(kid);
            }
        }
        foreach (var annotation in pdf.Shared(PdfAnnotation.ReadAll).Where(a => a.Subtype == "FileAttachment"))
        {
            if (pdf.Get<DictionaryToken>(annotation.Dictionary, "FS") is { } specification)
            {
                yield return (annotation.Where, specification);
            }
        }
    }

    // The XFA packets as text: one stream, or an array of (name, stream) pairs (ISO 32000-1, 12.7.8).
    private static string XfaText(PdfFile pdf, IToken xfa)
    {
        var streams = pdf.Resolve<IToken>(xfa) switch
        {
            StreamToken stream => [stream],
            ArrayToken array => array.Data.Select(pdf.Resolve<StreamToken>).OfType<StreamToken>().ToList(),
            _ => [],
        };
        var text = new StringBuilder();
        foreach (var stream in streams)
        {
            var data = stream.Data.ToArray();
            var filter = pdf.Get<NameToken>(stream.StreamDictionary, "Filter")?.Data;
            if (filter == "FlateDecode")
            {
                using var inflater = new InflaterInputStream(new MemoryStream(data));
                using var result = new MemoryStream();
                inflater.CopyTo(result);
                data = result.ToArray();
            }
            else if (filter is not null || stream.StreamDictionary.ContainsKey(NameToken.Create("Filter")))
            {
                continue;
            }
            text.Append(Encoding.UTF8.GetString(data));
        }
        return text.ToString();
    }

    // Every form XObject in the pages' resources, and in theirs (ISO 32000-1, 8.10).
    private static IEnumerable<(string Where, DictionaryToken XObject)> FormXObjects(PdfFile pdf)
    {
        var seen = new HashSet<long>();
        foreach (var page in pdf.Pages)
        {
            var pending = new Stack<DictionaryToken?>([page.Resources]);
            while (pending.Count > 0)
            {
                var resources = pending.Pop();
                foreach (var (_, token) in pdf.Get<DictionaryToken>(resources, "XObject")?.Data ?? new Dictionary<string, IToken>())
                {
                    if (token is IndirectReferenceToken reference && !seen.Add(reference.Data.ObjectNumber))
                    {
                        continue;
                    }
                    if (pdf.Resolve<StreamToken>(token) is { } stream && pdf.Get<NameToken>(stream.StreamDictionary, "Subtype")?.Data == "Form")
                    {
                        yield return ($"{page.Where}, form XObject{PdfUaText.ObjectOf(token)}", stream.StreamDictionary);
                        pending.Push(pdf.Get<DictionaryToken>(stream.StreamDictionary, "Resources"));
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"<dynamicRender\b[^>]*>\s*required\s*</dynamicRender>")]
    private static partial Regex DynamicRender();
}
