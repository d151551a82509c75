using System.Collections.Immutable;
using PartnershipSite.Checks.Parity;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

// The listed facts: title, summary, dates, organisations and topics.
internal sealed partial class ReleaseFormatsAgree
{
    private sealed partial class Comparison
    {
        public void Facts()
        {
            var listed = ParityText.Normalise(ReleaseNotices.ListedTitle(_meta, Labels));
            var title = ParityText.Normalise(_meta.Title);
            // A withdrawn release is listed as "[Withdrawn] Title" in feeds: the prefix is the listing's, not the title's.
            Compare(Codes.ParityTitle, p => p.Rendition.Title is { } t && t == listed ? title : p.Rendition.Title ?? "", Top);
            Compare(Codes.ParitySummary, p => p.Rendition.Summary ?? FrameSummary(p), Top);
            Dates("first published", _meta.Published, p => p.Rendition.Published, printed: true);
            Dates("last updated", _meta.LastUpdated, p => p.Rendition.Format == ReleaseFormat.Rss ? null : p.Rendition.Updated, printed: _meta.LastUpdated != _meta.Published);
            Terms(Codes.ParityOrganisations, p => p.Rendition.Organisations, _meta.Organisations, _meta.OrganisationLocations, prefix: true);
            // A feed may file an entry under its organisations as well as its topics: those categories are not topics.
            var organisations = _meta.Organisations.Select(ParityText.Normalise).ToHashSet(StringComparer.Ordinal);
            Terms(Codes.ParityTopics, p => p.Rendition.Format == ReleaseFormat.Page ? p.Rendition.Topics : p.Rendition.Topics?.RemoveAll(organisations.Contains),
                _meta.Topics, _meta.TopicLocations, prefix: false);
        }

        // A page or PDF shows the summary as a paragraph of its frame; failing that, what follows the headline is quoted.
        private string FrameSummary(Part part)
        {
            if (part.Frame.Any(b => b.Text == _summary))
            {
                return _summary;
            }
            var headline = part.Frame.IndexOf(part.Frame.FirstOrDefault(b => b.Role == "h1") ?? Nothing);
            return headline >= 0 && headline + 1 < part.Frame.Length ? part.Frame[headline + 1].Text : "";
        }

        private static readonly TextBlock Nothing = new("", "", [], []);

        // Instants are compared where a format has them (the page's <time datetime>, a feed's dates); the PDF has only
        // the date as printed, which is compared with the page's printed date.
        // The theme's words in the release's language: a date is printed as its page prints it ("3 Mawrth 2022").
        private Labels Labels => _release.Document?.Labels ?? throw new InvalidOperationException("Releases are compared after ComposeDocuments.");

        private void Dates(string which, DateTimeOffset expected, Func<Part, DateTimeOffset?> feedInstant, bool printed)
        {
            // Not updated, a release's last update is its publication, which the page need not say twice.
            var unchanged = which == "last updated" && expected == _meta.Published;
            var shown = Page.Rendition.Dates.FirstOrDefault(d => d.Instant == expected);
            string Iso(DateTimeOffset instant) => IsoDate.Iso(instant.ToOffset(expected.Offset));
            string? Instant(Part part) => part.Rendition.Format switch
            {
                ReleaseFormat.Page => shown.Text is not null || unchanged ? Iso(expected)
                    // A withdrawal's date is printed in its notice, with no <time>: the printed date stands for it.
                    : which == "last updated" && part.Shows(Labels.Date(expected)) ? Iso(expected)
                    : part.Rendition.Dates.Length == 0 ? ""
                    : Iso(which == "last updated" ? part.Rendition.Dates[^1].Instant : part.Rendition.Dates[0].Instant),
                ReleaseFormat.Pdf => null,
                _ => feedInstant(part) is { } instant ? Iso(instant) : null,
            };
            Compare(Codes.ParityDates, Instant, Top, which);
            if (!printed)
            {
                return;
            }
            var display = shown.Text ?? Labels.Date(expected);
            Compare(Codes.ParityDates, part => part.Rendition.Format switch
            {
                ReleaseFormat.Page => display,
                ReleaseFormat.Pdf => part.Shows(display) ? display : "",
                _ => null,
            }, Top, which);
        }

        // The page's list is the reference. A feed entry names organisations as authors, and may name only the lead
        // ones (a prefix of the list); the PDF names them in its frame text, in the page's order.
        private void Terms(DiagnosticDescriptor descriptor, Func<Part, ImmutableArray<string>?> listed, ImmutableArray<string> written, ImmutableArray<SourceLocation> locations, bool prefix)
        {
            if (listed(Page) is not { } reference)
            {
                return;
            }
            string? Reading(Part part)
            {
                if (part == Page)
                {
                    return string.Join("; ", reference);
                }
                if (listed(part) is { } names)
                {
                    var agrees = prefix ? names.Length > 0 && names.Length <= reference.Length && names.SequenceEqual(reference.Take(names.Length))
                        : names.SequenceEqual(reference);
                    return agrees ? string.Join("; ", reference) : string.Join("; ", names);
                }
                if (part.Rendition.Format != ReleaseFormat.Pdf)
                {
                    return null;
                }
                var found = new List<string>();
                var at = 0;
                foreach (var name in reference)
                {
                    if (ParityText.Find(part.FrameText, name, at) is var index and >= 0)
                    {
                        found.Add(name);
                        at = index + name.Length;
                    }
                }
                return string.Join("; ", found);
            }
            Compare(descriptor, Reading, (mine, theirs) =>
            {
                // At the first name where the two lists part, as the front matter writes it.
                var a = mine.Split("; ", StringSplitOptions.RemoveEmptyEntries);
                var b = theirs.Split("; ", StringSplitOptions.RemoveEmptyEntries);
                var first = a.Zip(b).TakeWhile(x => x.First == x.Second).Count();
                var names = written.Select(ParityText.Normalise).ToList();
                var index = new[] { first < a.Length ? a[first] : null, first < b.Length ? b[first] : null }.Select(n => n is null ? -1 : names.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
                return index >= 0 && index < locations.Length ? locations[index] : MarkdownBlocks.Top(_release);
            });
        }
    }
}
