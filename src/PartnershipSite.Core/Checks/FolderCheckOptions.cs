namespace PartnershipSite.Checks;

/// <summary>What the <c>check</c> command was asked to do.</summary>
/// <param name="Folder">The published site to check.</param>
/// <param name="InputDirectory">The site's input folder: its <c>site.yml</c> gives the base URL and the <c>checks:</c> settings, when it exists.</param>
/// <param name="BaseUrl">The URL the folder is served from; overrides <c>site.yml</c>.</param>
/// <param name="DisplayRoot">Diagnostics show paths relative to this folder.</param>
/// <param name="CheckExternal">Request external links over the network.</param>
/// <param name="WarningsAsErrors">Report every warning as an error.</param>
/// <param name="Parallelism">How many pages are checked at once (0: one per processor).</param>
public sealed record FolderCheckOptions(
    string Folder,
    string? InputDirectory = null,
    Uri? BaseUrl = null,
    string DisplayRoot = ".",
    bool CheckExternal = false,
    bool WarningsAsErrors = false,
    int Parallelism = 0);
