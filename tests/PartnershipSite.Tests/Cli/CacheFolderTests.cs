using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary><c>build</c> on real folders: the cache goes beside the input, is never published, and <c>--no-cache</c> leaves none.</summary>
public sealed class CacheFolderTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("partnershipsite-cache-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Cache => Path.Combine(_work.FullName, ".cache", "partnershipsite");

    private void CopySite()
    {
        foreach (var folder in new[] { "input", "theme" })
        {
            foreach (var file in Directory.GetFiles(RealFiles.PathOf(folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(_work.FullName, folder, Path.GetRelativePath(RealFiles.PathOf(folder), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static string Pdf(string output) => Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories).Single();

    [Fact]
    public async Task Build_keeps_its_cache_beside_the_input_and_a_second_build_publishes_the_same_bytes_from_it()
    {
        CopySite();
        var output = Path.Combine(_work.FullName, "output");

        var first = await CliProcess.RunAsync(_work.FullName, ["build"]);
        var pdf = File.ReadAllBytes(Pdf(output));
        var second = await CliProcess.RunAsync(_work.FullName, ["build"]);

        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        Assert.True(second.ExitCode == 0, second.Out + second.Error);
        Assert.Single(Directory.GetFiles(Path.Combine(Cache, "units", "RenderPdf")));
        Assert.Equal(pdf, File.ReadAllBytes(Pdf(output)));
        Assert.Empty(Directory.GetFiles(Cache, "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFileSystemEntries(output, "*cache*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Build_with_no_cache_writes_no_cache()
    {
        CopySite();

        var (code, stdout, stderr) = await CliProcess.RunAsync(_work.FullName, ["build", "--no-cache"]);

        Assert.True(code == 0, stdout + stderr);
        Assert.False(Directory.Exists(Path.Combine(_work.FullName, ".cache")));
    }
}
