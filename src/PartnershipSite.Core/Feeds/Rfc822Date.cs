using System.Globalization;

namespace PartnershipSite.Feeds;

/// <summary>Dates as RSS 2.0 writes them: RFC 822 with a four-digit year (RFC 1123, 5.2.14).</summary>
internal static class Rfc822Date
{
    /// <summary>
    /// "Thu, 10 Jun 2021 00:00:00 GMT", or with a numeric offset such as "+0100". Never a military zone letter: RFC 1123
    /// says RFC 822 defined them backwards, and the RSS Board's validator flags them (including "Z").
    /// </summary>
    public static string Format(DateTimeOffset date)
    {
        var offset = date.Offset;
        var zone = offset == TimeSpan.Zero
            ? "GMT"
            : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + zone;
    }
}
