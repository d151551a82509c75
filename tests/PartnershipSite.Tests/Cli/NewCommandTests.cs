using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary><c>new</c> as an editor runs it, in a real process.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("partnershipsite-new-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task New_writes_the_release_file_and_a_second_run_refuses_with_exit_2()
    {
        Directory.CreateDirectory(Path.Combine(_work.FullName, "input"));

        var first = await CliProcess.RunAsync(_work.FullName, "new", "Ministers meet in Cornwall", "--date", "2021-06-11");
        var second = await CliProcess.RunAsync(_work.FullName, "new", "Ministers meet in Cornwall", "--date", "2021-06-11");

        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        Assert.Contains("input/releases/2021-06-11-ministers-meet-in-cornwall.md", first.Out);
        Assert.True(File.Exists(Path.Combine(_work.FullName, "input", "releases", "2021-06-11-ministers-meet-in-cornwall.md")));
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("error PS0115:", second.Error);
    }

    [Fact]
    public async Task New_with_a_malformed_date_exits_2_and_writes_nothing()
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_work.FullName, "new", "Title", "--date", "11/06/2021");

        Assert.Equal(2, code);
        Assert.Contains("11/06/2021", stderr);
        Assert.False(Directory.Exists(Path.Combine(_work.FullName, "input")));
    }
}
