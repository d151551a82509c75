using System.Globalization;

namespace PartnershipSite.Content;

/// <summary>The date forms front matter accepts and the forms pages show.</summary>
public static class IsoDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mmzzz",
        "yyyy-MM-ddTHH:mm:sszzz",
        "yyyy-MM-ddTHH:mm:ssZ",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:sszzz",
    ];

    /// <summary>
    /// The first and last days a release may carry. Every format can write them (RSS and HTTP dates need four-digit
    /// years, and shifting an instant by its offset must not leave the calendar), and no press release is older.
    /// </summary>
    public static readonly DateTimeOffset Earliest = new(1000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc cref="Earliest"/>
    public static readonly DateTimeOffset Latest = new(9998, 12, 31, 23, 59, 59, TimeSpan.Zero);

    /// <summary>Whether every format can write <paramref name="date"/> (see <see cref="Earliest"/>).</summary>
    public static bool IsInRange(DateTimeOffset date) => date >= Earliest && date <= Latest;

    /// <summary>Parses an ISO 8601 date; a missing offset means UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date);

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-ddTHH:mmzzz",
        "yyyy-MM-ddTHH:mm:sszzz",
        "yyyy-MM-ddTHH:mm:ssZ",
        "yyyy-MM-ddTHH:mmZ",
    ];

    /// <summary>
    /// Parses an instant: a date, a time and an offset (<c>2021-06-10T00:01:00+01:00</c>). An embargo names a moment,
    /// and a moment without its offset is an hour out in British Summer Time, so the offset is required.
    /// </summary>
    public static bool TryParseInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);

    /// <summary>The reader's form, as GOV.UK writes it: "10 June 2021".</summary>
    public static string Display(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The machine form for <c>&lt;time datetime&gt;</c> and feeds: full ISO 8601 with offset.</summary>
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
