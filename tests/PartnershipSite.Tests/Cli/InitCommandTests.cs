using Microsoft.Extensions.Time.Testing;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Templates;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary><c>init</c> on the real disk: a new site that builds clean at once, and a folder with files left alone.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("partnershipsite-init-");

    public void Dispose() => _work.Delete(recursive: true);

    private static Task<BuildResult> BuildAsync(string site) =>
        new SiteBuilder(new PhysicalFileSystem(), new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero))).BuildAsync(
            new BuildOptions(Path.Join(site, "input"), Path.Join(site, "output"), null, site), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Init_in_an_empty_folder_writes_a_site_that_builds_with_no_error_and_no_warning()
    {
        var site = Path.Join(_work.FullName, "press-office");

        var (code, stdout, stderr) = await CliInProcess.RunAsync(["init", site]);
        var result = await BuildAsync(site);

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("Created a new site", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "input/site.yml", "input/releases/2030-01-01-our-new-press-office-opens.md", "netlify.toml", ".gitignore", "theme/layouts/release.liquid", "theme/assets/css/site.css" })
        {
            Assert.True(File.Exists(Path.Join(site, file)), file);
        }
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(File.Exists(Path.Join(site, "output", "releases", "our-new-press-office-opens", "our-new-press-office-opens.pdf")));
        // The example shows the press blocks, so a new office sees each one built.
        var page = await File.ReadAllTextAsync(Path.Join(site, "output", "releases", "our-new-press-office-opens", "index.html"), TestContext.Current.CancellationToken);
        Assert.All(new[] { "info-notice", "help-notice", "stat-headline", "call-to-action", "class=\"contact\"", "class=\"address\"" }, c => Assert.Contains(c, page, StringComparison.Ordinal));
        // site.yml explains itself.
        Assert.True(File.ReadLines(Path.Join(site, "input", "site.yml")).Count(l => l.TrimStart().StartsWith('#')) >= 10);
    }

    [Fact]
    public async Task Init_refuses_a_folder_that_holds_a_file_and_writes_nothing()
    {
        var notes = Path.Join(_work.FullName, "notes.txt");
        await File.WriteAllTextAsync(notes, "mine", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await CliInProcess.RunAsync(["init", _work.FullName]);

        Assert.Equal(2, code);
        Assert.Contains("error PS0011:", stderr, StringComparison.Ordinal);
        Assert.Contains("is not empty: it holds notes.txt", stderr, StringComparison.Ordinal);
        Assert.Equal([notes], Directory.GetFileSystemEntries(_work.FullName));
    }

    [Fact]
    public async Task A_site_with_no_theme_folder_builds_with_the_theme_inside_the_program()
    {
        var site = Path.Join(_work.FullName, "bare");
        await CliInProcess.RunAsync(["init", site]);
        Directory.Delete(Path.Join(site, "theme"), recursive: true);
        var config = Path.Join(site, "input", "site.yml");
        await File.WriteAllLinesAsync(config, File.ReadLines(config).Where(l => !l.StartsWith("theme:", StringComparison.Ordinal)).ToList(), TestContext.Current.CancellationToken);

        var result = await BuildAsync(site);

        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(DefaultTheme.Root, result.Config!.ThemeDirectory);
        var css = Directory.GetFiles(Path.Join(site, "output", "assets", "css")).Single();
        Assert.Contains(".application-notice", await File.ReadAllTextAsync(css, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(Directory.Exists(DefaultTheme.Root));
    }

    [Fact]
    public void The_embedded_theme_is_the_repository_theme_byte_for_byte()
    {
        var root = RealFiles.PathOf("theme");
        var onDisk = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

        Assert.Equal(onDisk.Keys.Order(StringComparer.Ordinal), DefaultTheme.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(onDisk, f => Assert.Equal(f.Value, DefaultTheme.Files[f.Key]));
    }

    [Fact]
    public void The_default_theme_cannot_be_written_through_the_build_file_system()
    {
        var fs = new DefaultThemeFileSystem(new InMemoryFileSystem("/site"));

        Assert.True(fs.FileExists(Path.Join(DefaultTheme.Root, "layouts", "base.liquid")));
        Assert.Throws<InvalidOperationException>(() => fs.WriteAllBytes(Path.Join(DefaultTheme.Root, "layouts", "base.liquid"), "x"u8));
        Assert.Throws<InvalidOperationException>(() => fs.DeleteDirectory(DefaultTheme.Root));
        Assert.Contains(Path.Join(DefaultTheme.Root, "fonts", "AtkinsonHyperlegible_400Regular.ttf"), fs.ListFiles(DefaultTheme.Root, recursive: true));
        Assert.DoesNotContain(fs.ListFiles(DefaultTheme.Root, recursive: false), f => f.Contains("layouts", StringComparison.Ordinal));
    }
}
