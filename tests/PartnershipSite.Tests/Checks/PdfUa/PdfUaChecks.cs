using System.Text.RegularExpressions;
using PartnershipSite.Build;
using PartnershipSite.Checks;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks.PdfUa;

/// <summary>Runs <c>check</c> (the folder checker) over one PDF, and reads the rule ids from its diagnostics.</summary>
public static partial class PdfUaChecks
{
    /// <summary>The folder check of a site holding only <paramref name="pdf"/> and a valid home page.</summary>
    public static async Task<CheckResult> CheckAsync(byte[] pdf)
    {
        var fs = new InMemoryFileSystem("/work");
        fs.WriteAllText("/work/site/index.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Home</title></head><body><main><h1>Home</h1></main></body></html>");
        fs.WriteAllBytes("/work/site/releases/a/a.pdf", pdf);
        return await new FolderChecker(fs, TestSite.Clock()).CheckAsync(
            new FolderCheckOptions("site", BaseUrl: new Uri("https://example.gov.uk/"), DisplayRoot: "/work"), TestContext.Current.CancellationToken);
    }

    /// <summary>Each diagnostic as its code and the rule it cites (<c>7.18.3-1</c>, or the ISO 32000-1 clause).</summary>
    public static List<(string Code, string Rule)> Rules(CheckResult result) =>
        [.. result.Diagnostics.Select(d => (d.Code, RuleCited().Match(d.Message) is { Success: true } m ? m.Groups[1].Value + m.Groups[2].Value : d.Message))];

    [GeneratedRegex(@"^(?:PDF/UA-1 rule (\S+?)|(ISO 32000-1 [\d.]+)[^,]*),")]
    private static partial Regex RuleCited();
}
