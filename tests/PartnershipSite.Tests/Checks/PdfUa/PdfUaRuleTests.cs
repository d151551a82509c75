using PartnershipSite.Caching;
using PartnershipSite.Tests.Pdf;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks.PdfUa;

/// <summary>
/// Each implemented PDF/UA-1 rule, and each strict-reader check, caught by <c>check</c> on one of our own PDFs
/// broken at the object level (<see cref="PdfEdit"/>) for that rule; our PDFs themselves keep every rule.
/// </summary>
public sealed class PdfUaRuleTests
{
    private static async Task<byte[]> PdfAsync(string release) =>
        release == "real" ? (await RealReleasePdf.GetAsync()).Pdf : await RichReleasePdf.GetAsync();

    public static TheoryData<string> Releases => ["real", "rich"];

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task Our_pdf_keeps_every_implemented_rule(string release)
    {
        var result = await PdfUaChecks.CheckAsync(await PdfAsync(release));

        Assert.Empty(result.Diagnostics);
        // Every PDF/UA family looked at something: a family that checked nothing would pass any PDF.
        // (The real release has no figures and no tables.)
        string[] nothingToCheck = release == "real" ? ["PdfFiguresHaveAltText", "PdfTablesAreWellFormed"] : [];
        Assert.All(result.Summaries.Where(s => s.Check.StartsWith("Pdf", StringComparison.Ordinal) && !nothingToCheck.Contains(s.Check)),
            s => Assert.True(s.Passed > 0, s.Check));
    }

    // Each case: the PDF it edits, the edit, and the code and rule id the check must report.
    private static readonly Dictionary<string, (string Release, Func<byte[], byte[]> Edit, string Code, string Rule)> Cases = new()
    {
        // The must-haves of issue 18: /Lang, /MarkInfo, a page's /Tabs, a link's /StructParent, /DisplayDocTitle removed.
        ["no catalog /Lang"] = ("real", pdf => PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "PS0431", "7.2-34"),
        ["no /MarkInfo"] = ("real", pdf => PdfEdit.Remove(pdf, @"/MarkInfo \d+ 0 R"), "PS0430", "6.2-1"),
        ["no /Tabs"] = ("real", pdf => PdfEdit.Remove(pdf, "/Tabs/S"), "PS0442", "7.18.3-1"),
        ["no /StructParent on a link"] = ("real", pdf => PdfEdit.Remove(pdf, @"/StructParent \d+"), "PS0435", "7.18.5-1"),
        ["no /DisplayDocTitle"] = ("real", pdf => PdfEdit.Remove(pdf, "/DisplayDocTitle true"), "PS0432", "7.1-10"),

        ["header is not PDF 1.x"] = ("real", pdf => PdfEdit.Replace(pdf, @"\A%PDF-1\.7", "%PDF-2.0"), "PS0440", "6.1-1"),
        ["no structure tree"] = ("real", pdf => PdfEdit.Remove(pdf, @"/StructTreeRoot \d+ 0 R"), "PS0430", "7.1-11"),
        ["metadata without /Subtype /XML"] = ("real", pdf => PdfEdit.Remove(pdf, "/Subtype/XML"), "PS0441", "7.1-8"),
        ["metadata not well-formed XML"] = ("real", pdf => PdfEdit.Replace(pdf, "Media &amp; Sport", "Media & Sport"), "PS0441", "7.1-8"),
        ["no dc:title"] = ("real", pdf => PdfEdit.ReplaceAll(pdf, "dc:title", "dc:titel"), "PS0441", "7.1-9"),
        ["no PDF/UA identification"] = ("real", pdf => PdfEdit.ReplaceAll(pdf, "pdfuaid:part", "pdfuaid:pant"), "PS0441", "5-1"),
        ["PDF/UA part 2"] = ("real", pdf => PdfEdit.Replace(pdf, "<pdfuaid:part>1<", "<pdfuaid:part>2<"), "PS0441", "5-2"),
        ["part with another prefix"] = ("real", pdf => PdfEdit.ReplaceAll(pdf, "pdfuaid", "uaident"), "PS0441", "5-3"),
        ["amd with another prefix"] = ("real", pdf => PdfEdit.Replace(pdf, "<pdfuaid:part>1</pdfuaid:part>",
            "<pdfuaid:part>1</pdfuaid:part><ua:amd xmlns:ua=\"http://www.aiim.org/pdfua/ns/id/\">2014</ua:amd>"), "PS0441", "5-4"),
        ["corr with another prefix"] = ("real", pdf => PdfEdit.Replace(pdf, "<pdfuaid:part>1</pdfuaid:part>",
            "<pdfuaid:part>1</pdfuaid:part><ua:corr xmlns:ua=\"http://www.aiim.org/pdfua/ns/id/\">1</ua:corr>"), "PS0441", "5-5"),

        ["catalog /Lang not a tag"] = ("real", pdf => PdfEdit.Replace(pdf, @"/Lang\(en-GB\)", "/Lang(en_GB)"), "PS0431", "7.2-29"),
        ["outline without a language"] = ("real", pdf => PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "PS0431", "7.2-2"),
        ["/E without a language"] = ("real", pdf => PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "PS0431", "7.2-23"),
        ["annotation contents without a language"] = ("real", pdf => PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "PS0431", "7.2-24"),
        ["metadata x-default without a language"] = ("real", pdf => PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "PS0431", "7.2-33"),
        ["/Alt without a language"] = ("rich", pdf => PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "PS0431", "7.2-22"),
        ["/ActualText without a language"] = ("rich", pdf => PdfEdit.Replace(PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "/Alt", "/ActualText"), "PS0431", "7.2-21"),
        ["form field /TU without a language"] = ("real", pdf => PdfEdit.Replace(PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), "/Type/Catalog",
            "/Type/Catalog/AcroForm<</Fields[<</T(name)/TU(Your name)/FT/Tx>>]>>"), "PS0431", "7.2-25"),
        ["structure element /Lang not a tag"] = ("rich", pdf => PdfEdit.Replace(pdf, @"/Lang\(cy\)", "/Lang(c y)"), "PS0431", "7.2-29"),

        ["figure without /Alt"] = ("rich", pdf => PdfEdit.Replace(pdf, @"/Alt(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]*>)", "/Alt()"), "PS0434", "7.3-1"),
        ["formula without /Alt"] = ("real", pdf => PdfEdit.Replace(pdf, @"/S/P/K\[", "/S/Formula/K["), "PS0434", "7.7-1"),

        ["annotation not in an Annot element"] = ("real", pdf => PdfEdit.Replace(pdf, "/Subtype/Link", "/Subtype/Text"), "PS0442", "7.18.1-1"),
        ["annotation without /Contents"] = ("real", pdf => PdfEdit.Replace(PdfEdit.Replace(pdf, "/Subtype/Link", "/Subtype/Text"),
            @"/Contents\((?:[^()\\]|\\.)*\)", ""), "PS0442", "7.18.1-2"),
        ["widget without /TU or /Alt"] = ("real", pdf => PdfEdit.Replace(pdf, "/Subtype/Link", "/Subtype/Widget"), "PS0442", "7.18.1-3"),
        ["TrapNet annotation"] = ("real", pdf => PdfEdit.Replace(pdf, "/Subtype/Link", "/Subtype/TrapNet"), "PS0442", "7.18.2-1"),
        ["page /Tabs not /S"] = ("real", pdf => PdfEdit.Replace(pdf, "/Tabs/S", "/Tabs/R"), "PS0442", "7.18.3-1"),
        ["widget not in a Form element"] = ("real", pdf => PdfEdit.Replace(pdf, "/Subtype/Link", "/Subtype/Widget"), "PS0442", "7.18.4-1"),
        ["Form element without /Role and with content"] = ("real", pdf => PdfEdit.Replace(pdf, @"/S/P/K\[", "/S/Form/K["), "PS0442", "7.18.4-2"),
        ["link in a Span element"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/Link", "/S/Span"), "PS0435", "7.18.5-1"),
        ["link without /Contents"] = ("real", pdf => PdfEdit.Replace(pdf, @"/Contents\((?:[^()\\]|\\.)*\)", ""), "PS0435", "7.18.5-2"),
        ["printer's mark in the structure tree"] = ("real", pdf => PdfEdit.Replace(pdf, "/Subtype/Link", "/Subtype/PrinterMark"), "PS0442", "7.18.8-1"),
        ["font not embedded"] = ("real", pdf => PdfEdit.Remove(pdf, @"/FontFile2 \d+ 0 R"), "PS0433", "7.21.4.1-1"),

        ["suspect tags"] = ("real", pdf => PdfEdit.Replace(pdf, "/Marked true", "/Marked true/Suspects true"), "PS0447", "7.1-4"),
        ["custom type not in the role map"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/Span", "/S/Custom"), "PS0443", "7.1-5"),
        ["role map with a loop"] = ("real", pdf => PdfEdit.Replace(PdfEdit.Replace(pdf, "/S/Span", "/S/Aa"),
            "/Type/StructTreeRoot", "/Type/StructTreeRoot/RoleMap<</Aa/Bb/Bb/Aa>>"), "PS0443", "7.1-6"),
        ["standard type remapped"] = ("real", pdf => PdfEdit.Replace(pdf, "/Type/StructTreeRoot", "/Type/StructTreeRoot/RoleMap<</P/Span>>"), "PS0443", "7.1-7"),
        ["element without /P"] = ("real", pdf => PdfEdit.Replace(pdf, @"/Type/StructElem/P \d+ 0 R", "/Type/StructElem"), "PS0443", "7.1-12"),
        ["note without /ID"] = ("real", pdf => PdfEdit.Replace(pdf, @"/S/P/K\[", "/S/Note/K["), "PS0443", "7.9-1"),
        ["notes sharing an /ID"] = ("real", pdf => PdfEdit.ReplaceAll(pdf, @"/S/P/K\[", "/S/Note/ID(n1)/K[", 2), "PS0443", "7.9-2"),
        ["optional content configuration without /Name"] = ("real", pdf => PdfEdit.Replace(pdf, "/Type/Catalog",
            "/Type/Catalog/OCProperties<</OCGs[]/D<</Order[]>>>>"), "PS0447", "7.10-1"),
        ["optional content configuration with /AS"] = ("real", pdf => PdfEdit.Replace(pdf, "/Type/Catalog",
            "/Type/Catalog/OCProperties<</OCGs[]/D<</Name(Default)/AS[]>>>>"), "PS0447", "7.10-2"),
        ["embedded file without /UF"] = ("real", pdf => PdfEdit.Replace(pdf, "/Type/Catalog",
            "/Type/Catalog/Names<</EmbeddedFiles<</Names[(data)<</Type/Filespec/F(data.csv)/EF<<>>>>]>>>>"), "PS0447", "7.11-1"),
        ["dynamic XFA form"] = ("real", pdf => DynamicXfa(pdf), "PS0447", "7.15-1"),
        ["encrypted without extraction for accessibility"] = ("real", pdf => PdfTools.QpdfRewrite(pdf,
            "--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n", "--accessibility=n", "--"), "PS0447", "7.16-1"),
        ["reference XObject"] = ("rich", pdf => PdfEdit.Replace(pdf, "/Subtype/Image", "/Subtype/Form/Ref<</F(other.pdf)/Page 0>>"), "PS0447", "7.20-1"),

        // Tables (the rich release has Table > TR > TH/TD, three rows).
        ["table with a P kid"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TR", "/S/P"), "PS0444", "7.2-3"),
        ["row outside a table"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/Table", "/S/Div"), "PS0444", "7.2-4"),
        ["THead outside a table"] = ("rich", pdf => PdfEdit.Replace(PdfEdit.Replace(pdf, "/S/Table", "/S/Div"), "/S/TR", "/S/THead"), "PS0444", "7.2-5"),
        ["TBody outside a table"] = ("rich", pdf => PdfEdit.Replace(PdfEdit.Replace(pdf, "/S/Table", "/S/Div"), "/S/TR", "/S/TBody"), "PS0444", "7.2-6"),
        ["TFoot outside a table"] = ("rich", pdf => PdfEdit.Replace(PdfEdit.Replace(pdf, "/S/Table", "/S/Div"), "/S/TR", "/S/TFoot"), "PS0444", "7.2-7"),
        ["header cell outside a row"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TR", "/S/P"), "PS0444", "7.2-8"),
        ["data cell outside a row"] = ("rich", pdf => PdfEdit.ReplaceAll(pdf, "/S/TR", "/S/P"), "PS0444", "7.2-9"),
        ["row with a P kid"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TH", "/S/P"), "PS0444", "7.2-10"),
        ["two THead"] = ("rich", pdf => PdfEdit.ReplaceAll(pdf, "/S/TR", "/S/THead", 2), "PS0444", "7.2-11"),
        ["two TFoot"] = ("rich", pdf => PdfEdit.ReplaceAll(pdf, "/S/TR", "/S/TFoot", 2), "PS0444", "7.2-12"),
        ["TFoot without TBody"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TR", "/S/TFoot"), "PS0444", "7.2-13"),
        ["THead without TBody"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TR", "/S/THead"), "PS0444", "7.2-14"),
        ["caption in the middle of a table"] = ("rich", pdf => PdfEdit.ReplaceAll(pdf, "/S/TR", "/S/Caption"), "PS0444", "7.2-16"),
        ["THead holding cells"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TR", "/S/THead"), "PS0444", "7.2-36"),
        ["TBody holding cells"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TR", "/S/TBody"), "PS0444", "7.2-37"),
        ["TFoot holding cells"] = ("rich", pdf => PdfEdit.Replace(pdf, "/S/TR", "/S/TFoot"), "PS0444", "7.2-38"),
        ["two captions"] = ("rich", pdf => PdfEdit.ReplaceAll(pdf, "/S/TR", "/S/Caption"), "PS0444", "7.2-39"),

        // Lists (the real release has L > LI > Lbl + LBody) and tables of contents.
        ["list item outside a list"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/L(?=[/>])", "/S/Div"), "PS0445", "7.2-17"),
        ["list body outside an item"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/LI(?=[/>])", "/S/Div"), "PS0445", "7.2-18"),
        ["list with a Div kid"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/LI(?=[/>])", "/S/Div"), "PS0445", "7.2-19"),
        ["list item with a P kid"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/Lbl", "/S/P"), "PS0445", "7.2-20"),
        ["TOC entry outside a TOC"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/LI(?=[/>])", "/S/TOCI"), "PS0445", "7.2-26"),
        ["TOC with list items"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/L(?=[/>])", "/S/TOC"), "PS0445", "7.2-27"),
        ["TOC caption not first"] = ("real", pdf => PdfEdit.Replace(PdfEdit.Replace(pdf, "/S/L(?=[/>])", "/S/TOC"), "(?s)(/S/LI(?=[/>]).*?)/S/LI(?=[/>])", "$1/S/Caption"), "PS0445", "7.2-28"),
        ["list caption not first"] = ("real", pdf => PdfEdit.Replace(pdf, "(?s)(/S/LI(?=[/>]).*?)/S/LI(?=[/>])", "$1/S/Caption"), "PS0445", "7.2-40"),

        // Headings (the real release has H1 then H2s).
        ["heading skips a level"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/H2", "/S/H4"), "PS0446", "7.4.2-1"),
        ["two H kids"] = ("real", pdf => PdfEdit.ReplaceAll(pdf, "/S/H2", "/S/H"), "PS0446", "7.4.4-1"),
        ["H among numbered headings"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/H2", "/S/H"), "PS0446", "7.4.4-2"),
        ["numbered headings beside H"] = ("real", pdf => PdfEdit.Replace(pdf, "/S/H2", "/S/H"), "PS0446", "7.4.4-3"),

        // Fonts (the real release has Type 0 fonts, Identity-H, with CIDFontType2 descendants).
        ["CMap of another collection"] = ("real", pdf => EmbeddedJapaneseCMap(pdf), "PS0448", "7.21.3.1-1"),
        ["no CIDToGIDMap"] = ("real", pdf => PdfEdit.Remove(pdf, "/CIDToGIDMap/Identity"), "PS0448", "7.21.3.2-1"),
        ["CMap neither predefined nor embedded"] = ("real", pdf => PdfEdit.Replace(pdf, "/Encoding/Identity-H", "/Encoding/Custom-H"), "PS0448", "7.21.3.3-1"),
        ["non-symbolic TrueType without a standard encoding"] = ("real", pdf => WithSimpleTrueType(pdf, "/Flags 32"), "PS0448", "7.21.6-2"),
        ["symbolic TrueType with an encoding"] = ("real", pdf => WithSimpleTrueType(pdf, "/Flags 4", "/Encoding/WinAnsiEncoding/ToUnicode 14 0 R"), "PS0448", "7.21.6-3"),
        ["no ToUnicode"] = ("real", pdf => PdfEdit.Remove(pdf, @"/ToUnicode \d+ 0 R"), "PS0448", "7.21.7-1"),
        ["ToUnicode to U+FEFF"] = ("real", pdf => PdfEdit.Replace(pdf, "<0003><0003><0020>", "<0003><0003><FEFF>"), "PS0448", "7.21.7-2"),

        // Marked content in the page content streams.
        ["artifact inside tagged content"] = ("real", pdf => PdfEdit.Replace(pdf, @"/Link<</MCID 0>>BDC", "/Link<</MCID 0>>BDC /Artifact BMC EMC"), "PS0449", "7.1-1"),
        ["tagged content inside an artifact"] = ("real", pdf => PdfEdit.Replace(pdf, "/Artifact BMC", "/Artifact BMC /P<</MCID 99>>BDC EMC"), "PS0449", "7.1-2"),
        ["content neither tagged nor an artifact"] = ("real", pdf => PdfEdit.Remove(pdf, "/Artifact BMC"), "PS0449", "7.1-3"),
        ["Span /ActualText without a language"] = ("real", pdf => PdfEdit.Replace(PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), @"/Span<</MCID 2>>BDC", "/Span<</MCID 2/ActualText(UK)>>BDC"), "PS0449", "7.2-30"),
        ["Span /Alt without a language"] = ("real", pdf => PdfEdit.Replace(PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), @"/Span<</MCID 2>>BDC", "/Span<</MCID 2/Alt(UK)>>BDC"), "PS0449", "7.2-31"),
        ["Span /E without a language"] = ("real", pdf => PdfEdit.Replace(PdfEdit.Remove(pdf, @"/Lang\(en-GB\)"), @"/Span<</MCID 2>>BDC", "/Span<</MCID 2/E(United Kingdom)>>BDC"), "PS0449", "7.2-32"),

        // What a strict reader checks (PS0440).
        ["unterminated Flate stream"] = ("real", pdf => TruncateFirstFontStream(pdf), "PS0440", "ISO 32000-1 7.4.4"),
        ["cross-reference offset off by one"] = ("real", pdf => PdfEdit.Replace(pdf, "0000000015 00000 n", "0000000016 00000 n"), "PS0440", "ISO 32000-1 7.5.4"),
        ["reference to a missing object"] = ("real", pdf => PdfEdit.Replace(pdf, @"/Outlines \d+ 0 R", "/Outlines 999 0 R"), "PS0440", "ISO 32000-1 7.3.10"),
        ["stream /Length wrong"] = ("real", pdf => PdfEdit.Replace(pdf, @"/Subtype/XML/Length (\d+)", "/Subtype/XML/Length 1$1"), "PS0440", "ISO 32000-1 7.3.8.1"),
        ["startxref wrong"] = ("real", pdf => PdfEdit.Replace(pdf, @"startxref\n\d+", "startxref\n12"), "PS0440", "ISO 32000-1 7.5.5"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Pdf_breaking_a_rule_is_caught_by_check_with_the_rule_id(string name)
    {
        var (release, edit, code, rule) = Cases[name];

        var result = await PdfUaChecks.CheckAsync(edit(await PdfAsync(release)));

        Assert.Contains((code, rule), PdfUaChecks.Rules(result));
        Assert.All(result.Diagnostics, d => Assert.Equal("site/releases/a/a.pdf", d.Location.Path));
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("no /MarkInfo", "6.2-1")]
    [InlineData("no /Tabs", "7.18.3-1")]
    [InlineData("no /StructParent on a link", "7.18.5-1")]
    [InlineData("no /DisplayDocTitle", "7.1-10")]
    public async Task A_must_have_rule_broken_alone_gives_that_rule_alone(string name, string rule)
    {
        var (release, edit, _, _) = Cases[name];

        var result = await PdfUaChecks.CheckAsync(edit(await PdfAsync(release)));

        Assert.Equal([rule], PdfUaChecks.Rules(result).Select(r => r.Rule).Distinct());
    }

    [Fact]
    public async Task Diagnostic_names_the_page_the_object_and_the_fix()
    {
        var result = await PdfUaChecks.CheckAsync(Cases["no /Tabs"].Edit((await RealReleasePdf.GetAsync()).Pdf));

        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Matches(@"^PDF/UA-1 rule 7\.18\.3-1, page 1 \(object \d+ 0 R\): the page has annotations but no /Tabs\. .* Fix: set /Tabs /S", message);
    }

    // An AcroForm whose XFA packet asks for dynamic rendering (XFA 3.3, config/present/pdf/dynamicRender).
    private static byte[] DynamicXfa(byte[] pdf)
    {
        const string Xfa = "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><config><present><pdf><dynamicRender>required</dynamicRender></pdf></present></config></xdp:xdp>";
        var (added, number) = PdfEdit.AddObject(pdf, $"<</Length {Xfa.Length}>>\nstream\n{Xfa}\nendstream");
        return PdfEdit.Replace(added, "/Type/Catalog", $"/Type/Catalog/AcroForm<</Fields[]/XFA {number} 0 R>>");
    }

    // An embedded CMap of the Adobe-Japan1 collection, for a CIDFont of Adobe-Identity.
    private static byte[] EmbeddedJapaneseCMap(byte[] pdf)
    {
        const string CMap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test-H def 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 begincidrange <0000> <FFFF> 0 endcidrange endcmap CMapName currentdict /CMap defineresource pop end end";
        var (added, number) = PdfEdit.AddObject(pdf,
            $"<</Type/CMap/CMapName/Test-H/CIDSystemInfo<</Registry(Adobe)/Ordering(Japan1)/Supplement 6>>/Length {CMap.Length}>>\nstream\n{CMap}\nendstream");
        return PdfEdit.Replace(added, "/Encoding/Identity-H", $"/Encoding {number} 0 R");
    }

    // A simple TrueType font (the real release's first font program) added to the first page's fonts.
    private static byte[] WithSimpleTrueType(byte[] pdf, string flags, string extra = "")
    {
        var (added, number) = PdfEdit.AddObject(pdf,
            $"<</Type/Font/Subtype/TrueType/BaseFont/Test/FirstChar 32/LastChar 32/Widths[280]{extra}/FontDescriptor<</Type/FontDescriptor/FontName/Test{flags}/FontFile2 147 0 R>>>>");
        return PdfEdit.Replace(added, "/Font<</F0", $"/Font<</FX {number} 0 R/F0");
    }

    // Cuts the Adler-32 checksum and the last bytes of deflate data off the first embedded font program, as
    // PDFsharp 6.2.4 wrote it (qpdf: "premature end of data in flate filter").
    private static byte[] TruncateFirstFontStream(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var font = System.Text.RegularExpressions.Regex.Match(text, @"/Length1 \d+/Filter/FlateDecode/Length (\d+)>>\nstream\n");
        Assert.True(font.Success, "No Flate-encoded font program found.");
        var end = font.Index + font.Length + int.Parse(font.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return PdfEdit.Splice(pdf, end - 6, 6, "");
    }
}
