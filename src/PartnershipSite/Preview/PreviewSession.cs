using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnershipSite.Build;
using PartnershipSite.Caching;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Steps;
using PartnershipSite.Templates;

namespace PartnershipSite.Cli.Preview;

/// <summary>
/// One <c>serve</c> run: Kestrel on loopback serving the site from memory, a watcher on input/, the theme and
/// netlify.toml, and a rebuild loop that writes changed files, swaps the served site and tells open tabs to reload.
/// </summary>
internal sealed class PreviewSession(ServeOptions options, TextWriter log, TimeProvider clock) : IAsyncDisposable
{
    private readonly ReloadSignal _signal = new();
    private readonly CspReports _reports = new(log);
    private readonly CancellationTokenSource _stopping = new();
    // Incremental: the cache lets a rebuild redo only the releases (and theme) that changed.
    private readonly SiteBuilder _builder = new(new PhysicalFileSystem(), clock, [.. Pipeline.WithoutPublishing, new WriteChangedFiles()], new BuildCache());
    private SiteWatcher? _watcher;
    private RebuildLoop? _loop;
    private Task _loopTask = Task.CompletedTask;
    private WebApplication? _app;
    private BuildOptions? _buildOptions;
    private volatile PreviewSite _site = PreviewSite.Empty;
    private volatile NetlifyRules _rules = NetlifyRules.None;

    /// <summary>The address the server listens on, once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>The CSP violations browsers have reported.</summary>
    public IReadOnlyList<string> CspViolations => _reports.Violations;

    /// <summary>The number of the latest build (0 before the first).</summary>
    public long Build => _signal.Build;

    /// <summary>Completes when a build newer than <paramref name="seen"/> has been published: for tests and benchmarks.</summary>
    public Task WaitForBuildAfterAsync(long seen, CancellationToken cancellationToken) => _signal.WaitForNewerAsync(seen, cancellationToken);

    /// <summary>Starts the server, builds the site once, then watches for changes. Returns the address served.</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Host, options.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        var requests = new PreviewRequests(() => _site, () => _rules, _signal, _reports, _stopping.Token);
        _app.Run(requests.HandleAsync);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        Address = new Uri(_app.Urls.First().TrimEnd('/') + "/");

        _buildOptions = new BuildOptions(options.InputDirectory, options.OutputDirectory, Address, options.DisplayRoot, ShowEmbargoed: options.ShowEmbargoed,
            CacheDirectory: options.CacheDirectory);

        // Watch before the first build, so a save during it is not missed: it queues a rebuild.
        _loop = new RebuildLoop(RebuildAsync, options.Debounce);
        _watcher = new SiteWatcher(_loop.Notify);
        _watcher.WatchFolder(Path.GetFullPath(options.InputDirectory));
        _watcher.WatchFile(Path.GetFullPath(options.NetlifyToml));
        WatchTheme();
        await RebuildAsync(cancellationToken).ConfigureAwait(false);
        _loopTask = _loop.RunAsync(_stopping.Token);
        return Address;
    }

    /// <summary>Stops watching, cancels any rebuild in flight, then stops the server (closing live-reload streams).</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loopTask.ConfigureAwait(false);
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
        _stopping.Dispose();
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        LoadRules();
        var started = clock.GetTimestamp();
        BuildResult result;
        try
        {
            result = await _builder.BuildAsync(_buildOptions!, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await log.WriteLineAsync("Rebuild cancelled: a newer change came in.").ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked mid-read (an editor saving): the watcher will fire again.
            await log.WriteLineAsync($"Rebuild failed to read a file: {e.Message}").ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            // A bug in one rebuild must not stop the server: print it whole and keep serving the last good site.
            await log.WriteLineAsync($"Rebuild failed with an internal error (please report it):{Environment.NewLine}{e}").ConfigureAwait(false);
            return;
        }
        var elapsed = clock.GetElapsedTime(started);
        _site = _site.After(result, _signal.Build + 1);
        _signal.Publish();
        WatchTheme(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            await log.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
        var ms = elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        await log.WriteLineAsync(result.HasErrors
            ? $"Build {_site.Build} has errors ({ms} ms): the browser shows them until they are fixed."
            : $"Build {_site.Build} in {ms} ms: {result.Written.Length} of {result.Outputs.Length} files written to {options.OutputDirectory}.").ConfigureAwait(false);
    }

    private void WatchTheme(BuildResult? result = null)
    {
        var theme = result?.Config?.ThemeDirectory ?? Path.GetFullPath(Path.Join(options.InputDirectory, "..", "theme"));
        // The default theme is inside the program: nothing on disk to watch.
        if (!Templates.DefaultThemeFileSystem.IsDefaultTheme(theme))
        {
            _watcher?.WatchFolder(theme);
        }
    }

    private void LoadRules()
    {
        var path = options.NetlifyToml;
        if (!File.Exists(path))
        {
            _rules = NetlifyRules.None;
            return;
        }
        if (NetlifyRules.TryParse(File.ReadAllText(path), out var rules, out var error))
        {
            _rules = rules;
        }
        else
        {
            log.WriteLine($"{path}: warning: not applied, the previous rules stay in force: {error}");
        }
    }
}
