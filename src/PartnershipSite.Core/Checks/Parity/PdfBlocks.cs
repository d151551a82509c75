using System.Collections.Frozen;
using System.Text;
using PartnershipSite.Checks.PdfUa;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// The text blocks of a tagged PDF in its logical reading order, as a screen reader gets them: the structure tree
/// walked from its root, each element's marked content read back as text with PdfPig, link annotations followed
/// to their URIs and figures read by their <c>/Alt</c>. Artifacts (the running footer, page numbers, a table
/// header repeated on a new page) are in no structure element, so they are not read; list labels (<c>Lbl</c>,
/// the bullet or number) are presentation, and are left out as the HTML leaves out its list markers.
/// </summary>
internal sealed class PdfBlocks
{
    private static readonly FrozenSet<string> Blocks = new[]
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "P", "H",
        "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "BibEntry", "Figure", "Formula", "Form",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly PdfFile _pdf;
    private readonly PdfStructure _structure;
    private readonly Dictionary<int, Dictionary<int, string>> _textByPage = [];
    private readonly HashSet<long> _walked = [];
    private readonly BlockCollector _blocks = new();

    private readonly Uri _url;
    private readonly Uri _pageUrl;

    private PdfBlocks(PdfFile pdf, Uri url, Uri pageUrl)
    {
        _pdf = pdf;
        // ISO 32000-1, 12.6.4.7: relative URIs resolve against the catalog's /URI /Base, else against the PDF's own
        // address, as a viewer opening it from the site does.
        _url = pdf.GetString(pdf.Get<DictionaryToken>(pdf.Catalog, "URI"), "Base") is { } written
            && Uri.TryCreate(written, UriKind.Absolute, out var declared) && declared.Scheme is "http" or "https" ? declared : url;
        _pageUrl = pageUrl;
        _structure = pdf.Shared(PdfStructure.Read);
    }

    /// <summary>
    /// The blocks of <paramref name="pdf"/>, served at <paramref name="url"/>, in the order of its structure tree (none
    /// for an untagged PDF); links to its release's page <paramref name="pageUrl"/> with a fragment are within the release.
    /// </summary>
    public static List<TextBlock> Read(PdfFile pdf, Uri url, Uri pageUrl)
    {
        var reader = new PdfBlocks(pdf, url, pageUrl);
        if (reader._structure.Root is { } root && root.TryGet(NameToken.Create("K"), out IToken kids))
        {
            reader.Visit(kids, null, 0);
        }
        reader._blocks.Flush();
        return reader._blocks.Result;
    }

    private void Visit(IToken kid, int? page, int depth)
    {
        // A structure tree is a tree: an object met twice (a loop, or a kid shared by two parents) is read once.
        if (depth > 64 || (kid is IndirectReferenceToken reference && !_walked.Add(reference.Data.ObjectNumber)))
        {
            return;
        }
        switch (_pdf.Resolve<IToken>(kid))
        {
            case ArrayToken array:
                foreach (var item in array.Data)
                {
                    Visit(item, page, depth + 1);
                }
                return;
            case NumericToken mcid when page is { } number:
                _blocks.Text(TextOf(number, mcid.Int));
                return;
            case DictionaryToken dictionary:
                VisitDictionary(dictionary, page, depth);
                return;
        }
    }

    private void VisitDictionary(DictionaryToken dictionary, int? page, int depth)
    {
        var ownPage = dictionary.TryGet(NameToken.Create("Pg"), out IToken pg) && pg is IndirectReferenceToken r ? _pdf.PageAt(r.Data)?.Number : null;
        page = ownPage ?? page;
        switch (_pdf.Get<NameToken>(dictionary, "Type")?.Data)
        {
            case "MCR":
                if (_pdf.Get<NumericToken>(dictionary, "MCID") is { } mcid && page is { } number)
                {
                    _blocks.Text(TextOf(number, mcid.Int));
                }
                return;
            case "OBJR":
                var annotation = _pdf.Get<DictionaryToken>(dictionary, "Obj");
                var action = _pdf.Get<DictionaryToken>(annotation, "A");
                if (_pdf.Get<NameToken>(action, "S")?.Data == "URI" && _pdf.GetString(action, "URI") is { } uri)
                {
                    if (HtmlBlocks.Target(_pageUrl, uri, _url) is { } target)
                    {
                        _blocks.Link(target);
                    }
                }
                return;
        }
        if (_pdf.Get<NameToken>(dictionary, "S")?.Data is not { } written)
        {
            return;
        }
        var type = _structure.StandardTypeOf(_pdf, written) ?? written;
        if (type == "Lbl")
        {
            return;
        }
        var block = Blocks.Contains(type);
        if (block)
        {
            _blocks.Open(type.ToLowerInvariant());
        }
        if (type is "Figure" or "Formula")
        {
            if ((_pdf.GetString(dictionary, "Alt") ?? _pdf.GetString(dictionary, "ActualText")) is { Length: > 0 } alt)
            {
                _blocks.Alt(alt);
            }
        }
        else if (_pdf.GetString(dictionary, "ActualText") is { } actual)
        {
            _blocks.Text(actual); // ISO 32000-1, 14.9.4: the replacement text stands for the element's content
        }
        else if (dictionary.TryGet(NameToken.Create("K"), out IToken kids))
        {
            Visit(kids, page, depth + 1);
        }
        if (block)
        {
            _blocks.Close();
        }
    }

    // Each page's marked content is read once, when the tree first needs it: PdfPig lays out its letters.
    private string TextOf(int pageNumber, int mcid)
    {
        if (!_textByPage.TryGetValue(pageNumber, out var texts))
        {
            texts = [];
            if (pageNumber >= 1 && pageNumber <= _pdf.Document.NumberOfPages)
            {
                Collect(_pdf.Document.GetPage(pageNumber).GetMarkedContents(), texts);
            }
            _textByPage[pageNumber] = texts;
        }
        return texts.GetValueOrDefault(mcid, "");
    }

    private static void Collect(IEnumerable<MarkedContentElement> elements, Dictionary<int, string> texts)
    {
        foreach (var element in elements)
        {
            if (element.MarkedContentIdentifier >= 0 && !element.IsArtifact)
            {
                texts[element.MarkedContentIdentifier] = texts.GetValueOrDefault(element.MarkedContentIdentifier, "") + TextOf(element.Letters);
            }
            Collect(element.Children, texts);
        }
    }

    // A line break is a word break: a new baseline starts a new word even when the line drew no trailing space.
    private static string TextOf(IReadOnlyList<Letter> letters)
    {
        var text = new StringBuilder(letters.Count + 8);
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (previous is not null && Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > Math.Max(1, previous.PointSize / 4))
            {
                text.Append(' ');
            }
            text.Append(letter.Value);
            previous = letter;
        }
        return text.ToString();
    }
}
