using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ICSharpCode.SharpZipLib.Zip.Compression.Streams;
using PartnershipSite.Caching;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.21, from the font dictionaries of each page's fonts: composite fonts' CMaps are predefined or
/// embedded and agree with their CIDFont's character collection; embedded TrueType CIDFonts map CIDs to glyphs;
/// simple TrueType fonts use the encodings the rules allow; every font maps its codes to Unicode, with no
/// U+0000, U+FEFF or U+FFFE in its ToUnicode CMap.
/// </summary>
internal sealed partial class PdfFontsAreAccessible : IPdfUaCheck
{
    // ISO 32000-1, 9.7.5.2, Table 118: the predefined CMaps.
    private static readonly FrozenSet<string> PredefinedCMaps = """
        Identity-H Identity-V GB-EUC-H GB-EUC-V GBpc-EUC-H GBpc-EUC-V GBK-EUC-H GBK-EUC-V GBKp-EUC-H GBKp-EUC-V GBK2K-H
        GBK2K-V UniGB-UCS2-H UniGB-UCS2-V UniGB-UTF16-H UniGB-UTF16-V B5pc-H B5pc-V HKscs-B5-H HKscs-B5-V ETen-B5-H
        ETen-B5-V ETenms-B5-H ETenms-B5-V CNS-EUC-H CNS-EUC-V UniCNS-UCS2-H UniCNS-UCS2-V UniCNS-UTF16-H UniCNS-UTF16-V
        83pv-RKSJ-H 90ms-RKSJ-H 90ms-RKSJ-V 90msp-RKSJ-H 90msp-RKSJ-V 90pv-RKSJ-H Add-RKSJ-H Add-RKSJ-V EUC-H EUC-V
        Ext-RKSJ-H Ext-RKSJ-V H V UniJIS-UCS2-H UniJIS-UCS2-V UniJIS-UCS2-HW-H UniJIS-UCS2-HW-V UniJIS-UTF16-H
        UniJIS-UTF16-V KSC-EUC-H KSC-EUC-V KSCms-UHC-H KSCms-UHC-V KSCms-UHC-HW-H KSCms-UHC-HW-V KSCpc-EUC-H UniKS-UCS2-H
        UniKS-UCS2-V UniKS-UTF16-H UniKS-UTF16-V
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.21.3.1-1", "give the CIDFont the CIDSystemInfo (Registry, Ordering, a Supplement no higher) of its CMap, or use Identity-H.",
            "Predefined CMaps other than Identity-H and Identity-V are not compared (their CIDSystemInfo is not bundled)."),
        new("7.21.3.2-1", "give the embedded CIDFontType2 font a /CIDToGIDMap (/Identity or a stream)."),
        new("7.21.3.3-1", "embed the CMap as a stream, or use one of the predefined CMaps of ISO 32000-1, Table 118."),
        new("7.21.6-2", "give the non-symbolic TrueType font /WinAnsiEncoding or /MacRomanEncoding (as /Encoding or its /BaseEncoding).",
            "A /Differences array is not checked against the Adobe Glyph List and the font's (3,1) cmap (the font program is not read)."),
        new("7.21.6-3", "remove /Encoding from the symbolic TrueType font."),
        new("7.21.7-1", "give the font a /ToUnicode CMap, so its text extracts and reads aloud.",
            "Judged per font, not per glyph: a simple font with a standard encoding and no /Differences, or a composite font of an Adobe CJK collection, passes without /ToUnicode; which codes are used is not read."),
        new("7.21.7-2", "map no code to U+0000, U+FEFF or U+FFFE in the ToUnicode CMap.",
            "Only unencoded or Flate-encoded ToUnicode CMaps are read."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var seen = new HashSet<long>();
        foreach (var page in pdf.Pages)
        {
            foreach (var (_, token) in pdf.Get<DictionaryToken>(page.Resources, "Font")?.Data ?? new Dictionary<string, IToken>())
            {
                if (token is IndirectReferenceToken r && !seen.Add(r.Data.ObjectNumber) || pdf.Resolve<DictionaryToken>(token) is not { } font)
                {
                    continue;
                }
                var where = $"{page.Where}, font {pdf.Get<NameToken>(font, "BaseFont")?.Data ?? "(unnamed)"}{PdfUaText.ObjectOf(token)}";
                CheckFont(pdf, font, where, Keep);
            }
        }

        void Keep(bool kept, string rule, string where, string problem)
        {
            if (kept)
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfFontInvalid, pdf, rule, where, problem);
            }
        }
    }

    private static void CheckFont(PdfFile pdf, DictionaryToken font, string where, Action<bool, string, string, string> keep)
    {
        var subtype = pdf.Get<NameToken>(font, "Subtype")?.Data;
        font.TryGet(NameToken.Create("Encoding"), out IToken encodingToken);
        var encoding = encodingToken is null ? null : pdf.Resolve<IToken>(encodingToken);
        var hasToUnicode = font.ContainsKey(NameToken.Create("ToUnicode"));
        if (subtype == "Type0")
        {
            var cid = pdf.Get<ArrayToken>(font, "DescendantFonts") is { Length: > 0 } d ? pdf.Resolve<DictionaryToken>(d[0]) : null;
            var cidInfo = pdf.Get<DictionaryToken>(cid, "CIDSystemInfo");
            switch (encoding)
            {
                case NameToken name:
                    keep(PredefinedCMaps.Contains(name.Data), "7.21.3.3-1", where, $"the CMap {name.Data} is neither predefined nor embedded");
                    break;
                case StreamToken cmap:
                    var cmapInfo = pdf.Get<DictionaryToken>(cmap.StreamDictionary, "CIDSystemInfo");
                    var same = cidInfo is not null && cmapInfo is not null
                        && pdf.GetString(cidInfo, "Registry") is { } registry && registry == pdf.GetString(cmapInfo, "Registry")
                        && pdf.GetString(cidInfo, "Ordering") is { } ordering && ordering == pdf.GetString(cmapInfo, "Ordering")
                        && pdf.Get<NumericToken>(cidInfo, "Supplement")?.Int <= pdf.Get<NumericToken>(cmapInfo, "Supplement")?.Int;
                    keep(same, "7.21.3.1-1", where, "the CIDFont's CIDSystemInfo differs from its embedded CMap's");
                    keep(true, "7.21.3.3-1", where, "");
                    break;
                default:
                    keep(false, "7.21.3.3-1", where, "the composite font has no /Encoding CMap");
                    break;
            }
            if (cid is not null && pdf.Get<NameToken>(cid, "Subtype")?.Data == "CIDFontType2" && Embedded(pdf, cid))
            {
                keep(cid.ContainsKey(NameToken.Create("CIDToGIDMap")), "7.21.3.2-1", where, "the embedded CIDFontType2 font has no /CIDToGIDMap");
            }
            var adobeCollection = pdf.GetString(cidInfo, "Registry") == "Adobe" && pdf.GetString(cidInfo, "Ordering") is "GB1" or "CNS1" or "Japan1" or "Korea1";
            keep(hasToUnicode || adobeCollection, "7.21.7-1", where, "the composite font has no /ToUnicode and is not of an Adobe CJK collection");
        }
        else
        {
            var baseEncoding = encoding switch
            {
                NameToken name => name.Data,
                DictionaryToken dictionary => pdf.Get<NameToken>(dictionary, "BaseEncoding")?.Data,
                _ => null,
            };
            var differences = encoding is DictionaryToken withDifferences && withDifferences.ContainsKey(NameToken.Create("Differences"));
            if (subtype == "TrueType")
            {
                var flags = pdf.Get<NumericToken>(pdf.Get<DictionaryToken>(font, "FontDescriptor"), "Flags")?.Int ?? 0;
                // ISO 32000-1, 9.8.2, Table 123: bit 3 Symbolic; veraPDF treats a font as symbolic when that bit is set.
                var symbolic = (flags & 4) != 0;
                if (symbolic)
                {
                    keep(encoding is null, "7.21.6-3", where, "the symbolic TrueType font has an /Encoding");
                }
                else
                {
                    keep(baseEncoding is "WinAnsiEncoding" or "MacRomanEncoding", "7.21.6-2", where,
                        $"the non-symbolic TrueType font's encoding is {baseEncoding ?? "not given"}, not WinAnsiEncoding or MacRomanEncoding");
                }
            }
            var standard = baseEncoding is "WinAnsiEncoding" or "MacRomanEncoding" or "MacExpertEncoding" or "StandardEncoding" && !differences;
            keep(hasToUnicode || standard, "7.21.7-1", where, "the font has no /ToUnicode and no standard encoding to derive Unicode from");
        }
        if (hasToUnicode && pdf.Get<StreamToken>(font, "ToUnicode") is { } toUnicode && CMapText(pdf, toUnicode) is { } text)
        {
            keep(!ForbiddenUnicode(text), "7.21.7-2", where, "the ToUnicode CMap maps a code to U+0000, U+FEFF or U+FFFE");
        }
    }

    private static bool Embedded(PdfFile pdf, DictionaryToken font) =>
        pdf.Get<DictionaryToken>(font, "FontDescriptor") is { } descriptor
        && (descriptor.ContainsKey(NameToken.Create("FontFile")) || descriptor.ContainsKey(NameToken.Create("FontFile2")) || descriptor.ContainsKey(NameToken.Create("FontFile3")));

    private static string? CMapText(PdfFile pdf, StreamToken stream)
    {
        var filter = pdf.Get<NameToken>(stream.StreamDictionary, "Filter")?.Data;
        var data = stream.Data.ToArray();
        if (filter == "FlateDecode")
        {
            using var inflater = new InflaterInputStream(new MemoryStream(data));
            using var result = new MemoryStream();
            inflater.CopyTo(result);
            data = result.ToArray();
        }
        else if (stream.StreamDictionary.ContainsKey(NameToken.Create("Filter")))
        {
            return null;
        }
        return System.Text.Encoding.Latin1.GetString(data);
    }

    // The destinations of bfchar and bfrange entries (UTF-16BE in hex): U+0000, U+FEFF or U+FFFE in any, counting
    // each code a range's incrementing destination reaches (ISO 32000-1, 9.10.3).
    private static bool ForbiddenUnicode(string cmap)
    {
        static bool Bad(int unit) => unit is 0 or 0xFEFF or 0xFFFE;
        static IEnumerable<int> Units(string hex) => Enumerable.Range(0, hex.Length / 4).Select(i => Convert.ToInt32(hex.Substring(i * 4, 4), 16));
        foreach (Match block in BfChar().Matches(cmap))
        {
            foreach (Match pair in Pair().Matches(block.Groups[1].Value))
            {
                if (Units(pair.Groups[2].Value).Any(Bad))
                {
                    return true;
                }
            }
        }
        foreach (Match block in BfRange().Matches(cmap))
        {
            foreach (Match range in Range().Matches(block.Groups[1].Value))
            {
                var low = Convert.ToInt64(range.Groups[1].Value, 16);
                var high = Convert.ToInt64(range.Groups[2].Value, 16);
                if (range.Groups[3].Success)
                {
                    var units = Units(range.Groups[3].Value).ToList();
                    if (units.Count == 0)
                    {
                        continue;
                    }
                    // The last unit increments across the range.
                    var last = units[^1];
                    if (units.Take(units.Count - 1).Any(Bad) || Enumerable.Range(0, (int)Math.Min(high - low + 1, 65536)).Any(i => Bad(last + i)))
                    {
                        return true;
                    }
                }
                else if (Hex().Matches(range.Groups[4].Value).Any(m => Units(m.Groups[1].Value).Any(Bad)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")]
    private static partial Regex Pair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])")]
    private static partial Regex Range();

    [GeneratedRegex(@"<([0-9A-Fa-f]*)>")]
    private static partial Regex Hex();
}
