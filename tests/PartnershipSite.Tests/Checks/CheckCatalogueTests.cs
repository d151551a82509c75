using System.Reflection;
using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class CheckCatalogueTests
{
    private static IEnumerable<DiagnosticDescriptor> CheckCodes() =>
        typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .Where(d => d.Code.StartsWith("PS03", StringComparison.Ordinal) || d.Code.StartsWith("PS04", StringComparison.Ordinal));

    [Fact]
    public void Every_check_code_is_documented_with_its_reason()
    {
        var docs = File.ReadAllText(RealFiles.PathOf("docs/checks.md"));

        Assert.All(CheckCodes(), d => Assert.Contains($"| {d.Code} |", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_check_has_a_unique_name()
    {
        var names = CheckCatalogue.Default.All.Select(c => c.Name).ToList();

        Assert.Equal(names.Distinct().Count(), names.Count);
    }
}
