using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using PartnershipSite.Build;
using PartnershipSite.Cli.Preview;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.IO;

namespace PartnershipSite.Fuzz;

/// <summary>
/// Builds one case in memory and checks every promise the README makes about bad input: the build either
/// publishes or returns errors located at path(line,col), never throws, never takes more than
/// <see cref="Timeout"/>, writes nothing outside the output folder, leaves the previous output untouched when it
/// fails and publishes no file from outside the input; the preview server answers every request path without throwing.
/// </summary>
public sealed class Oracle
{
    /// <summary>The longest a small site may take to build: more is a hang.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Codes whose subject is a folder or a missing file, not a place in a file: they carry a path but no line.</summary>
    private static readonly FrozenSet<string> FolderCodes = new[] { "PS0001", "PS0002", "PS0004", "PS0006", "PS0203", "PS0205", "PS0503", "PS0901" }.ToFrozenSet(StringComparer.Ordinal);

    private const string Root = "/site";
    private const string Output = Root + "/output";
    private const string SecretPath = Root + "/private/assets/secret.txt";
    private static readonly byte[] Secret = "FUZZ-SECRET-9f2c4e1b"u8.ToArray();

    private readonly ImmutableArray<(string Path, byte[] Bytes)> _themeFiles;
    private readonly NetlifyRules _rules;
    private readonly Lazy<ImmutableArray<(string Path, byte[] Bytes)>> _previousOutput;

    /// <summary>Reads the theme's assets and fonts and netlify.toml from the repository once.</summary>
    public Oracle()
    {
        var theme = Path.Combine(Corpus.RepositoryRoot, "theme");
        _themeFiles = [.. Directory.GetFiles(theme, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "layouts" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => ("theme/" + Path.GetRelativePath(theme, f).Replace('\\', '/'), File.ReadAllBytes(f)))];
        if (!NetlifyRules.TryParse(File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "netlify.toml")), out _rules, out var error))
        {
            throw new InvalidOperationException("netlify.toml: " + error);
        }
        _previousOutput = new(BuildPrevious);
    }

    /// <summary>How the last <see cref="Check"/> ended: true when the build published.</summary>
    public bool LastPublished { get; private set; }

    /// <summary>What the last build did, coarsely: published or not, and the distinct codes it reported.</summary>
    public string Behaviour { get; private set; } = "";

    /// <summary>Builds the case and returns the first broken promise, or null when every one held.</summary>
    public Finding? Check(FuzzCase input)
    {
        var fs = FileSystemFor(input, withPrevious: true);
        var before = Snapshot(fs);
        BuildResult result;
        // A hang is measured in CPU time, so a machine shared with other work does not make a slow build a hang;
        // the wall-clock wait is a backstop for a build that blocks without computing.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var build = Task.Run(() => new SiteBuilder(fs, Clock(), Pipeline.Default)
            .BuildAsync(new BuildOptions("input", "output", null, Root, MaxDegreeOfParallelism: 1)));
        try
        {
            var deadline = Stopwatch.StartNew();
            while (!build.Wait(TimeSpan.FromMilliseconds(250)))
            {
                var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                if (spent > Timeout || deadline.Elapsed > 6 * Timeout)
                {
                    return new Finding("hang: build", $"the build did not finish within {Timeout.TotalSeconds:0} s of CPU time");
                }
            }
            result = build.Result;
        }
        catch (AggregateException e)
        {
            return Crash("build", e.Flatten().InnerExceptions[0]);
        }
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (used > Timeout)
        {
            return new Finding("hang: build", $"the build took {used.TotalSeconds:0.0} s of CPU time");
        }
        LastPublished = result.Succeeded;
        Behaviour = (result.Succeeded ? "published " : "failed ") + string.Join(' ', result.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        return CheckDiagnostics(result) ?? CheckFiles(fs, before, result) ?? CheckPreview(input, result);
    }

    /// <summary>The case's files in a fresh in-memory file system below <c>/site</c>, with the real theme's assets and fonts.</summary>
    internal InMemoryFileSystem FileSystemFor(FuzzCase input, bool withPrevious)
    {
        var fs = new InMemoryFileSystem(Root);
        foreach (var (path, bytes) in _themeFiles)
        {
            fs.WriteAllBytes(Root + "/" + path, bytes);
        }
        foreach (var (path, text) in input.Files)
        {
            fs.WriteAllBytes(Root + "/" + path, Encoding.UTF8.GetBytes(text));
        }
        // A file beside the site that must never be published, whatever path settings the case has.
        fs.WriteAllBytes(SecretPath, Secret);
        if (withPrevious)
        {
            foreach (var (path, bytes) in _previousOutput.Value)
            {
                fs.WriteAllBytes(path, bytes);
            }
        }
        return fs;
    }

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static Finding? CheckDiagnostics(BuildResult result)
    {
        if (!result.Succeeded && !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new Finding("unexplained failure", "the build failed without an error");
        }
        foreach (var d in result.Diagnostics)
        {
            var located = d.Location.Path.Length > 0 && (FolderCodes.Contains(d.Code) || (d.Location.Line > 0 && d.Location.Column > 0));
            if (!located)
            {
                return new Finding($"unlocated diagnostic: {d.Code}", d.ToString());
            }
            if (d.Message.Contains("   at ", StringComparison.Ordinal) || d.Message.Contains("Exception", StringComparison.Ordinal))
            {
                return new Finding($"stack trace in diagnostic: {d.Code}", d.ToString());
            }
        }
        return null;
    }

    private Finding? CheckFiles(InMemoryFileSystem fs, ImmutableDictionary<string, byte[]> before, BuildResult result)
    {
        var after = Snapshot(fs);
        foreach (var (path, bytes) in after)
        {
            if (!IsOutput(path) && (!before.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes)))
            {
                return new Finding("write outside the output folder", $"{path} was written");
            }
            if (IsOutput(path) && bytes.AsSpan().IndexOf(Secret) >= 0)
            {
                return new Finding("leak of a file outside the input", $"{path} holds the content of {SecretPath}");
            }
        }
        foreach (var path in before.Keys.Where(p => !IsOutput(p) && !after.ContainsKey(p)))
        {
            return new Finding("deleted a file outside the output folder", $"{path} was deleted");
        }
        if (!result.Succeeded)
        {
            var previous = _previousOutput.Value;
            var now = after.Where(f => IsOutput(f.Key)).ToList();
            if (now.Count != previous.Length || previous.Any(p => !after.TryGetValue(p.Path, out var b) || !b.AsSpan().SequenceEqual(p.Bytes)))
            {
                return new Finding("failed build changed the previous output", $"{now.Count} files now, {previous.Length} before");
            }
        }
        else if (!fs.FileExists(Output + "/" + Steps.WriteOutput.MarkerFile))
        {
            return new Finding("published without marker", "the published folder has no marker file");
        }
        return null;
    }

    private Finding? CheckPreview(FuzzCase input, BuildResult result)
    {
        var site = PreviewSite.Empty.After(result, 1);
        using var stopping = new CancellationTokenSource();
        using var log = new StringWriter();
        var requests = new PreviewRequests(() => site, () => _rules, new ReloadSignal(), new CspReports(log), stopping.Token);
        foreach (var raw in input.Requests)
        {
            var http = new DefaultHttpContext();
            http.Request.Method = HttpMethods.Get;
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            var pathPart = query < 0 ? raw : raw[..query];
            try
            {
                // As Kestrel hands it over: percent-decoded (except %2F), always starting with '/'.
                http.Request.Path = PathString.FromUriComponent(pathPart.StartsWith('/') ? pathPart : "/" + pathPart);
                http.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(raw[query..]);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                continue; // Kestrel answers 400 to such a path and never hands it to the handler
            }
            if (http.Request.Path.Value == LiveReload.EventsPath)
            {
                continue; // an event stream that waits for the next build by design
            }
            http.Response.Body = new MemoryStream();
            try
            {
                var handled = requests.HandleAsync(http);
                if (!handled.Wait(Timeout))
                {
                    return new Finding("hang: preview request", $"request '{raw}' did not finish");
                }
            }
            catch (AggregateException e)
            {
                return Crash("preview request", e.Flatten().InnerExceptions[0]);
            }
            if (http.Response.StatusCode is not (200 or 301 or 302 or 303 or 307 or 308 or 404 or 500))
            {
                return new Finding($"preview status {http.Response.StatusCode}", $"request '{raw}'");
            }
        }
        return null;
    }

    private ImmutableArray<(string Path, byte[] Bytes)> BuildPrevious()
    {
        // The real site, built once: every case starts with it published, as a failed edit would find it.
        var fs = FileSystemFor(Corpus.RealSite(), withPrevious: false);
        var result = new SiteBuilder(fs, Clock(), Pipeline.Default)
            .BuildAsync(new BuildOptions("input", "output", null, Root, MaxDegreeOfParallelism: 1)).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the real site does not build: " + string.Join("\n", result.Diagnostics));
        }
        return [.. fs.ListFiles(Output, recursive: true).Select(f => (f, fs.ReadAllBytes(f)))];
    }

    private static ImmutableDictionary<string, byte[]> Snapshot(InMemoryFileSystem fs) =>
        fs.AllFiles.ToImmutableDictionary(f => f, fs.ReadAllBytes, StringComparer.Ordinal);

    private static bool IsOutput(string path) => path.StartsWith(Output + "/", StringComparison.Ordinal);

    /// <summary>An exception's class: its type and the innermost frame of this project's code that it passed.</summary>
    public static Finding Crash(string where, Exception e)
    {
        var frames = (e.StackTrace ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("at ", StringComparison.Ordinal)).ToList();
        var ours = frames.FirstOrDefault(f => f.StartsWith("at PartnershipSite.", StringComparison.Ordinal) && !f.StartsWith("at PartnershipSite.Fuzz.", StringComparison.Ordinal));
        var frame = ours ?? frames.FirstOrDefault() ?? "";
        var method = frame.Split(" in ")[0];
        return new Finding($"exception in {where}: {e.GetType().Name} {method}", $"{e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
    }
}
