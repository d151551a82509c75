using PartnershipSite.Checks;
using PartnershipSite.Configuration;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;
using PartnershipSite.Progress;
using PartnershipSite.Steps;

namespace PartnershipSite.Build;

/// <summary>
/// Runs the build's checks over a site already published to a folder (the <c>check</c> command), reading it
/// through <see cref="IFileSystem"/>. Without Markdown sources, every problem is reported in the output files.
/// </summary>
/// <param name="fileSystem">Where the folder is read.</param>
/// <param name="clock">The clock for the external-link cache.</param>
/// <param name="progress">Told as pages and PDFs are checked; null when nobody watches.</param>
public sealed class FolderChecker(IFileSystem fileSystem, TimeProvider clock, IProgress<BuildProgress>? progress = null)
{
    /// <summary>The base URL used when neither <c>site.yml</c> nor the caller gives one.</summary>
    public static readonly Uri FallbackBaseUrl = new("https://localhost/");

    /// <summary>Checks <see cref="FolderCheckOptions.Folder"/>.</summary>
    public async Task<CheckResult> CheckAsync(FolderCheckOptions options, CancellationToken cancellationToken)
    {
        var input = options.InputDirectory ?? "input";
        var context = new BuildContext(
            new BuildOptions(input, options.Folder, options.BaseUrl, options.DisplayRoot, options.Parallelism, options.CheckExternal, options.WarningsAsErrors),
            fileSystem, clock);
        var folder = context.Options.OutputDirectory;
        if (!context.FileSystem.DirectoryExists(folder))
        {
            context.Diagnostics.Add(Codes.FolderMissing, new SourceLocation(context.DisplayPath(folder)), context.DisplayPath(folder));
            return new CheckResult(context.Diagnostics.ToSortedArray(), [], 0);
        }
        var settings = CheckSettings.Default;
        var baseUrl = options.BaseUrl ?? FallbackBaseUrl;
        if (context.FileSystem.FileExists(Path.Join(context.Options.InputDirectory, "site.yml")))
        {
            var state = await new LoadSiteConfig().RunAsync(new BuildState(), context, cancellationToken).ConfigureAwait(false);
            if (state.Config is not { } config)
            {
                return new CheckResult(context.Diagnostics.ToSortedArray(), [], 0);
            }
            settings = config.Checks;
            baseUrl = config.BaseUrl;
        }
        settings = settings with { External = settings.External with { Enabled = options.CheckExternal } };
        var files = CheckInput.FromFolder(context.FileSystem, folder, baseUrl, context.Options.DisplayRoot!, WriteOutput.MarkerFile);
        var reporter = new CheckReporter(context.Diagnostics, settings);
        var watcher = new ProgressReporter(progress);
        watcher.StepStarted("CheckFolder");
        var summaries = await new SiteChecker(CheckCatalogue.WithExternalLinks(context.FileSystem, clock))
            .RunAsync(files, reporter, context.Options.Parallelism, cancellationToken, watcher).ConfigureAwait(false);
        return new CheckResult(context.Diagnostics.ToSortedArray(), summaries, files.Files.Length);
    }
}
