using System.Net;
using PartnershipSite.Cli.Preview;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// A real site on disk (the repository's theme, site.yml and netlify.toml, plus one release) served by an
/// in-process preview session on 127.0.0.1 with a random port.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    /// <summary>The release every served site starts with.</summary>
    public const string ReleaseName = "2021-06-10-first";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("partnershipsite-serve-");
    private readonly StringWriter _log = new();
    private PreviewSession? _session;

    /// <summary>The site's folder.</summary>
    public string Root => _root.FullName;

    /// <summary>What the session printed.</summary>
    public string Log => _log.ToString();

    /// <summary>The session under test.</summary>
    internal PreviewSession Session => _session!;

    /// <summary>A client for the served site.</summary>
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    /// <summary>Writes the site and starts serving it.</summary>
    public static async Task<ServedSite> StartAsync(string title = "First release")
    {
        var site = new ServedSite();
        site.CopyFromRepository("theme");
        File.Copy(RealFiles.PathOf("input/site.yml"), site.PathOf("input/site.yml"), overwrite: true);
        File.Copy(RealFiles.PathOf("netlify.toml"), site.PathOf("netlify.toml"));
        site.WriteRelease(title);
        var options = new ServeOptions(site.PathOf("input"), site.PathOf("output.preview"), IPAddress.Loopback, 0,
            site.PathOf("netlify.toml"), site.Root, TimeSpan.FromMilliseconds(25));
        site._session = new PreviewSession(options, TextWriter.Synchronized(site._log), TimeProvider.System);
        site.Http.BaseAddress = await site._session.StartAsync(TestContext.Current.CancellationToken);
        return site;
    }

    /// <summary>The absolute path of a file in the site.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes the release's file with <paramref name="title"/> (and <paramref name="date"/> as given).</summary>
    public void WriteRelease(string title, string date = "2021-06-10")
    {
        var text = TestSite.Release(ReleaseName, title, date).Split("--\n", 2)[1];
        Directory.CreateDirectory(PathOf("input/releases"));
        File.WriteAllText(PathOf($"input/releases/{ReleaseName}.md"), text);
    }

    /// <summary>Runs <paramref name="edit"/> and waits (at most 20 s) for the rebuild it causes to be published.</summary>
    public async Task EditAndWaitAsync(Action edit)
    {
        var before = Session.Build;
        edit();
        await Session.WaitForBuildAfterAsync(before, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
    }

    /// <summary>GETs a path and returns the response and its body.</summary>
    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Stops the session (if still running) and deletes the folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        _root.Delete(recursive: true);
    }

    /// <summary>Stops the session: server, watchers and rebuild loop.</summary>
    public async Task StopAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            _session = null;
        }
    }

    private void CopyFromRepository(string folder)
    {
        var from = RealFiles.PathOf(folder);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = PathOf(Path.Combine(folder, Path.GetRelativePath(from, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        Directory.CreateDirectory(PathOf("input"));
    }
}
