using PartnershipSite.Templates;
using PartnershipSite.Text;

namespace PartnershipSite.Tests.Templates;

public sealed class FileSizeTests
{
    [Theory]
    [InlineData(1, "1 KB")]
    [InlineData(1024, "1 KB")]
    [InlineData(1025, "2 KB")]
    [InlineData(88362, "87 KB")]
    [InlineData(1024 * 1024, "1.0 MB")]
    [InlineData(1_300_000, "1.2 MB")]
    public void Sizes_are_shown_as_govuk_shows_them(long bytes, string expected) => Assert.Equal(expected, FileSize.Display(bytes));
}
