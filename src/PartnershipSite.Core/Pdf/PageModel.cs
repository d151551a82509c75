using System.Collections.Immutable;

namespace PartnershipSite.Pdf;

/// <summary>The output of layout and the input of rendering: pages of positioned fragments and the structure they belong to.</summary>
/// <param name="Geometry">Page size and margins.</param>
/// <param name="Pages">The pages, in order.</param>
/// <param name="Elements">The structure elements, indexed by id.</param>
/// <param name="Outline">Bookmarks from the headings, in order.</param>
internal sealed record PageModel(PageGeometry Geometry, ImmutableArray<LayoutPage> Pages, ImmutableArray<StructureElement> Elements, ImmutableArray<OutlineEntry> Outline);
