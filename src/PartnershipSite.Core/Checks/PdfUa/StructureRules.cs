namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// The shapes veraPDF's tests give the parent-and-kids rules of PDF/UA-1 7.2 and 7.4: an element's parent type
/// (<c>parentStandardType</c>) and its kids' types (<c>kidsStandardTypes</c>), both as standard types.
/// </summary>
internal static class StructureRules
{
    /// <summary>The parent's standard type, or <c>StructTreeRoot</c> for a kid of the root.</summary>
    public static string ParentType(StructNode element) => element.Parent is { } parent ? parent.StandardType ?? parent.Type : "StructTreeRoot";

    /// <summary>The kids' types that are not among <paramref name="allowed"/>.</summary>
    public static List<string> KidsOutside(StructNode element, params string[] allowed) =>
        [.. element.KidTypes.Where(t => !allowed.Contains(t, StringComparer.Ordinal)).Distinct()];

    /// <summary>How many kids are of <paramref name="type"/>.</summary>
    public static int KidsOf(StructNode element, string type) => element.KidTypes.Count(t => t == type);

    /// <summary>True when a <paramref name="type"/> kid sits anywhere but first (or, with <paramref name="orLast"/>, last).</summary>
    public static bool MisplacedKid(StructNode element, string type, bool orLast)
    {
        var kids = element.KidTypes.ToList();
        return kids.Select((t, i) => (t, i)).Any(k => k.t == type && k.i != 0 && !(orLast && k.i == kids.Count - 1));
    }
}
