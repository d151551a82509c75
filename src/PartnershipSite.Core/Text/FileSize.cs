using System.Globalization;

namespace PartnershipSite.Text;

/// <summary>File sizes as GOV.UK shows them next to a download: "48 KB", "1.2 MB" (1 KB = 1,024 bytes).</summary>
internal static class FileSize
{
    /// <summary>The size in whole kilobytes (rounded up, never 0) below 1 MB, else megabytes to one decimal.</summary>
    public static string Display(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (long)Math.Ceiling(bytes / 1024.0))} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
}
