using System.Collections.Immutable;
using PartnershipSite.Content;

namespace PartnershipSite.Pdf;

// The frame around the body, from the release's document in the order the page shows it: kicker, title, standfirst,
// withdrawal notice, From (organisations) and People as two lists, Published and Last updated; after the body the
// topics, the press contact and, once updated, every published date. The words are the theme's labels.
internal sealed partial class ReleaseLayout
{
    private void Header(ReleaseDocument document)
    {
        var (left, width) = (_geometry.Left, _geometry.ContentWidth);
        Paragraph(StructureRole.P, [], [Run(document.Kicker, Typography.Kicker)], left, width, 0);
        Paragraph(StructureRole.H1, [], [Run(document.Title, Typography.Title)], left, width, 4, keep: true, bookmark: (document.Title, 1));
        Paragraph(StructureRole.P, [], [Run(document.Standfirst, Typography.Lead)], left, width, 10);
        if (document.Withdrawn is { } withdrawn)
        {
            var (heading, note) = withdrawn;
            // As on the page: the withdrawal notice follows the headline, before anything else (GOV.UK's notice).
            Paragraph(StructureRole.H2, [], [Run(heading, Typography.Heading(2))], left, width, 6, keep: true, bookmark: (heading, 2));
            Paragraph(StructureRole.P, [], [Run(note, Typography.Body)], left, width, 4);
        }
        var labels = document.Labels;
        var gap = 12.0;
        if (!document.Organisations.IsEmpty)
        {
            MetaList(labels.From, [.. document.Organisations.Select(o => o.Name)], gap);
            gap = 4;
        }
        if (!document.People.IsEmpty)
        {
            MetaList(labels.People, document.People, gap);
            gap = 4;
        }
        Meta(labels.Published, labels.Date(document.Published), gap);
        if (document.LastUpdated is { } updated)
        {
            Meta(labels.LastUpdated, labels.Date(updated), 2);
        }
        _blocks[^1] = _blocks[^1] with { RuleAfter = true };
    }

    private void Footer(ReleaseDocument document)
    {
        var labels = document.Labels;
        if (!document.Topics.IsEmpty)
        {
            // The page's "Explore the topic" links, as a list of their names: the formats carry the same facts.
            Section(labels.Topics, [.. document.Topics.Select(t => t.Name)], "•");
        }
        if (document.PressContact is { } contact)
        {
            Heading2(labels.PressOffice);
            Paragraph(StructureRole.P, [], [Run(contact, Typography.Body)], _geometry.Left, _geometry.ContentWidth, 6);
        }
        if (!document.History.IsEmpty)
        {
            Section(labels.PublishedDates, [.. document.History.Select(h => $"{labels.Date(h.Date)}: {h.Note}")], "•");
        }
    }

    private void Heading2(string text) =>
        Paragraph(StructureRole.H2, [], [Run(text, Typography.Heading(2))], _geometry.Left, _geometry.ContentWidth, Typography.HeadingGap, keep: true, bookmark: (text, 2));

    // A heading and a list of plain entries.
    private void Section(string heading, ImmutableArray<string> entries, string bullet)
    {
        Heading2(heading);
        var list = NewElement(StructureRole.L);
        foreach (var entry in entries)
        {
            var item = ListItem([list], bullet, out var body);
            var before = _blocks.Count;
            Paragraph(null, body, [Run(entry, Typography.Body)], _geometry.Left + Typography.Indent, _geometry.ContentWidth - Typography.Indent, Typography.ItemGap);
            AttachLabel(before, item, _geometry.Left);
            // A short list of the frame's stays together: no last topic alone on a page of its own.
            _blocks[^1] = _blocks[^1] with { KeepWithNext = entry != entries[^1] };
        }
    }

    // "Published: 10 June 2021", the label bold.
    private void Meta(string label, string value, double spaceBefore) =>
        Paragraph(StructureRole.P, [], [Run(label + ": ", Typography.Meta with { Face = FontFace.Bold }), Run(value, Typography.Meta)],
            _geometry.Left, _geometry.ContentWidth, spaceBefore);

    // "From:" and one line per organisation, tagged as a list (P, then L > LI > LBody), as the page's term and list.
    private void MetaList(string label, ImmutableArray<string> entries, double spaceBefore)
    {
        Paragraph(StructureRole.P, [], [Run(label + ":", Typography.Meta with { Face = FontFace.Bold })], _geometry.Left, _geometry.ContentWidth, spaceBefore, keep: true);
        var list = NewElement(StructureRole.L);
        foreach (var entry in entries)
        {
            var item = NewElement(StructureRole.LI);
            var body = NewElement(StructureRole.LBody);
            Paragraph(null, [list, item, body], [Run(entry, Typography.Meta)], _geometry.Left, _geometry.ContentWidth, 1);
        }
    }
}
