using System.Diagnostics;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Cli;

/// <summary>
/// <c>scripts/netlify-build</c> keeps the build cache between deploys: run in a copy of the repository, with a stand-in
/// <c>dotnet</c> that records what cache it found and adds an entry, as a build would.
/// </summary>
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("netlify-build-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Repo => Path.Join(_root.FullName, "repo");

    // Where Netlify's build image keeps its cache folder: $NETLIFY_BUILD_BASE/cache.
    private string Base => Path.Join(_root.FullName, "opt-build");

    private string Store => Path.Join(Base, "cache", "partnershipsite");

    // A dotnet that says the pinned SDK is there and, for `run`, writes the entry list it saw and adds one entry.
    private void Prepare()
    {
        Directory.CreateDirectory(Path.Join(Repo, "scripts"));
        File.Copy(RealFiles.PathOf("scripts/netlify-build"), Path.Join(Repo, "scripts", "netlify-build"));
        File.Copy(RealFiles.PathOf("global.json"), Path.Join(Repo, "global.json"));
        var bin = Directory.CreateDirectory(Path.Join(_root.FullName, "bin")).FullName;
        var sdk = File.ReadAllText(RealFiles.PathOf("global.json")).Split('"').SkipWhile(s => s != "version").Skip(2).First();
        File.WriteAllText(Path.Join(bin, "dotnet"), $$"""
            #!/usr/bin/env bash
            if [ "$1" = --list-sdks ]; then echo "{{sdk}} [/usr/share/dotnet/sdk]"; exit 0; fi
            mkdir -p .cache/partnershipsite/units
            ls .cache/partnershipsite/units > seen.txt
            touch ".cache/partnershipsite/units/build-$(ls .cache/partnershipsite/units | wc -l)"
            exit ${FAIL:-0}
            """.Replace("\r", ""));
        // The script runs on Netlify's Linux image; on Windows there is no bash to run it, and no mode to set.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Join(bin, "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private int Run(bool fail = false)
    {
        var start = new ProcessStartInfo("bash", [Path.Join(Repo, "scripts", "netlify-build")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = Path.Join(_root.FullName, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["NETLIFY_BUILD_BASE"] = Base;
        start.Environment.Remove("PARTNERSHIPSITE_CACHE_STORE");
        start.Environment["FAIL"] = fail ? "1" : "0";
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    [Fact]
    public void The_cache_is_saved_after_a_deploy_and_restored_before_the_next_even_after_a_failed_build()
    {
        Prepare();

        Assert.Equal(0, Run());
        Assert.Equal("", File.ReadAllText(Path.Join(Repo, "seen.txt")).Trim());
        Assert.True(File.Exists(Path.Join(Store, "units", "build-0")));
        Assert.False(Directory.Exists(Path.Join(Repo, ".cache", "partnershipsite")));

        // A fresh checkout for the next deploy: only Netlify's cache folder survives.
        Assert.NotEqual(0, Run(fail: true));
        Assert.Equal("build-0", File.ReadAllText(Path.Join(Repo, "seen.txt")).Trim());

        Assert.Equal(0, Run());
        Assert.Equal(["build-0", "build-1"], File.ReadAllText(Path.Join(Repo, "seen.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(File.Exists(Path.Join(Store, "units", "build-2")));
    }
}
