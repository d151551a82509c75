// Benchmark, not a test: the time from saving a release to its page being on disk, for `serve` and (when it is
// installed) `hugo server --renderToDisk`, on the same synthetic corpus, in the same run.
//
//   dotnet build -c Release src/PartnershipSite && dotnet run bench/EditToPage.cs -- 1000 10000
//
// Each edit rewrites one release's title with a fresh marker; the clock stops when the page file on disk holds it.
#:property TreatWarningsAsErrors=false
#:property AnalysisLevel=none
using System.Diagnostics;
using System.Globalization;
using System.Text;

var repo = FindRepository();
var cli = Path.Combine(repo, "src/PartnershipSite/bin/Release/net10.0/PartnershipSite.dll");
if (!File.Exists(cli))
{
    Console.Error.WriteLine($"Build the CLI first: dotnet build -c Release src/PartnershipSite ({cli} is missing).");
    return 2;
}
var sizes = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).DefaultIfEmpty(1000).ToList();
const int Edits = 15;
var hugo = OnPath("hugo");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"hugo: {(hugo is null ? "not installed" : Run(hugo, "version"))}");
Console.WriteLine("| tool | releases | first build (s) | edit → page on disk, median (ms) | p90 (ms) | min (ms) | max (ms) |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var size in sizes)
{
    var root = Path.Combine(Path.GetTempPath(), $"partnershipsite-bench-{size}");
    Generate(root, size, repo);
    var release = Path.Combine(root, "input/releases", ReleaseFile(size / 2));
    Measure("PartnershipSite serve", size, root, "dotnet", [cli, "serve", "--port", "0"], "Serving at",
        release, Path.Combine(root, "output.preview/releases", Slug(size / 2), "index.html"));
    if (hugo is not null)
    {
        var hugoRoot = Path.Combine(root, "hugo");
        Measure("hugo server --renderToDisk", size, hugoRoot, hugo,
            ["server", "--renderToDisk", "--disableFastRender", "--bind", "127.0.0.1", "--port", FreePort().ToString(CultureInfo.InvariantCulture), "-d", Path.Combine(hugoRoot, "public")],
            "Web Server is available", Path.Combine(hugoRoot, "content/releases", ReleaseFile(size / 2)),
            Path.Combine(hugoRoot, "public/releases", Slug(size / 2), "index.html"));
    }
}
return 0;

static void Measure(string tool, int size, string workingDirectory, string program, string[] arguments, string ready, string release, string page)
{
    var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }
    var started = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var isReady = new TaskCompletionSource();
    process.OutputDataReceived += (_, e) => { if (e.Data?.Contains(ready, StringComparison.Ordinal) == true) isReady.TrySetResult(); };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    try
    {
        if (!isReady.Task.Wait(TimeSpan.FromMinutes(10)) || !File.Exists(page))
        {
            Console.WriteLine($"| {tool} | {size} | did not start | | | | |");
            return;
        }
        var firstBuild = started.Elapsed.TotalSeconds;
        Thread.Sleep(1000);
        var original = File.ReadAllText(release);
        var times = new List<double>();
        for (var i = 0; i < Edits; i++)
        {
            var marker = $"Edited {i} {Guid.NewGuid():N}";
            var text = original.Replace("title: Release number", $"title: {marker} Release number", StringComparison.Ordinal);
            var clock = Stopwatch.StartNew();
            File.WriteAllText(release, text);
            while (!Contains(page, marker))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    break;
                }
                Thread.Sleep(1);
            }
            times.Add(clock.Elapsed.TotalMilliseconds);
            Thread.Sleep(500);
        }
        File.WriteAllText(release, original);
        times.Sort();
        string Ms(double v) => v.ToString("F0", CultureInfo.InvariantCulture);
        Console.WriteLine($"| {tool} | {size} | {firstBuild.ToString("F1", CultureInfo.InvariantCulture)} | {Ms(times[times.Count / 2])} | {Ms(times[(int)(times.Count * 0.9)])} | {Ms(times[0])} | {Ms(times[^1])} |");
    }
    finally
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}

static bool Contains(string path, string marker)
{
    try
    {
        return File.Exists(path) && File.ReadAllText(path).Contains(marker, StringComparison.Ordinal);
    }
    catch (IOException)
    {
        return false; // being written
    }
}

static string ReleaseFile(int i) => $"{Date(i)}-release-{i}.md";

static string Slug(int i) => $"release-{i}";

static string Date(int i) => $"20{10 + i % 15:00}-{1 + i % 12:00}-{1 + i % 28:00}";

// The same corpus twice: for PartnershipSite (input/, theme/) and for Hugo (hugo/content, minimal layouts).
static void Generate(string root, int size, string repo)
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
    CopyFolder(Path.Combine(repo, "theme"), Path.Combine(root, "theme"));
    Directory.CreateDirectory(Path.Combine(root, "input/releases"));
    File.Copy(Path.Combine(repo, "input/site.yml"), Path.Combine(root, "input/site.yml"));
    File.Copy(Path.Combine(repo, "netlify.toml"), Path.Combine(root, "netlify.toml"));
    var body = Body(Directory.GetFiles(Path.Combine(repo, "input/releases"), "*.md").Order(StringComparer.Ordinal).First());
    var hugo = Path.Combine(root, "hugo");
    Directory.CreateDirectory(Path.Combine(hugo, "content/releases"));
    Directory.CreateDirectory(Path.Combine(hugo, "layouts/_default"));
    File.WriteAllText(Path.Combine(hugo, "hugo.toml"), "baseURL = 'https://example.gov.uk/'\nlanguageCode = 'en-GB'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n");
    File.WriteAllText(Path.Combine(hugo, "layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
    File.WriteAllText(Path.Combine(hugo, "layouts/_default/single.html"), "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p><time datetime=\"{{ .Date.Format \"2006-01-02\" }}\">{{ .Date.Format \"2 January 2006\" }}</time>{{ .Content }}</article>{{ end }}\n");
    File.WriteAllText(Path.Combine(hugo, "layouts/_default/list.html"), "{{ define \"main\" }}<ol>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ol>{{ end }}\n");
    File.WriteAllText(Path.Combine(hugo, "layouts/index.html"), "{{ define \"main\" }}<ol>{{ range site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ol>{{ end }}\n");
    for (var i = 0; i < size; i++)
    {
        var front = $"---\ntitle: Release number {i}\nsummary: Summary of release {i}.\ndate: {Date(i)}\ntype: Press release\nfrom:\n  organisations:\n    - Department for Testing\n---\n\n";
        File.WriteAllText(Path.Combine(root, "input/releases", ReleaseFile(i)), front + body);
        var hugoFront = $"---\ntitle: Release number {i}\nsummary: Summary of release {i}.\ndate: {Date(i)}\nslug: {Slug(i)}\n---\n\n";
        File.WriteAllText(Path.Combine(hugo, "content/releases", ReleaseFile(i)), hugoFront + body);
    }
}

// The real release's body, without the ^^^ quote figures (Markdig's syntax, not Hugo's) and reference links.
static string Body(string path)
{
    var text = File.ReadAllText(path);
    var body = text[(text.IndexOf("\n---", 4, StringComparison.Ordinal) + 4)..];
    return string.Join('\n', body.Split('\n').Where(l => !l.StartsWith("^^^", StringComparison.Ordinal) && !l.StartsWith('[') && !l.StartsWith("*[", StringComparison.Ordinal))) + "\n";
}

static void CopyFolder(string from, string to)
{
    foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}

static string FindRepository()
{
    for (var dir = Environment.CurrentDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
    {
        if (File.Exists(Path.Combine(dir, "PartnershipSite.sln")))
        {
            return dir;
        }
    }
    throw new InvalidOperationException("Run from inside the repository.");
}

static string? OnPath(string name) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

static string Run(string program, string arguments)
{
    using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
    var output = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return output;
}

static int FreePort()
{
    var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}
