using System.Collections.Immutable;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using PartnershipSite.Build;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// A small site written inline, Hugo style, as <c>-- path --</c> sections, built in memory with a fixed clock.
/// Paths are relative to <c>/site</c>; the real theme is added unless the text brings its own layouts.
/// </summary>
internal sealed class TestSite
{
    /// <summary>A minimal valid site configuration.</summary>
    public const string SiteYml = """
        -- input/site.yml --
        title: Test site
        base_url: https://example.gov.uk/
        language: en-GB
        publisher:
          name: Department for Testing
        press_office: "Press office: 020 0000 0000"
        accessible_formats: formats@example.gov.uk

        """;

    /// <summary>A valid release with every required field.</summary>
    public static string Release(string name, string title = "A release", string date = "2021-06-10", string extra = "", string body = "Body text.",
        string summary = "A summary.") => $"""
        -- input/releases/{name}.md --
        ---
        title: {title}
        summary: {summary}
        date: {date}
        type: Press release
        from:
          organisations:
            - Department for Testing
        {extra}
        ---

        {body}

        """;

    private TestSite(InMemoryFileSystem fileSystem) => FileSystem = fileSystem;

    /// <summary>The in-memory file system the site lives in.</summary>
    public InMemoryFileSystem FileSystem { get; }

    /// <summary>The clock every build uses: 1 January 2030, never moving on its own.</summary>
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Parses <c>-- path --</c> sections into a file system; adds the real theme unless <paramref name="withRealTheme"/> is false.</summary>
    public static TestSite Parse(string text, bool withRealTheme = true)
    {
        var fs = new InMemoryFileSystem("/site");
        if (withRealTheme)
        {
            RealFiles.CopyInto(fs, "theme");
        }
        string? path = null;
        var content = new StringBuilder();
        var normalised = text.ReplaceLineEndings("\n");
        foreach (var line in (normalised.EndsWith('\n') ? normalised[..^1] : normalised).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }
        Flush();
        return new TestSite(fs);

        void Flush()
        {
            if (path is not null)
            {
                fs.WriteAllText(path, content.ToString());
            }
        }
    }

    /// <summary>Builds <c>input/</c> into <c>output/</c>, with the default pipeline unless <paramref name="steps"/> are given.</summary>
    public Task<BuildResult> BuildAsync(string? baseUrl = null, int parallelism = 0, ImmutableArray<IStep>? steps = null, TimeProvider? clock = null) =>
        new SiteBuilder(FileSystem, clock ?? Clock(), steps).BuildAsync(
            new BuildOptions("input", "output", baseUrl is null ? null : new Uri(baseUrl), "/site", parallelism),
            TestContext.Current.CancellationToken);

    /// <summary>Reads a published file as text.</summary>
    public string Read(string outputPath) => Encoding.UTF8.GetString(FileSystem.ReadAllBytes("output/" + outputPath));

    /// <summary>True when the published site has that file.</summary>
    public bool Has(string outputPath) => FileSystem.FileExists("output/" + outputPath);

    /// <summary>The repository's real site: its <c>input/</c> and <c>theme/</c>, copied into memory.</summary>
    public static TestSite FromRepository()
    {
        var fs = new InMemoryFileSystem("/site");
        RealFiles.CopyInto(fs, "input");
        RealFiles.CopyInto(fs, "theme");
        return new TestSite(fs);
    }

    /// <summary>Writes the site's <c>input/</c> and <c>theme/</c> to a folder on disk, for builds on the real file system.</summary>
    public void ExportSources(string directory)
    {
        foreach (var file in FileSystem.AllFiles.Where(f => f.StartsWith("/site/input/", StringComparison.Ordinal) || f.StartsWith("/site/theme/", StringComparison.Ordinal)))
        {
            var target = Path.Join(directory, file["/site/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, FileSystem.ReadAllBytes(file));
        }
    }

    /// <summary>Copies the published site to a folder on disk, replacing what was there; returns the files' relative paths.</summary>
    public IReadOnlyList<string> ExportOutput(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
        var root = FileSystem.GetFullPath("output");
        var files = new List<string>();
        foreach (var file in FileSystem.ListFiles(root, recursive: true))
        {
            var relative = file[(root.Length + 1)..];
            var target = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, FileSystem.ReadAllBytes(file));
            files.Add(relative);
        }
        return files;
    }
}
