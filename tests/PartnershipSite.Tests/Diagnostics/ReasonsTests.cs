using PartnershipSite.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Diagnostics;

public sealed class ReasonsTests
{
    [Fact]
    public void Every_reason_is_the_one_docs_checks_md_gives()
    {
        var documented = File.ReadLines(RealFiles.PathOf("docs/checks.md"))
            .Where(line => line.StartsWith("| PS0", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => cells[^1]);

        Assert.Equal(documented.OrderBy(p => p.Key, StringComparer.Ordinal), Reasons.All.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_code_without_a_documented_reason_falls_back_to_its_fix()
    {
        Assert.Equal("check the spelling; known fields are: ….", Reasons.For("PS0110"));
        Assert.Null(Reasons.For("PS9999"));
    }
}
