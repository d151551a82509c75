namespace PartnershipSite.Cli.Preview;

/// <summary>Watches folders (recursively) and single files, reporting every change to one callback.</summary>
internal sealed class SiteWatcher(Action<string> changed) : IDisposable
{
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Watches <paramref name="folder"/> and everything below it, if it exists and is not watched yet.</summary>
    public void WatchFolder(string folder) => Add(folder, folder, () => new FileSystemWatcher(folder) { IncludeSubdirectories = true });

    /// <summary>Watches one file (by watching its folder for that name only).</summary>
    public void WatchFile(string file) =>
        Add(file, Path.GetDirectoryName(file)!, () => new FileSystemWatcher(Path.GetDirectoryName(file)!, Path.GetFileName(file)));

    /// <summary>Stops watching everything.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers.Values)
            {
                watcher.Dispose();
            }
            _watchers.Clear();
        }
    }

    // A folder that does not exist (a theme not beside the input, before site.yml names it) is not watched: the
    // build reports it, and the folder the next build names is watched then.
    private void Add(string key, string folder, Func<FileSystemWatcher> create)
    {
        lock (_gate)
        {
            if (_watchers.ContainsKey(key) || !Directory.Exists(folder))
            {
                return;
            }
            var watcher = create();
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Changed += (_, e) => changed(e.FullPath);
            watcher.Created += (_, e) => changed(e.FullPath);
            watcher.Deleted += (_, e) => changed(e.FullPath);
            watcher.Renamed += (_, e) => changed(e.FullPath);
            // Too many changes at once overflows the buffer: treat it as "anything may have changed".
            watcher.Error += (_, _) => changed(key);
            watcher.EnableRaisingEvents = true;
            _watchers[key] = watcher;
        }
    }
}
