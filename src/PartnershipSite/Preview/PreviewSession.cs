using System.Collections.Frozen;
using System.Collections.Immutable;
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
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly TimeProvider _clock;
    private readonly ReloadSignal _signal = new();
    private readonly CspReports _reports;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SiteBuilder _builder;
    private SiteWatcher? _watcher;
    private RebuildLoop? _loop;
    private Task _loopTask = Task.CompletedTask;
    private WebApplication? _app;
    private BuildOptions? _buildOptions;
    private volatile PreviewSite _site = PreviewSite.Empty;
    private volatile NetlifyRules _rules = NetlifyRules.None;
    // When the rebuild in flight started, and whether it has served its files yet (they are served before the checks).
    private long _started;
    private bool _served;
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the session; nothing runs until <see cref="StartAsync"/>.</summary>
    public PreviewSession(ServeOptions options, TextWriter log, TimeProvider clock)
    {
        _options = options;
        _log = log;
        _clock = clock;
        _reports = new(log);
        // Incremental: the cache lets a rebuild redo only the releases (and theme) that changed.
        _builder = new(new PhysicalFileSystem(), clock, Pipeline.Preview(new WriteChangedFiles(Serve)), new BuildCache());
    }

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
            kestrel.Listen(_options.Host, _options.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        var requests = new PreviewRequests(() => _site, () => _rules, _signal, _reports, _stopping.Token);
        _app.Run(requests.HandleAsync);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        Address = new Uri(_app.Urls.First().TrimEnd('/') + "/");

        _buildOptions = new BuildOptions(_options.InputDirectory, _options.OutputDirectory, Address, _options.DisplayRoot, ShowEmbargoed: _options.ShowEmbargoed,
            CacheDirectory: _options.CacheDirectory);

        // Watch before the first build, so a save during it is not missed: it queues a rebuild.
        _loop = new RebuildLoop(RebuildAsync, _options.Debounce);
        _watcher = new SiteWatcher(_loop.Notify);
        _watcher.WatchFolder(Path.GetFullPath(_options.InputDirectory));
        _watcher.WatchFile(Path.GetFullPath(_options.NetlifyToml));
        WatchTheme();
        // The first build is the loop's first rebuild, so a save during its checks supersedes them like any other;
        // the site is served as soon as its files are written (or its errors are known).
        _loop.Notify(Path.GetFullPath(_options.InputDirectory));
        _loopTask = _loop.RunAsync(_stopping.Token);
        await _firstBuild.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
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
        try
        {
            await BuildAndServeAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _firstBuild.TrySetResult();
        }
    }

    private async Task BuildAndServeAsync(CancellationToken cancellationToken)
    {
        LoadRules();
        _started = _clock.GetTimestamp();
        _served = false;
        BuildResult result;
        try
        {
            result = await _builder.BuildAsync(_buildOptions!, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _log.WriteLineAsync("Rebuild cancelled: a newer change came in.").ConfigureAwait(false);
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked mid-read (an editor saving): the watcher will fire again.
            await _log.WriteLineAsync($"Rebuild failed to read a file: {e.Message}").ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            // A bug in one rebuild must not stop the server: print it whole and keep serving the last good site.
            await _log.WriteLineAsync($"Rebuild failed with an internal error (please report it):{Environment.NewLine}{e}").ConfigureAwait(false);
            return;
        }
        var ms = Milliseconds(_clock.GetElapsedTime(_started));
        if (!_served || result.HasErrors)
        {
            // Not served yet (an error before the write), or the checks found an error: the error page, reloaded.
            _site = _site.After(result, _signal.Build + 1);
            _signal.Publish();
        }
        else
        {
            _site = _site with { Diagnostics = result.Diagnostics };
        }
        WatchTheme(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            await _log.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
        await _log.WriteLineAsync(result.HasErrors
            ? $"Build {_site.Build} has errors ({ms} ms): the browser shows them until they are fixed."
            : $"Build {_site.Build} checked in {ms} ms.").ConfigureAwait(false);
    }

    // Called by WriteChangedFiles, before the checks: the new files are served and open tabs reload.
    private void Serve(ImmutableArray<OutputFile> outputs, ImmutableArray<string> written)
    {
        _site = new PreviewSite(outputs.ToFrozenDictionary(o => o.Path, StringComparer.Ordinal), [], _signal.Build + 1);
        _served = true;
        _log.WriteLine($"Build {_site.Build} in {Milliseconds(_clock.GetElapsedTime(_started))} ms: {written.Length} of {outputs.Length} files written to {_options.OutputDirectory}; checking the site.");
        _signal.Publish();
        _firstBuild.TrySetResult();
    }

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);

    private void WatchTheme(BuildResult? result = null)
    {
        var theme = result?.Config?.ThemeDirectory ?? Path.GetFullPath(Path.Join(_options.InputDirectory, "..", "theme"));
        // The default theme is inside the program: nothing on disk to watch.
        if (!Templates.DefaultThemeFileSystem.IsDefaultTheme(theme))
        {
            _watcher?.WatchFolder(theme);
        }
    }

    private void LoadRules()
    {
        var path = _options.NetlifyToml;
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
            _log.WriteLine($"{path}: warning: not applied, the previous rules stay in force: {error}");
        }
    }
}
