using System.Reflection;

namespace PartnershipSite.Cli.Preview;

/// <summary>The live-reload client: where it is served, and how it is added to served pages (only there).</summary>
internal static class LiveReload
{
    /// <summary>The preview server's own paths start with this; no site file can (its names are slugs).</summary>
    public const string Prefix = "/__partnershipsite/";

    /// <summary>The script's path.</summary>
    public const string ScriptPath = Prefix + "livereload.js";

    /// <summary>The Server-Sent Events stream the script listens to.</summary>
    public const string EventsPath = Prefix + "events";

    /// <summary>The script's text, embedded in the CLI assembly.</summary>
    public static string Script { get; } = ReadScript();

    /// <summary>The tag added to a served page built as <paramref name="build"/>.</summary>
    public static string Tag(long build) => $"<script src=\"{ScriptPath}?build={build}\" defer></script>";

    /// <summary>Adds the script tag before <c>&lt;/head&gt;</c> (or at the end when there is none).</summary>
    public static string Inject(string html, long build)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + Tag(build) + "\n" : html.Insert(head, Tag(build) + "\n");
    }

    private static string ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("livereload.js")
            ?? throw new InvalidOperationException("livereload.js is not embedded in the CLI assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
