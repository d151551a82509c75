using System.Collections.Immutable;
using Markdig.Extensions.Figures;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Markup;

namespace PartnershipSite.Pdf;

/// <summary>
/// The layout stage: a release's Markdig syntax tree (the same one the HTML is rendered from) and front matter
/// to a <see cref="PageModel"/>. Pure: no PDFsharp, no I/O; fonts are known only through <see cref="IFontMetrics"/>.
/// </summary>
internal sealed partial class ReleaseLayout
{
    private readonly IFontMetrics _metrics;
    private readonly PageGeometry _geometry;
    private readonly string _sourcePath;
    private readonly List<StructureElement> _elements = [];
    private readonly List<FlowBlock> _blocks = [];
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
    private readonly InlineCollector _inlines;
    private readonly IImageSource? _images;

    // The theme's words in the release's language, for the callouts' labels (set once the document is known).
    private Content.Labels? _labels;
    private ReleaseBody _body = ReleaseBody.Whole;
    private int _tagIds;
    private int _quoteGroups;

    private ReleaseLayout(IFontMetrics metrics, PageGeometry geometry, string sourcePath, IImageSource? images)
    {
        _metrics = metrics;
        _images = images;
        _geometry = geometry;
        _sourcePath = sourcePath;
        _inlines = new InlineCollector(() => ++_tagIds, (inline, what) => Unsupported(Codes.PdfUnsupportedInline, inline.Line, inline.Column, what));
    }

    /// <summary>
    /// Lays out <paramref name="release"/> from its <see cref="ReleaseDocument"/> (the frame, with the theme's labels)
    /// and its syntax tree; <paramref name="images"/> finds the files of its images (without it, every image is
    /// reported as PS0504).
    /// </summary>
    public static LayoutResult Lay(Release release, IFontMetrics metrics, PageGeometry? geometry = null, IImageSource? images = null)
    {
        ArgumentNullException.ThrowIfNull(release);
        var document = release.Document ?? throw new InvalidOperationException("Releases are laid out after ComposeDocuments.");
        var layout = new ReleaseLayout(metrics, geometry ?? PageGeometry.A4, release.Source.DisplayPath, images) { _body = document.Body };
        return layout.Run(release.Markdown, document);
    }

    private LayoutResult Run(MarkdownDocument markdown, ReleaseDocument document)
    {
        _labels = document.Labels;
        Header(document);
        Blocks(markdown, [], _geometry.Left, _geometry.ContentWidth, tight: false);
        Footer(document);

        var (placed, outline) = Paginator.Paginate(_blocks, _geometry);
        LinkAreas(placed);
        var footer = new RunningFooter(document.Title, document.Labels, _geometry, _metrics);
        var pages = placed.Select((p, i) => new LayoutPage(i + 1, p.Content, p.Artifacts.AddRange(footer.Text(i + 1, placed.Length)), p.Rules.Add(footer.Rule))).ToImmutableArray();
        return new LayoutResult(new PageModel(_geometry, pages, [.. _elements], outline), _diagnostics.ToImmutable());
    }

    private static InlineRun Run(string text, TextStyle style) => new(text, style, null);

    // Each Link element's annotation covers its fragments (one line of the link): from the first's left to the
    // last's right, from above the ascenders to below the descenders.
    private void LinkAreas(ImmutableArray<PlacedPage> pages)
    {
        foreach (var fragment in pages.SelectMany(p => p.Content))
        {
            if (fragment.Path.IsEmpty || _elements[fragment.Path[^1]] is not { Role: StructureRole.Link } link)
            {
                continue;
            }
            var size = fragment.Style.Size;
            var top = fragment.Baseline - _metrics.Ascent(fragment.Style.Face) * size;
            var height = (_metrics.Ascent(fragment.Style.Face) + _metrics.Descent(fragment.Style.Face)) * size;
            var left = link.LinkArea.Width > 0 ? Math.Min(link.LinkArea.X, fragment.X) : fragment.X;
            var right = Math.Max(link.LinkArea.X + link.LinkArea.Width, fragment.X + fragment.Width);
            _elements[link.Id] = link with { LinkArea = new PdfRect(left, Math.Min(top, link.LinkArea.Width > 0 ? link.LinkArea.Y : top), right - left, height) };
        }
    }

    private void Blocks(ContainerBlock container, ImmutableArray<int> path, double x, double width, bool tight)
    {
        // What the frame already says (the standfirst repeated as a paragraph) is left out, as on the page.
        foreach (var block in container.Where(b => !_body.Omitted.Contains(b)))
        {
            Block(block, path, x, width, tight);
        }
    }

    private void Block(Block block, ImmutableArray<int> path, double x, double width, bool tight)
    {
        var language = Language(block);
        switch (block)
        {
            case HeadingBlock heading:
                var level = Math.Clamp(heading.Level, 1, 6);
                var runs = _inlines.Collect(heading.Inline, Typography.Heading(level));
                // The bookmark reads the heading without its footnote numbers.
                var title = string.Concat(runs.Where(r => r.Tag?.Role != StructureRole.Reference).Select(r => r.Text));
                Paragraph(StructureRole.H1 + (level - 1), path, runs, x, width, Typography.HeadingGap, language, keep: true, bookmark: (title, level));
                break;
            case ParagraphBlock paragraph when OnlyImages(paragraph) is { } images:
                Images(images, path, x, width, tight ? 0 : Typography.ParagraphGap);
                break;
            case ParagraphBlock paragraph:
                var text = _inlines.Collect(paragraph.Inline, Typography.Body);
                var leadIn = string.Concat(text.Select(r => r.Text)).TrimEnd().EndsWith(':');
                Paragraph(tight ? null : StructureRole.P, path, text, x, width, tight ? 0 : Typography.ParagraphGap, language, keep: leadIn);
                break;
            case ListBlock list:
                List(list, path, x, width);
                break;
            case Figure figure:
                FigureQuote(figure, path, x, width);
                break;
            case QuoteBlock quote:
                Quote(quote, path, x, width);
                break;
            case Markup.Blocks.PressBlock press:
                PressBlock(press, path, x, width);
                break;
            case ThematicBreakBlock:
                _blocks.Add(new FlowBlock([], Typography.ParagraphGap) { RuleAfter = true });
                break;
            case HtmlBlock { Type: HtmlBlockType.Comment }:
            case LinkReferenceDefinitionGroup:
            case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
            case Markdig.Extensions.Abbreviations.Abbreviation:
            case BlankLineBlock:
                break;
            case CodeBlock code:
                var lines = SourceLines.Of(code);
                var codeTag = new InlineTag(++_tagIds, StructureRole.Code, "");
                var codeRuns = lines.SelectMany(l => new[] { new InlineRun(l, Typography.Body with { Ink = Ink.Secondary }, codeTag), new InlineRun("\n", Typography.Body, null) }).SkipLast(1).ToList();
                Paragraph(StructureRole.P, path, codeRuns, x + Typography.Indent, width - Typography.Indent, Typography.ParagraphGap, language);
                break;
            case HtmlBlock:
                // Raw HTML is refused where the Markdown is parsed (PS0130); nothing of it goes into the PDF.
                break;
            case Markdig.Extensions.Tables.Table table:
                Table(table, path, x, width);
                break;
            case Markdig.Extensions.Footnotes.FootnoteGroup footnotes:
                Footnotes(footnotes, path, x, width);
                break;
            default:
                Unsupported(Codes.PdfUnsupportedBlock, block.Line, block.Column, "this block (" + block.GetType().Name + ")");
                break;
        }
    }

    private void Paragraph(StructureRole? role, ImmutableArray<int> path, List<InlineRun> runs, double x, double width, double spaceBefore,
        string? language = null, bool keep = false, (string, int)? bookmark = null)
    {
        var elementPath = role is { } r ? path.Add(NewElement(r, language)) : path;
        var baseStyle = runs.Count > 0 ? runs[0].Style : Typography.Body;
        // A link's annotation describes the whole link, even when it wraps and is tagged once per line.
        var tagTexts = runs.Where(r => r.Tag is not null).GroupBy(r => r.Tag!)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(r => r.Text)).Trim());
        var lines = LineBreaker.Break(runs, width, _metrics)
            .Select(pieces => Line(Fragments(pieces, x, elementPath, tagTexts), pieces.IsEmpty ? baseStyle : pieces.MaxBy(p => p.Style.Size)!.Style))
            .ToImmutableArray();
        _blocks.Add(new FlowBlock(lines, spaceBefore) { KeepWithNext = keep, Bookmark = bookmark });
    }

    // One fragment per piece; pieces of one link (or abbreviation) on one line share one Link (or Span) element.
    private ImmutableArray<Fragment> Fragments(ImmutableArray<LinePiece> pieces, double x, ImmutableArray<int> path, Dictionary<InlineTag, string> tagTexts)
    {
        var fragments = ImmutableArray.CreateBuilder<Fragment>(pieces.Length);
        InlineTag? openTag = null;
        var tagElement = -1;
        foreach (var piece in pieces)
        {
            var fragmentPath = path;
            if (piece.Tag is { } tag)
            {
                if (!ReferenceEquals(tag, openTag))
                {
                    tagElement = NewElement(tag.Role);
                    _elements[tagElement] = _elements[tagElement] with
                    {
                        Uri = tag.Role == StructureRole.Link ? tag.Value : null,
                        Expansion = tag.Role == StructureRole.Span && tag.Value.Length > 0 ? tag.Value : null,
                        Language = tag.Language,
                        LinkText = tagTexts.GetValueOrDefault(tag, ""),
                    };
                    openTag = tag;
                }
                fragmentPath = path.Add(tagElement);
            }
            else
            {
                openTag = null;
            }
            fragments.Add(new Fragment(x + piece.X, 0, piece.Width, piece.Text, piece.Style, fragmentPath));
        }
        return fragments.MoveToImmutable();
    }

    private FlowLine Line(ImmutableArray<Fragment> fragments, TextStyle style)
    {
        var height = style.Size * Typography.LineSpacing(style);
        var ascent = _metrics.Ascent(style.Face) * style.Size;
        var descent = _metrics.Descent(style.Face) * style.Size;
        return new FlowLine(height, (height - ascent - descent) / 2 + ascent, fragments);
    }

    private int NewElement(StructureRole role, string? language = null)
    {
        _elements.Add(new StructureElement(_elements.Count, role) { Language = language });
        return _elements.Count - 1;
    }

    // Markdig's generic attributes: {lang=cy} on a block marks a passage in another language.
    private static string? Language(Block block) =>
        block.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "lang").Value;

    // Markdig lines and columns are 0-based and count from the file's first line, front matter included.
    private void Unsupported(DiagnosticDescriptor code, int line, int column, string what) =>
        _diagnostics.Add(code.Create(new SourceLocation(_sourcePath, line + 1, column + 1), what));
}
