using System.Collections.Immutable;
using System.Text;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// Accounts for every rule of veraPDF's PDF/UA-1 profile: the check that tests it (from the checks' own
/// <see cref="IPdfUaCheck.Rules"/>), or why none does (<see cref="PdfUaUncovered"/>). <c>docs/pdfua-rules.md</c> is
/// generated from it, so the document cannot drift from the code.
/// </summary>
internal static class PdfUaCatalogue
{
    /// <summary>Every rule's status, in the profile's order, for the given PDF checks.</summary>
    public static ImmutableArray<PdfUaRuleStatus> Statuses(IEnumerable<IPdfCheck> checks)
    {
        var claims = checks.OfType<IPdfUaCheck>()
            .SelectMany(check => check.Rules.Select(rule => (Check: check.Name, Rule: rule)))
            .ToList();
        var known = PdfUaProfile.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var problems = claims.Where(c => !known.Contains(c.Rule.Id)).Select(c => $"{c.Check} claims {c.Rule.Id}, which is not a rule of the profile")
            .Concat(claims.GroupBy(c => c.Rule.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key} is claimed by {string.Join(" and ", g.Select(c => c.Check))}"))
            .Concat(PdfUaUncovered.Rules.Keys.Where(id => !known.Contains(id)).Select(id => $"{id} is listed as uncovered but is not a rule of the profile"))
            .Concat(claims.Where(c => PdfUaUncovered.Rules.ContainsKey(c.Rule.Id)).Select(c => $"{c.Rule.Id} is claimed by {c.Check} and listed as uncovered"))
            .Concat(PdfUaProfile.Rules.Where(r => !PdfUaUncovered.Rules.ContainsKey(r.Id) && claims.All(c => c.Rule.Id != r.Id)).Select(r => $"{r.Id} is neither claimed nor listed as uncovered"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The PDF/UA rule catalogue is inconsistent: " + string.Join("; ", problems) + ".");
        }
        return [.. PdfUaProfile.Rules.Select(rule => claims.FirstOrDefault(c => c.Rule.Id == rule.Id) is { Check: { } name } claim
            ? new PdfUaRuleStatus(rule, claim.Rule.Limit.Length > 0 ? PdfUaState.Partial : PdfUaState.Implemented, name, claim.Rule.Limit)
            : new PdfUaRuleStatus(rule, PdfUaUncovered.Rules[rule.Id].State, "", PdfUaUncovered.Rules[rule.Id].Reason))];
    }

    /// <summary><c>docs/pdfua-rules.md</c>: every rule, one line each, with the counts by state.</summary>
    public static string Markdown(IEnumerable<IPdfCheck> checks)
    {
        var statuses = Statuses(checks);
        var text = new StringBuilder();
        text.Append("""
            # PDF/UA-1 rules

            <!-- Generated from src/PartnershipSite.Core/Checks/PdfUa (PdfUaCatalogue.Markdown): do not edit by hand.
                 Regenerate with UPDATE_GOLDEN=1 dotnet test -- --filter-class '*PdfUaCatalogueTests*'. -->

            Every rule of veraPDF's PDF/UA-1 validation profile (`veraPDF/veraPDF-validation-profiles`,
            `PDF_UA/PDFUA-1.xml`, ISO 14289-1), and how the build's PDF checks account for it. The checks run on every
            PDF of a build and of `check FOLDER`; a broken rule is reported with its id, the page and object, and the
            fix (codes in [checks.md](checks.md)). **Implemented**: a check tests the rule. **Partial**: a check tests
            it, except what the note says. **Not applicable**: the rule cannot apply to a PDF the generator makes, and
            is not tested (so a PDF from elsewhere is not judged on it). **Not implemented**: no check tests it yet.


            """);
        foreach (var group in statuses.GroupBy(s => s.State).OrderBy(g => g.Key))
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"- {Label(group.Key)}: {group.Count()}\n");
        }
        text.Append("\n| rule | requirement | status | check | note |\n|---|---|---|---|---|\n");
        foreach (var status in statuses)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"| {status.Rule.Id} | {Cell(status.Rule.Description)} | {Label(status.State)} | {status.Check} | {Cell(status.Note)} |\n");
        }
        return text.ToString();
    }

    private static string Label(PdfUaState state) => state switch
    {
        PdfUaState.Implemented => "implemented",
        PdfUaState.Partial => "partial",
        PdfUaState.NotApplicable => "not applicable",
        _ => "not implemented",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
