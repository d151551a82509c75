using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.IO;

/// <summary>
/// Symbolic links in a site on the real disk: a link that leads outside the input or theme, or nowhere, is refused
/// with a located error everywhere the build reads, and nothing outside the input is ever published.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("partnershipsite-links-");
    private readonly DirectoryInfo _outside = Directory.CreateTempSubdirectory("partnershipsite-secret-");

    public SymbolicLinkTests()
    {
        TestSite.Parse(TestSite.SiteYml + TestSite.Release("2021-06-10-a", "First")).ExportSources(_root.FullName);
        File.WriteAllText(Path.Join(_outside.FullName, "secret.txt"), "PRIVATE KEY\n");
        Directory.CreateDirectory(Path.Join(_outside.FullName, "ssl", "private"));
        File.WriteAllText(Path.Join(_outside.FullName, "ssl", "private", "key.pem"), "PRIVATE KEY\n");
    }

    public void Dispose()
    {
        _root.Delete(recursive: true);
        _outside.Delete(recursive: true);
    }

    private string At(string relative) => Path.Join(_root.FullName, relative);

    private async Task<BuildResult> BuildAsync() =>
        await new SiteBuilder(new PhysicalFileSystem(), TestSite.Clock()).BuildAsync(
            new BuildOptions(At("input"), At("output"), DisplayRoot: _root.FullName), TestContext.Current.CancellationToken);

    private void Link(string relative, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(At(relative))!);
        File.CreateSymbolicLink(At(relative), target);
    }

    private void AssertNothingPublishedFromOutside(BuildResult result)
    {
        Assert.False(result.Published);
        Assert.False(Directory.Exists(At("output")));
        Assert.DoesNotContain(result.Outputs, o => o.Content.Span.IndexOf("PRIVATE KEY"u8) >= 0);
    }

    [Fact]
    public async Task A_file_link_in_a_release_folder_to_a_file_outside_is_refused_naming_the_link_and_target()
    {
        var target = Path.Join(_outside.FullName, "secret.txt");
        Link("input/releases/2021-06-10-a/notes.txt", target);

        var result = await BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0008");
        Assert.Equal("input/releases/2021-06-10-a/notes.txt", error.Location.Path);
        Assert.Contains(target, error.Message);
        AssertNothingPublishedFromOutside(result);
    }

    [Fact]
    public async Task A_folder_link_to_a_folder_outside_is_refused_once_and_none_of_its_files_are_read()
    {
        Link("input/releases/2021-06-10-a/ssl", Path.Join(_outside.FullName, "ssl"));

        var result = await BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0008");
        Assert.Equal("input/releases/2021-06-10-a/ssl", error.Location.Path);
        AssertNothingPublishedFromOutside(result);
    }

    [Fact]
    public async Task A_dangling_link_is_a_located_error_not_a_crash()
    {
        Link("input/releases/2021-06-10-a/chart.png", Path.Join(_outside.FullName, "missing.png"));

        var result = await BuildAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "PS0009");
        Assert.Equal("input/releases/2021-06-10-a/chart.png", error.Location.Path);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_release_file_that_is_a_link_outside_is_refused()
    {
        var target = Path.Join(_outside.FullName, "release.md");
        File.WriteAllText(target, File.ReadAllText(At("input/releases/2021-06-10-a.md")).Replace("First", "PRIVATE KEY", StringComparison.Ordinal));
        Link("input/releases/2021-06-10-b.md", target);

        var result = await BuildAsync();

        Assert.Equal("input/releases/2021-06-10-b.md", Assert.Single(result.Diagnostics, d => d.Code == "PS0008").Location.Path);
        AssertNothingPublishedFromOutside(result);
    }

    [Fact]
    public async Task Site_yml_linked_from_outside_is_refused()
    {
        var target = Path.Join(_outside.FullName, "site.yml");
        File.Move(At("input/site.yml"), target);
        Link("input/site.yml", target);

        var result = await BuildAsync();

        Assert.Equal("input/site.yml", Assert.Single(result.Diagnostics, d => d.Code == "PS0008").Location.Path);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_theme_asset_linked_from_outside_is_refused()
    {
        Link("theme/assets/secret.txt", Path.Join(_outside.FullName, "secret.txt"));

        var result = await BuildAsync();

        Assert.Equal("theme/assets/secret.txt", Assert.Single(result.Diagnostics, d => d.Code == "PS0008").Location.Path);
        AssertNothingPublishedFromOutside(result);
    }

    [Fact]
    public async Task A_theme_font_linked_from_outside_is_refused()
    {
        var font = Directory.GetFiles(At("theme/fonts"), "*.ttf")[0];
        var moved = Path.Join(_outside.FullName, Path.GetFileName(font));
        File.Move(font, moved);
        Link(Path.GetRelativePath(_root.FullName, font), moved);

        var result = await BuildAsync();

        Assert.Contains(result.Diagnostics, d => d.Code == "PS0008" && d.Location.Path == Path.GetRelativePath(_root.FullName, font));
        Assert.False(result.Published);
    }

    [Fact]
    public async Task A_link_that_stays_inside_the_input_is_followed_and_a_link_loop_ends()
    {
        File.WriteAllText(At("input/shared.txt"), "shared notes\n");
        Link("input/releases/2021-06-10-a/notes.txt", At("input/shared.txt"));
        Link("input/releases/2021-06-10-a/loop", At("input/releases/2021-06-10-a"));

        var result = await BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("shared notes\n", File.ReadAllText(At("output/releases/a/notes.txt")));
    }

    [Fact]
    public async Task An_input_folder_reached_through_a_link_builds_as_usual()
    {
        Directory.Move(At("input"), At("real-input"));
        Directory.CreateSymbolicLink(At("input"), At("real-input"));

        var result = await BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "PS0008" or "PS0009");
    }
}
