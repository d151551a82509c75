using PartnershipSite.Build;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

/// <summary>Small sites for check tests: one release with a given body, or pages with their own layouts.</summary>
internal static class CheckSites
{
    /// <summary>The release file every <see cref="BuildReleaseAsync"/> site has.</summary>
    public const string ReleasePath = "input/releases/2021-06-10-a.md";

    /// <summary>The number of lines before the body in <see cref="ReleasePath"/> (front matter and a blank line).</summary>
    public static int BodyLine(string body, string needle)
    {
        var text = TestSite.Release("2021-06-10-a", body: body);
        var lines = text.Split('\n').Skip(1).ToList();
        return lines.FindIndex(l => l.Contains(needle, StringComparison.Ordinal)) + 1;
    }

    /// <summary>Builds a site whose one release has <paramref name="body"/>.</summary>
    public static Task<BuildResult> BuildReleaseAsync(string body, string siteYmlExtra = "", bool warningsAsErrors = false, bool withPdf = true) =>
        BuildAsync(TestSite.SiteYml + siteYmlExtra + TestSite.Release("2021-06-10-a", body: body), warningsAsErrors, withPdf);

    /// <summary>Builds a one-release site whose base layout is the real one changed by <paramref name="edit"/>.</summary>
    public static Task<BuildResult> BuildWithBaseLayoutAsync(Func<string, string> edit, string body = "Body text.")
    {
        var layout = File.ReadAllText(RealFiles.PathOf("theme/layouts/base.liquid"));
        var changed = edit(layout);
        Assert.NotEqual(layout, changed);
        return BuildAsync(TestSite.SiteYml + TestSite.Release("2021-06-10-a", body: body) + "-- theme/layouts/base.liquid --\n" + changed);
    }

    /// <summary>
    /// Builds a one-release site whose release layout adds <paramref name="html"/> after the body: how HTML that
    /// Markdown may not carry (raw HTML is refused, PS0130) still reaches the checks, as a theme's markup.
    /// </summary>
    public static Task<BuildResult> BuildWithReleaseHtmlAsync(string html, bool withPdf = true)
    {
        var layout = File.ReadAllText(RealFiles.PathOf("theme/layouts/release.liquid"));
        const string body = "{{ release.body_html | raw }}";
        Assert.Contains(body, layout, StringComparison.Ordinal);
        return BuildAsync(TestSite.SiteYml + TestSite.Release("2021-06-10-a") + "-- theme/layouts/release.liquid --\n"
            + layout.Replace(body, body + "\n" + html, StringComparison.Ordinal), withPdf: withPdf);
    }

    /// <summary>Builds an inline site.</summary>
    /// <remarks>
    /// Without <paramref name="withPdf"/> the PDF step is left out, for HTML rules shown with Markdown the PDF layout
    /// refuses (tables, images, raw HTML).
    /// </remarks>
    public static Task<BuildResult> BuildAsync(string text, bool warningsAsErrors = false, bool withPdf = true)
    {
        var site = TestSite.Parse(text);
        var steps = withPdf ? Pipeline.Default : Pipeline.Default.RemoveAll(s => s is PartnershipSite.Steps.RenderPdf);
        return new SiteBuilder(site.FileSystem, TestSite.Clock(), steps).BuildAsync(
            new BuildOptions("input", "output", null, "/site", 0, WarningsAsErrors: warningsAsErrors),
            TestContext.Current.CancellationToken);
    }

    /// <summary>The diagnostics with <paramref name="code"/>.</summary>
    public static List<Diagnostic> WithCode(this BuildResult result, string code) =>
        [.. result.Diagnostics.Where(d => d.Code == code)];
}
