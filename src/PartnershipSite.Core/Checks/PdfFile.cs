using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>One PDF output, parsed with PdfPig while its checks run, with typed reads of its dictionaries.</summary>
public sealed class PdfFile
{
    private List<PdfPage>? _pages;

    internal PdfFile(OutputFile file, PdfDocument document, string displayPath, string madeFrom)
    {
        Note = $"in {file.Path}, made from {madeFrom}";
        File = file;
        Document = document;
        Location = new SourceLocation(displayPath);
    }

    /// <summary>The output file.</summary>
    public OutputFile File { get; }

    /// <summary>The parsed document.</summary>
    public PdfDocument Document { get; }

    /// <summary>Where problems are reported: the PDF as a whole (a PDF has no lines).</summary>
    public SourceLocation Location { get; }

    /// <summary>Says which output the problem is in.</summary>
    public string Note { get; }

    /// <summary>The document catalog.</summary>
    public DictionaryToken Catalog => Document.Structure.Catalog.CatalogDictionary;

    /// <summary>
    /// Each page's dictionary, with its resources (inherited from the page tree when the page has none), found by
    /// walking the page tree: the content streams are not parsed, so this stays cheap for long documents.
    /// </summary>
    public IReadOnlyList<PdfPage> Pages => _pages ??= ReadPages();

    private List<PdfPage> ReadPages()
    {
        var pages = new List<PdfPage>();
        var visited = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        Walk(Get<DictionaryToken>(Catalog, "Pages"), null);
        return pages;

        void Walk(DictionaryToken? node, DictionaryToken? inherited)
        {
            if (node is null || !visited.Add(node))
            {
                return;
            }
            var resources = Get<DictionaryToken>(node, "Resources") ?? inherited;
            if (Get<ArrayToken>(node, "Kids") is { } kids)
            {
                foreach (var kid in kids.Data)
                {
                    Walk(Resolve<DictionaryToken>(kid), resources);
                }
            }
            else
            {
                pages.Add(new PdfPage(pages.Count + 1, node, resources));
            }
        }
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="dictionary"/>, indirect references resolved, if it is a <typeparamref name="T"/>.</summary>
    public T? Get<T>(DictionaryToken? dictionary, string key) where T : class, IToken =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out IToken token) ? Resolve<T>(token) : null;

    /// <summary>The token, or the object it refers to, if it is a <typeparamref name="T"/>.</summary>
    public T? Resolve<T>(IToken token) where T : class, IToken =>
        DirectObjectFinder.TryGet<T>(token, Document.Structure.TokenScanner, out var value) ? value : null;
}
