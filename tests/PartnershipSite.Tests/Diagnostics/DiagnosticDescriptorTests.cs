using PartnershipSite.Diagnostics;

namespace PartnershipSite.Tests.Diagnostics;

public sealed class DiagnosticDescriptorTests
{
    [Fact]
    public void Fix_is_formatted_with_the_same_arguments_as_the_message()
    {
        var diagnostic = Codes.UnknownLayout.Create(new SourceLocation("a.md", 1, 1), "speech", "release, notice");

        Assert.EndsWith("Fix: use one of: release, notice.", diagnostic.Message, StringComparison.Ordinal);
    }
}
