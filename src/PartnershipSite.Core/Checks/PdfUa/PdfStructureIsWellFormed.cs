using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// PDF/UA-1 7.1 and 7.9: the structure tree's own rules — every type is standard or maps to one through the role
/// map, without loops and without remapping a standard type; every element names its parent (<c>/P</c>); every
/// <c>Note</c> has an <c>/ID</c>, unique among notes.
/// </summary>
internal sealed class PdfStructureIsWellFormed : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("7.1-5", "map each custom structure type in the structure tree root's /RoleMap to the nearest standard type of ISO 32000-1, 14.8.4."),
        new("7.1-6", "break the loop in the /RoleMap: each chain of mappings must end at a standard type."),
        new("7.1-7", "remove the standard type from the /RoleMap: standard types keep their meaning."),
        new("7.1-12", "give every structure element /P, a reference to its parent element (or to the structure tree root)."),
        new("7.9-1", "give every Note element an /ID, so its references can point at it."),
        new("7.9-2", "give each Note element its own /ID."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var structure = pdf.Shared(PdfStructure.Read);
        foreach (var (key, value) in structure.RoleMap?.Data ?? new Dictionary<string, IToken>())
        {
            // 7.1-6 and 7.1-7 are about the map itself: judge each of its entries once, wherever it is used.
            Keep(!PdfStructure.StandardTypes.Contains(key), "7.1-7", "role map", $"the standard type {key} is mapped to {(pdf.Resolve<NameToken>(value)?.Data ?? "(not a name)")}");
            Keep(!IsCircular(pdf, structure, key), "7.1-6", "role map", $"the mapping of {key} leads back to itself");
        }
        var notes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in structure.Elements)
        {
            // A type whose mapping loops is reported under 7.1-6 only.
            if (!IsCircular(pdf, structure, element.Type))
            {
                Keep(element.StandardType is not null, "7.1-5", element.Where, $"the type {element.Type} is not standard and maps to no standard type");
            }
            Keep(element.Dictionary.ContainsKey(NameToken.Create("P")), "7.1-12", element.Where, "the element has no /P (parent)");
            if (element.StandardType == "Note")
            {
                var id = pdf.GetString(element.Dictionary, "ID");
                Keep(!string.IsNullOrEmpty(id), "7.9-1", element.Where, "the Note has no /ID");
                if (!string.IsNullOrEmpty(id))
                {
                    notes[id] = notes.GetValueOrDefault(id) + 1;
                    Keep(notes[id] == 1, "7.9-2", element.Where, $"the Note's /ID '{id}' is used by an earlier Note too");
                }
            }
        }

        void Keep(bool kept, string rule, string where, string problem)
        {
            if (kept)
            {
                reporter.Pass(this);
            }
            else
            {
                reporter.FailRule(this, Codes.PdfStructureInvalid, pdf, rule, where, problem);
            }
        }
    }

    // Following the role map from a non-standard type comes back to a type already seen.
    private static bool IsCircular(PdfFile pdf, PdfStructure structure, string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; ;)
        {
            if (!seen.Add(current))
            {
                return true;
            }
            if (PdfStructure.StandardTypes.Contains(current) && current != type || pdf.Get<NameToken>(structure.RoleMap, current)?.Data is not { } next)
            {
                return false;
            }
            current = next;
        }
    }
}
