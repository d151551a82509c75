using System.Collections.Immutable;
using Markdig.Extensions.Yaml;
using PartnershipSite.Caching;
using PartnershipSite.Configuration;
using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Engine;
using PartnershipSite.Markup;

namespace PartnershipSite.Steps;

/// <summary>
/// Validates each release's YAML front matter into <see cref="ReleaseMetadata"/>, reporting every problem at its
/// line and column. Releases with errors and drafts are left out of the site.
/// </summary>
internal sealed class ParseFrontMatter : IStep
{
    /// <inheritdoc />
    public IReadOnlySet<Facet> Needs { get; } = Facets.Of(Facet.Config, Facet.Parsed);

    /// <inheritdoc />
    public IReadOnlySet<Facet> Provides { get; } = Facets.Of(Facet.Releases);

    /// <summary>The fields a release's front matter may have.</summary>
    public static readonly ImmutableArray<string> KnownFields =
        ["title", "summary", "date", "publish_at", "updated", "withdrawn", "redirect_from", "type", "from", "topics", "contact", "lang", "slug", "layout", "draft"];

    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var releases = state.Parsed
            .Select(p => context.Memo(nameof(ParseFrontMatter), (new Identity(p), config), bag => Read(p, config, bag)))
            .OfType<Release>()
            .OrderByDescending(r => r.Metadata.Published)
            .ThenBy(r => r.Metadata.Slug, StringComparer.Ordinal);
        return ValueTask.FromResult(state with { Releases = [.. releases] });
    }

    private static Release? Read(ParsedSource parsed, SiteConfig config, DiagnosticBag diagnostics)
    {
        var source = parsed.Source;
        var whole = new SourceLocation(source.DisplayPath, 1, 1);
        if (parsed.Markdown.Count == 0 || parsed.Markdown[0] is not YamlFrontMatterBlock block)
        {
            diagnostics.Add(Codes.MissingFrontMatter, whole);
            return null;
        }
        // The YAML starts on the line after the opening '---' (Markdig lines are 0-based).
        var lineOffset = block.Line + 1;
        var yaml = string.Join('\n', SourceLines.Of(block));
        var errorCount = CountErrors(diagnostics);
        if (YamlFields.Parse(yaml, whole, lineOffset, diagnostics, Codes.MalformedYaml) is not { } map)
        {
            return null;
        }
        var fields = new YamlFields(map, source.DisplayPath, lineOffset, diagnostics, whole);
        fields.ReportUnknownKeys(Codes.UnknownField, KnownFields);

        var title = fields.RequiredString("title", Codes.MissingField);
        var summary = fields.RequiredString("summary", Codes.MissingField);
        // An embargoed release is dated by its embargo unless 'date' says otherwise.
        var publishAt = fields.Instant("publish_at");
        var published = fields.Date("date", required: publishAt is null && fields.Node("publish_at") is null) ?? publishAt;
        var type = fields.RequiredString("type", Codes.MissingField);
        if (type is not null && !SiteConfig.DocumentTypes.Contains(type))
        {
            diagnostics.Add(Codes.UnknownType, fields.At(fields.Node("type")!), type, string.Join(", ", SiteConfig.DocumentTypes));
        }
        var from = fields.Mapping("from");
        if (from is null && fields.Node("from") is null)
        {
            diagnostics.Add(Codes.MissingField, fields.AtKey("from"), "from");
        }
        from?.ReportUnknownKeys(Codes.UnknownField, ["organisations", "people"]);
        var organisations = from?.StringList("organisations") ?? [];
        if (from is not null && organisations.IsEmpty)
        {
            diagnostics.Add(Codes.MissingField, from.AtKey("organisations"), "organisations");
        }
        var updates = ReadUpdates(fields, published, diagnostics);
        // A translation's language is in its file name (slug.cy.md); 'lang' may repeat it, not contradict it.
        var translation = TranslationName.Of(source.FullPath);
        var language = translation?.Language ?? fields.OptionalString("lang") ?? config.Language;
        if (!LanguageTag.IsValid(language))
        {
            diagnostics.Add(Codes.InvalidLanguage, fields.AtKey("lang"), language);
        }
        if (translation is { } t && fields.OptionalString("lang") is { } lang && !string.Equals(lang, t.Language, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Codes.InvalidField, fields.At(fields.Node("lang")!), "lang", $"'{t.Language}', the language in the file's name, or left out");
        }
        var slug = fields.OptionalString("slug") ?? Slug.FromFileName(translation?.OriginalPath ?? source.FullPath);
        if (!Slug.IsValid(slug))
        {
            diagnostics.Add(Codes.InvalidSlug, fields.Node("slug") is { } s ? fields.At(s) : whole, slug);
        }
        var draft = fields.Boolean("draft", fallback: false);
        var withdrawn = ReadWithdrawal(fields, published, diagnostics);
        var oldPaths = ReadOldPaths(fields, diagnostics);
        var metadata = new ReleaseMetadata
        {
            Title = title ?? "",
            Summary = summary ?? "",
            Published = published ?? default,
            Updates = updates,
            Type = type ?? "",
            Organisations = organisations,
            OrganisationLocations = from?.StringListLocations("organisations") ?? [],
            People = from?.StringList("people") ?? [],
            Topics = fields.StringList("topics"),
            TopicLocations = fields.StringListLocations("topics"),
            Contact = fields.OptionalString("contact"),
            Language = language,
            TranslationOf = translation?.OriginalPath,
            Slug = slug,
            Layout = fields.OptionalString("layout") ?? "release",
            PublishAt = publishAt,
            Withdrawn = withdrawn,
            RedirectFrom = oldPaths,
        };
        var valid = CountErrors(diagnostics) == errorCount;
        return valid && !draft ? new Release(source, parsed.Markdown, metadata) { LayoutLocation = fields.AtKey("layout") } : null;
    }

    private static ImmutableArray<ChangeNote> ReadUpdates(YamlFields fields, DateTimeOffset? published, DiagnosticBag diagnostics)
    {
        var notes = ImmutableArray.CreateBuilder<ChangeNote>();
        foreach (var entry in fields.MappingList("updated"))
        {
            entry.ReportUnknownKeys(Codes.UnknownField, ["date", "note", "minor"]);
            var date = entry.Date("date", required: true);
            var note = entry.RequiredString("note", Codes.MissingField);
            // GOV.UK's minor change (a typo fixed): the text changes, but not "Last updated", the feeds' updated
            // times or the published-dates history, so subscribers are not told of it.
            var minor = entry.Boolean("minor", fallback: false);
            if (date is { } d && published is { } p && d < p)
            {
                diagnostics.Add(Codes.UpdateBeforePublication, entry.AtKey("date"), IsoDate.Display(d), IsoDate.Display(p));
            }
            if (date is { } ok && note is not null && !minor)
            {
                notes.Add(new ChangeNote(ok, note));
            }
        }
        return [.. notes.OrderBy(n => n.Date)];
    }

    private static Withdrawal? ReadWithdrawal(YamlFields fields, DateTimeOffset? published, DiagnosticBag diagnostics)
    {
        if (fields.Node("withdrawn") is null)
        {
            return null;
        }
        if (fields.Mapping("withdrawn") is not { } withdrawn)
        {
            diagnostics.Add(Codes.InvalidField, fields.AtKey("withdrawn"), "withdrawn", "'date:' and 'note:' fields");
            return null;
        }
        withdrawn.ReportUnknownKeys(Codes.UnknownField, ["date", "note"]);
        var date = withdrawn.Date("date", required: true);
        var note = withdrawn.RequiredString("note", Codes.MissingField);
        if (date is { } d && published is { } p && d < p)
        {
            diagnostics.Add(Codes.UpdateBeforePublication, withdrawn.AtKey("date"), IsoDate.Display(d), IsoDate.Display(p));
        }
        return date is { } ok && note is not null ? new Withdrawal(ok, note) : null;
    }

    private static ImmutableArray<OldPath> ReadOldPaths(YamlFields fields, DiagnosticBag diagnostics)
    {
        var paths = ImmutableArray.CreateBuilder<OldPath>();
        foreach (var (path, at) in fields.StringList("redirect_from").Zip(fields.StringListLocations("redirect_from")))
        {
            if (OldPaths.Normalise(path) is { } normal)
            {
                paths.Add(new OldPath(normal, at));
            }
            else
            {
                diagnostics.Add(Codes.InvalidOldPath, at, path);
            }
        }
        return paths.ToImmutable();
    }

    private static int CountErrors(DiagnosticBag diagnostics) => diagnostics.ErrorCount;
}
