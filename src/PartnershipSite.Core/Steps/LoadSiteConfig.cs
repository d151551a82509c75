using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;

namespace PartnershipSite.Steps;

/// <summary>Reads <c>input/site.yml</c> into a <see cref="SiteConfig"/>; the build stops when it cannot.</summary>
internal sealed class LoadSiteConfig : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.None;

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Config);

    private static readonly string[] KnownFields =
        ["title", "description", "base_url", "language", "languages", "publisher", "press_office", "accessible_formats", "theme", "feed_limit", "page_size", "checks", "baseline"];

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = Load(context, out var text);
        if (config is not null)
        {
            // Steps key their cached work on the configuration (ParseFrontMatter, ComposeDocuments, BuildFeeds): a
            // rebuild from the same site.yml gets the same instance, so a key holds however its collections compare
            // (a FrozenDictionary of severities is equal only to itself). Everything Load read is in the key: the
            // file's text, the options it used and what it found on disk (the theme folder it settled on).
            var read = config;
            config = context.Memo(nameof(LoadSiteConfig), (text, context.Options.InputDirectory, context.Options.BaseUrl?.AbsoluteUri, read.ThemeDirectory), _ => read);
            // Read before any page is checked, so --warnings-as-errors leaves the accepted warnings as warnings.
            // The baseline is the tool's own file, named by site.yml: the build may read it back wherever it is.
            if (Path.GetDirectoryName(config.BaselineFile) is { } baselineFolder)
            {
                context.Trust(baselineFolder);
            }
            var baseline = BaselineFile.Read(context.FileSystem, config.BaselineFile, context.DisplayPath(config.BaselineFile), context.Diagnostics);
            context.UseBaseline(baseline ?? Baseline.Empty);
        }
        return ValueTask.FromResult(config is null ? state with { Stopped = true } : state with { Config = config });
    }

    private static SiteConfig? Load(BuildContext context, out string text)
    {
        text = "";
        var fs = context.FileSystem;
        var input = context.Options.InputDirectory;
        if (!fs.DirectoryExists(input))
        {
            context.Diagnostics.Add(Codes.InputFolderMissing, new SourceLocation(context.DisplayPath(input)), context.DisplayPath(input));
            return null;
        }
        var path = Path.Join(input, "site.yml");
        if (!fs.FileExists(path))
        {
            context.Diagnostics.Add(Codes.SiteConfigMissing, new SourceLocation(context.DisplayPath(path)));
            return null;
        }
        if (context.ReadSource(path) is not { } source)
        {
            return null;
        }
        text = source.Text;
        var whole = new SourceLocation(source.DisplayPath, 1, 1);
        if (YamlFields.Parse(source.Text, whole, 0, context.Diagnostics, Codes.MalformedYaml) is not { } map)
        {
            return null;
        }
        var fields = new YamlFields(map, source.DisplayPath, 0, context.Diagnostics, whole);
        fields.ReportUnknownKeys(Codes.UnknownField, KnownFields);

        var title = fields.RequiredString("title", Codes.MissingField);
        var baseUrl = context.Options.BaseUrl?.ToString() ?? fields.RequiredString("base_url", Codes.MissingField);
        var language = fields.RequiredString("language", Codes.MissingField);
        var publisherFields = fields.Mapping("publisher");
        if (publisherFields is null && fields.Node("publisher") is null)
        {
            context.Diagnostics.Add(Codes.MissingField, fields.AtKey("publisher"), "publisher");
        }
        var publisherName = publisherFields?.RequiredString("name", Codes.MissingField);
        var publisherUrl = publisherFields?.OptionalString("url");
        var namedTheme = fields.OptionalString("theme");
        var themePath = namedTheme ?? "../theme";
        var theme = context.FileSystem.GetFullPath(Path.IsPathRooted(themePath) ? themePath : Path.Join(input, themePath));

        Uri? resolvedBase = null;
        if (baseUrl is not null)
        {
            resolvedBase = ParseBaseUrl(baseUrl);
            if (resolvedBase is null)
            {
                var at = context.Options.BaseUrl is null ? fields.At(fields.Node("base_url")!) : new SourceLocation("--base-url");
                context.Diagnostics.Add(Codes.InvalidBaseUrl, at, baseUrl);
            }
        }
        if (language is not null && !LanguageTag.IsValid(language))
        {
            context.Diagnostics.Add(Codes.InvalidLanguage, fields.At(fields.Node("language")!), language);
            language = null;
        }
        var languages = ReadLanguages(fields, language, context);
        // The theme is trusted because site.yml names it; links inside it must still stay inside it or the input.
        context.Trust(theme);
        if (!fs.DirectoryExists(theme) && namedTheme is null)
        {
            // No theme named and none beside the input: the one the program ships (Templates/DefaultTheme).
            theme = Templates.DefaultTheme.Root;
        }
        else if (!fs.DirectoryExists(theme))
        {
            context.Diagnostics.Add(Codes.ThemeFolderMissing, fields.AtKey("theme"), context.DisplayPath(theme));
            return null;
        }
        var feedLimit = fields.PositiveInt("feed_limit", 20);
        var baselinePath = fields.OptionalString("baseline") ?? BaselineFile.DefaultName;
        var pageSize = fields.PositiveInt("page_size", 20);
        var checks = CheckSettingsReader.Read(fields.Mapping("checks"), input, context.FileSystem, context.Diagnostics);
        // The link cache is the tool's own file, named by site.yml: the build may read it back.
        if (checks.External.CacheFile is { } cacheFile && Path.GetDirectoryName(cacheFile) is { } cacheFolder)
        {
            context.Trust(cacheFolder);
        }
        if (title is null || resolvedBase is null || language is null || publisherName is null)
        {
            return null;
        }
        return new SiteConfig
        {
            Title = title,
            Description = fields.OptionalString("description") ?? title,
            BaseUrl = resolvedBase,
            Language = language,
            Languages = languages,
            Publisher = new Organisation(publisherName, publisherFields!.OptionalString("abbreviation"),
                // The publisher's address is used as written: a trailing slash is only added to the site's base URL.
                publisherUrl is not null && Uri.TryCreate(publisherUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null),
            PressOfficeContact = fields.OptionalString("press_office") ?? "",
            AccessibleFormatContact = fields.OptionalString("accessible_formats") ?? "",
            ThemeDirectory = theme,
            BaselineFile = context.FileSystem.GetFullPath(Path.IsPathRooted(baselinePath) ? baselinePath : Path.Join(input, baselinePath)),
            FeedItemLimit = feedLimit,
            PageSize = pageSize,
            Checks = checks,
        };
    }

    // languages: [en-GB, cy]: the site's own language is always one, first, whether listed or not.
    private static System.Collections.Immutable.ImmutableArray<string> ReadLanguages(YamlFields fields, string? language, BuildContext context)
    {
        var listed = new List<string>();
        if (fields.Node("languages") is { } node && node is not YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            context.Diagnostics.Add(Codes.InvalidField, fields.At(node), "languages", "a list of language tags, e.g. [en-GB, cy]");
        }
        foreach (var (tag, at) in fields.StringList("languages").Zip(fields.StringListLocations("languages")))
        {
            if (!LanguageTag.IsValid(tag))
            {
                context.Diagnostics.Add(Codes.InvalidLanguage, at, tag);
            }
            else if (!listed.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                listed.Add(tag);
            }
        }
        if (language is null)
        {
            return [.. listed];
        }
        return [language, .. listed.Where(l => !string.Equals(l, language, StringComparison.OrdinalIgnoreCase))];
    }

    private static Uri? ParseBaseUrl(string text)
    {
        var withSlash = text.EndsWith('/') ? text : text + "/";
        return Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? uri
            : null;
    }
}
