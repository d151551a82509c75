using System.Collections.Immutable;
using PartnershipSite.Checks.Parity;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// A release's HTML page, PDF and feed entries are one publication: they agree on the title, summary, dates,
/// organisations and topics, and on the body's text, links and image descriptions, in order. The page is the
/// reference; each other format is compared with it, and each kind of difference is reported once per release,
/// at the Markdown line of the first differing block where one made it, naming the two formats and quoting each.
/// What is legitimately a format's own (its frame, a PDF's footer and page numbers, line breaks, ligatures, a
/// feed's appended PDF link) is not compared: see <see cref="BodyRegion"/> and <see cref="ParityText"/>.
/// </summary>
internal sealed partial class ReleaseFormatsAgree : IFormatCheck
{
    /// <inheritdoc />
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        [Codes.ParityTitle, Codes.ParitySummary, Codes.ParityDates, Codes.ParityOrganisations, Codes.ParityTopics, Codes.ParityBodyText, Codes.ParityLinks, Codes.ParityAltText];

    /// <inheritdoc />
    public void Check(ReleaseRenditions release, CheckReporter reporter)
    {
        if (release.Renditions.Length < 2)
        {
            reporter.Skip(this);
            return;
        }
        var comparison = new Comparison(this, release, reporter);
        comparison.Facts();
        comparison.Body();
        if (comparison.Failures == 0)
        {
            reporter.Pass(this);
        }
    }

    /// <summary>One format with its body and frame split apart.</summary>
    private sealed record Part(Rendition Rendition, ImmutableArray<TextBlock> Body, ImmutableArray<TextBlock> Frame, string Following)
    {
        public string Name => Rendition.Format switch
        {
            ReleaseFormat.Page => "HTML page",
            ReleaseFormat.Pdf => "PDF",
            ReleaseFormat.Rss => "RSS entry",
            ReleaseFormat.Atom => "Atom entry",
            _ => "JSON Feed item",
        };

        public string FrameText { get; } = string.Join('\n', Frame.Select(b => b.Text));

        public bool Shows(string text) => text.Length > 0 && FrameText.Contains(text, StringComparison.Ordinal);
    }

    private sealed partial class Comparison
    {
        private readonly ReleaseFormatsAgree _check;
        private readonly Release _release;
        private readonly Uri _pageUrl;
        private readonly CheckReporter _reporter;
        private readonly List<Part> _parts;
        private readonly ReleaseMetadata _meta;
        private readonly string _summary;

        public Comparison(ReleaseFormatsAgree check, ReleaseRenditions release, CheckReporter reporter)
        {
            _check = check;
            _release = release.Release;
            _pageUrl = release.PageUrl;
            _reporter = reporter;
            _meta = _release.Metadata;
            _summary = ParityText.Normalise(_meta.Summary);
            _parts = [.. release.Renditions.Select(r =>
            {
                var (body, frame, following) = BodyRegion.Split(r.Blocks, release.Expected, _summary);
                return new Part(r, body, frame, following);
            })];
        }

        public int Failures { get; private set; }

        private Part Page => _parts[0];

        /// <summary>
        /// Compares one reading of every format with the page's: a format whose reading is null does not carry the
        /// fact. Reports the first format that differs, naming the others that differ too.
        /// </summary>
        private void Compare(DiagnosticDescriptor descriptor, Func<Part, string?> read, Func<string, string, SourceLocation> locate, string detail = "")
        {
            var reference = read(Page);
            if (reference is null)
            {
                return;
            }
            var differing = _parts.Skip(1).Select(p => (Part: p, Reading: read(p))).Where(p => p.Reading is not null && p.Reading != reference).ToList();
            if (differing.Count == 0)
            {
                return;
            }
            var (other, reading) = differing[0];
            Report(descriptor, locate(reference, reading!), other, reference, reading!, detail, differing.Skip(1).Select(d => d.Part));
        }

        private void Report(DiagnosticDescriptor descriptor, SourceLocation location, Part other, string mine, string theirs, string detail, IEnumerable<Part> alsoDiffering)
        {
            Failures++;
            var also = alsoDiffering.Select(p => "the " + p.Name).ToList();
            var note = $"in {Page.Rendition.Where} and {other.Rendition.Where}"
                + (also.Count > 0 ? $"; {string.Join(", ", also)} differ{(also.Count == 1 ? "s" : "")} from the {Page.Name} too" : "");
            _reporter.FailWithNote(_check, descriptor, location, note, Page.Name, other.Name, Shown(mine), Shown(theirs), detail);
        }

        private static string Shown(string text) => text.Length == 0 ? "(nothing)" : ParityText.Excerpt(text, 0, 120);

        private SourceLocation Top(string _, string __) => MarkdownBlocks.Top(_release);
    }
}
