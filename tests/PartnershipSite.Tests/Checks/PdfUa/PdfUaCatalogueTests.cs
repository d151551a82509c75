using PartnershipSite.Checks;
using PartnershipSite.Checks.PdfUa;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks.PdfUa;

public sealed class PdfUaCatalogueTests
{
    [Fact]
    public void Every_rule_of_the_profile_is_accounted_for_once()
    {
        var statuses = PdfUaCatalogue.Statuses(CheckCatalogue.Default.PdfChecks);

        // veraPDF's PDFUA-1.xml (commit 6f2a87f) has 106 rules.
        Assert.Equal(106, statuses.Length);
        Assert.Equal(statuses.Length, statuses.Select(s => s.Rule.Id).Distinct().Count());
        Assert.All(statuses, s => Assert.True(s.State is PdfUaState.Implemented || s.Note.Length > 0, $"{s.Rule.Id} has no reason or limit"));
        Assert.All(statuses.Where(s => s.State is PdfUaState.Implemented or PdfUaState.Partial), s => Assert.NotEmpty(s.Check));
    }

    [Fact]
    public void Docs_list_every_rule_as_the_catalogue_says()
    {
        var expected = PdfUaCatalogue.Markdown(CheckCatalogue.Default.PdfChecks);

        // Not under Golden/: the generated file is the documentation itself, regenerated the same way.
        var path = RealFiles.PathOf("docs/pdfua-rules.md");
        if (Golden.GoldenFiles.Updating)
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.True(File.Exists(path), "docs/pdfua-rules.md is missing: run UPDATE_GOLDEN=1 dotnet test and review the diff.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == expected,
            "docs/pdfua-rules.md differs from the rule catalogue: run UPDATE_GOLDEN=1 dotnet test and review the diff.");
    }
}
