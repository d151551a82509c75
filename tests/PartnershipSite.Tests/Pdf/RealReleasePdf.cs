using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

/// <summary>The repository's real site (input/ and theme/) built in memory once, for the PDF tests.</summary>
public static class RealReleasePdf
{
    /// <summary>The slug of the partnership release.</summary>
    public const string Slug = "uk-and-us-agree-to-strengthen-ties-in-science-and-technology";

    private static readonly Lazy<Task<(byte[] Pdf, string Html, BuildResult Result)>> Built = new(BuildAsync);

    /// <summary>The PDF, the release page and the build result.</summary>
    public static Task<(byte[] Pdf, string Html, BuildResult Result)> GetAsync() => Built.Value;

    /// <summary>Builds the real site into a fresh in-memory file system.</summary>
    public static async Task<(byte[] Pdf, string Html, BuildResult Result)> BuildAsync()
    {
        var site = TestSite.FromRepository();
        // Shared by many tests through a Lazy, so it must not take one test's cancellation token.
        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock()).BuildAsync(new BuildOptions("input", "output", null, "/site"), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdf = site.FileSystem.ReadAllBytes($"output/releases/{Slug}/{Slug}.pdf");
        var html = site.Read($"releases/{Slug}/index.html");
        return (pdf, html, result);
    }
}
