using System.Net;

namespace PartnershipSite.Cli.Preview;

/// <summary>What <c>serve</c> was asked for.</summary>
/// <param name="InputDirectory">The folder holding site.yml and releases/.</param>
/// <param name="OutputDirectory">Where the preview is written (only changed files are rewritten).</param>
/// <param name="Host">The address to listen on: loopback unless the editor asks otherwise.</param>
/// <param name="Port">The port; 0 picks a free one.</param>
/// <param name="NetlifyToml">The netlify.toml whose headers and redirects the preview applies.</param>
/// <param name="DisplayRoot">Diagnostics show paths relative to this folder.</param>
/// <param name="Debounce">How long changes must be quiet before a rebuild starts.</param>
internal sealed record ServeOptions(
    string InputDirectory,
    string OutputDirectory,
    IPAddress Host,
    int Port,
    string NetlifyToml,
    string DisplayRoot,
    TimeSpan Debounce)
{
    /// <summary>Show embargoed releases, each with its banner (<c>--show-embargoed</c>); they still never reach <c>output/</c>.</summary>
    public bool ShowEmbargoed { get; init; }

    /// <summary>The persistent build cache the first build starts from (null with <c>--no-cache</c>).</summary>
    public string? CacheDirectory { get; init; }
}
