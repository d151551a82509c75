using PartnershipSite.Checks.Parity;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

// The body: its text blocks, its links and its images' alt texts, each in order.
internal sealed partial class ReleaseFormatsAgree
{
    private sealed partial class Comparison
    {
        public void Body()
        {
            Sequence(Codes.ParityBodyText, p => [.. p.Body.Where(b => b.Text.Length > 0).Select(b => b.Text)],
                (mine, theirs) => MarkdownBlocks.Locate(_release, mine, theirs), quote: true, following: p => p.Following);
            // A PDF link wrapped over two lines is two link annotations (one per line): one link in a block, repeated, is one.
            Sequence(Codes.ParityLinks, p => [.. p.Body.SelectMany(b => b.Links.Where((link, i) => i == 0 || b.Links[i - 1] != link))],
                (mine, theirs) => new[] { MarkdownSourceMap.FirstLink(_release, _pageUrl, mine), MarkdownSourceMap.FirstLink(_release, _pageUrl, theirs) }.OfType<SourceLocation>().OrderBy(l => l.Line).ThenBy(l => l.Column).FirstOrDefault() ?? MarkdownBlocks.Top(_release), quote: false);
            Sequence(Codes.ParityAltText, p => [.. p.Body.SelectMany(b => b.Alts)],
                (mine, theirs) => MarkdownBlocks.LocateImage(_release, mine, theirs), quote: false);
        }

        // The first place each format's sequence differs from the page's; each kind is reported once per release.
        private void Sequence(DiagnosticDescriptor descriptor, Func<Part, List<string>> read, Func<string, string, SourceLocation> locate, bool quote, Func<Part, string>? following = null)
        {
            var reference = read(Page);
            var differing = new List<(Part Part, int At, string Mine, string Theirs)>();
            foreach (var part in _parts.Skip(1))
            {
                var items = read(part);
                var at = 0;
                while (at < reference.Count && at < items.Count && reference[at] == items[at])
                {
                    at++;
                }
                if (at < reference.Count || at < items.Count)
                {
                    differing.Add((part, at, at < reference.Count ? reference[at] : following?.Invoke(Page) ?? "", at < items.Count ? items[at] : following?.Invoke(part) ?? ""));
                }
            }
            if (differing.Count == 0)
            {
                return;
            }
            var (other, index, mine, theirs) = differing[0];
            var (left, right) = quote ? ParityText.FirstDifference(mine, theirs) : (mine, theirs);
            Report(descriptor, locate(mine, theirs), other, left, right, (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                differing.Skip(1).Select(d => d.Part));
        }
    }
}
