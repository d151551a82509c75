using PartnershipSite.Diagnostics;
using PartnershipSite.IO;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks;

/// <summary>One PDF output, parsed with PdfPig while its checks run, with typed reads of its dictionaries.</summary>
internal sealed class PdfFile
{
    private List<PdfPage>? _pages;
    private Dictionary<long, PdfPage>? _pagesByObject;
    private readonly Dictionary<Type, object> _shared = [];

    private readonly Func<string, SourceLocation?> _linkSource;

    internal PdfFile(OutputFile file, PdfDocument document, string displayPath, string madeFrom, Func<string, SourceLocation?>? linkSource = null)
    {
        _linkSource = linkSource ?? (_ => null);
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

    /// <summary>Where a link to <paramref name="uri"/> was written (its Markdown, for a built PDF), else <see cref="Location"/>.</summary>
    public SourceLocation LocateLink(string uri) => _linkSource(uri) ?? Location;

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
        Catalog.TryGet(NameToken.Create("Pages"), out IToken root);
        Walk(root is null ? null : Resolve<DictionaryToken>(root), root as IndirectReferenceToken, null);
        return pages;

        void Walk(DictionaryToken? node, IndirectReferenceToken? reference, DictionaryToken? inherited)
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
                    Walk(Resolve<DictionaryToken>(kid), kid as IndirectReferenceToken, resources);
                }
            }
            else
            {
                pages.Add(new PdfPage(pages.Count + 1, node, resources, reference?.Data));
            }
        }
    }

    /// <summary>The page whose dictionary is object <paramref name="reference"/>, if it is a page of this PDF.</summary>
    public PdfPage? PageAt(IndirectReference reference) =>
        (_pagesByObject ??= Pages.Where(p => p.Reference is not null).ToDictionary(p => p.Reference!.Value.ObjectNumber))
            .GetValueOrDefault(reference.ObjectNumber);

    /// <summary>
    /// What <paramref name="read"/> makes of this PDF, made once and shared by every check that asks (e.g. the
    /// structure tree): a PDF is checked by one thread, so this needs no lock.
    /// </summary>
    public T Shared<T>(Func<PdfFile, T> read) where T : class
    {
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = read(this);
            _shared[typeof(T)] = value;
        }
        return (T)value;
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="dictionary"/>, indirect references resolved, if it is a <typeparamref name="T"/>.</summary>
    public T? Get<T>(DictionaryToken? dictionary, string key) where T : class, IToken =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out IToken token) ? Resolve<T>(token) : null;

    /// <summary>The text of the string entry <paramref name="key"/>, written as a literal or a hex string (ISO 32000-1, 7.3.4).</summary>
    public string? GetString(DictionaryToken? dictionary, string key) => Get<IToken>(dictionary, key) switch
    {
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        _ => null,
    };

    /// <summary>The token, or the object it refers to, if it is a <typeparamref name="T"/>.</summary>
    public T? Resolve<T>(IToken token) where T : class, IToken
    {
        // An indirect reference is itself an IToken: follow it first, or Resolve<IToken> would hand it back unresolved.
        for (var depth = 0; token is IndirectReferenceToken reference && depth < 32; depth++)
        {
            token = Document.Structure.TokenScanner.Get(reference.Data)?.Data!;
        }
        return token as T;
    }
}
