using PartnershipSite.Build;
using PartnershipSite.Diagnostics;
using PartnershipSite.Checks;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Steps;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Checks;

public sealed class PdfLinkTests
{
    [Fact]
    public async Task Pdf_link_to_a_page_the_site_does_not_have_is_caught_with_its_page()
    {
        var fs = new InMemoryFileSystem("/work");
        fs.WriteAllText("/work/site/index.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Home</title></head><body><main><h1>Home</h1></main></body></html>");
        fs.WriteAllBytes("/work/site/releases/a/a.pdf", TestPdf.WithLinks(
            ["https://example.gov.uk/"],
            ["https://example.gov.uk/releases/missing/", "mailto:press"]));

        var result = await new FolderChecker(fs, TestSite.Clock()).CheckAsync(
            new FolderCheckOptions("site", BaseUrl: new Uri("https://example.gov.uk/"), DisplayRoot: "/work"), TestContext.Current.CancellationToken);

        var broken = Assert.Single(result.Diagnostics, d => d.Code == "PS0306");
        Assert.Equal("site/releases/a/a.pdf", broken.Location.Path);
        Assert.Contains("PDF link on page 2", broken.Message, StringComparison.Ordinal);
        Assert.Single(result.Diagnostics, d => d.Code == "PS0304");
        Assert.Contains(result.Summaries, s => s.Check == "InternalLinksResolve" && s.Passed == 1 && s.Failed == 1);
    }

    [Fact]
    public async Task Build_does_not_publish_a_pdf_whose_link_is_broken()
    {
        var site = TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a"));
        var steps = Pipeline.Default.Insert(Pipeline.Default.IndexOf(Pipeline.Default.OfType<WriteRedirects>().Single()), new AddPdf());

        var result = await new SiteBuilder(site.FileSystem, TestSite.Clock(), steps)
            .BuildAsync(new BuildOptions("input", "output", null, "/site"), TestContext.Current.CancellationToken);

        // The release's PDF, with a link its Markdown does not write (as a frame link would be): at the release's top.
        var broken = Assert.Single(result.Diagnostics, d => d.Code == "PS0306");
        Assert.Equal(new SourceLocation("input/releases/2021-06-10-a.md", 1, 1), broken.Location);
        Assert.Contains("in releases/a/a.pdf", broken.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    private sealed class AddPdf : IStep
    {
        public IReadOnlySet<Facet> Needs => Facets.None;

        public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Outputs);

        public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(state.AddOutputs([new OutputFile("releases/a/a.pdf", TestPdf.WithLinks(["/releases/a/", "/releases/b/"]), "test",
                new Provenance(OutputKind.Pdf) { Release = "releases/a/" })]));
    }
}
