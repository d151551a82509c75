using PartnershipSite.Feeds;

namespace PartnershipSite.Tests.Feeds;

public sealed class Rfc822DateTests
{
    [Theory]
    [InlineData("2021-06-10T00:00:00+00:00", "Thu, 10 Jun 2021 00:00:00 GMT")]
    [InlineData("2021-06-10T09:30:00+01:00", "Thu, 10 Jun 2021 09:30:00 +0100")]
    [InlineData("2021-12-24T23:59:59-05:00", "Fri, 24 Dec 2021 23:59:59 -0500")]
    [InlineData("2021-03-01T08:00:05+05:30", "Mon, 01 Mar 2021 08:00:05 +0530")]
    public void Date_is_written_with_GMT_or_a_numeric_offset(string iso, string expected) =>
        Assert.Equal(expected, Rfc822Date.Format(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture)));
}
