namespace PartnershipSite.Diagnostics;

/// <summary>
/// The catalogue of diagnostics. PS00xx: site set-up; PS01xx: content; PS02xx: theme and templates;
/// PS03xx: links; PS04xx: accessibility; PS05xx: PDF; PS09xx: output.
/// </summary>
public static class Codes
{
    /// <summary>The input folder is missing.</summary>
    public static readonly DiagnosticDescriptor InputFolderMissing = new("PS0001", DiagnosticSeverity.Error,
        "The input folder '{0}' does not exist.", "run from the repository root or pass --input DIR.");

    /// <summary>The site configuration file is missing.</summary>
    public static readonly DiagnosticDescriptor SiteConfigMissing = new("PS0002", DiagnosticSeverity.Error,
        "The site configuration file 'site.yml' is missing.", "create input/site.yml with title, base_url, language and publisher.");

    /// <summary>The site configuration is not valid.</summary>
    public static readonly DiagnosticDescriptor SiteConfigInvalid = new("PS0003", DiagnosticSeverity.Error,
        "{0}", "");

    /// <summary>The output folder would overwrite something that is not ours.</summary>
    public static readonly DiagnosticDescriptor UnsafeOutputFolder = new("PS0004", DiagnosticSeverity.Error,
        "Refusing to write the site to '{0}': {1}", "choose an output folder outside input/, theme/ and the repository root, e.g. --output output.");

    /// <summary>The base URL is not an absolute http(s) URL.</summary>
    public static readonly DiagnosticDescriptor InvalidBaseUrl = new("PS0005", DiagnosticSeverity.Error,
        "The base URL '{0}' is not an absolute http or https URL.", "give a URL such as https://example.gov.uk/ in site.yml or --base-url.");

    /// <summary>The theme folder is missing.</summary>
    public static readonly DiagnosticDescriptor ThemeFolderMissing = new("PS0006", DiagnosticSeverity.Error,
        "The theme folder '{0}' does not exist.", "set 'theme' in site.yml to the folder holding layouts/ and assets/.");

    /// <summary>The front matter is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor MalformedYaml = new("PS0101", DiagnosticSeverity.Error,
        "The front matter is not valid YAML: {0}", "check indentation and quote values that contain ': '.");

    /// <summary>A required front-matter field is missing or empty.</summary>
    public static readonly DiagnosticDescriptor MissingField = new("PS0102", DiagnosticSeverity.Error,
        "The front matter has no '{0}'.", "add '{0}: …' between the --- lines.");

    /// <summary>A date is not an ISO 8601 date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("PS0103", DiagnosticSeverity.Error,
        "'{0}' is not a valid date for '{1}'.", "write the date as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+01:00.");

    /// <summary>The document type is not one the site publishes.</summary>
    public static readonly DiagnosticDescriptor UnknownType = new("PS0104", DiagnosticSeverity.Error,
        "'{0}' is not a known document type.", "use one of: {1}.");

    /// <summary>Two releases have the same slug.</summary>
    public static readonly DiagnosticDescriptor DuplicateSlug = new("PS0105", DiagnosticSeverity.Error,
        "The slug '{0}' is also used by {1}.", "give one of the releases a different 'slug' or file name.");

    /// <summary>A slug is not a plain lower-case URL segment.</summary>
    public static readonly DiagnosticDescriptor InvalidSlug = new("PS0106", DiagnosticSeverity.Error,
        "The slug '{0}' is not a single URL segment of lower-case letters, digits and hyphens.", "use a slug such as 'uk-us-science-partnership' (no '/', '..' or spaces).");

    /// <summary>The layout named in front matter does not exist in the theme.</summary>
    public static readonly DiagnosticDescriptor UnknownLayout = new("PS0107", DiagnosticSeverity.Error,
        "There is no layout '{0}' in the theme.", "use one of: {1}.");

    /// <summary>A file is not UTF-8.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new("PS0108", DiagnosticSeverity.Error,
        "The file is not valid UTF-8 (byte 0x{0:X2}).", "save the file as UTF-8.");

    /// <summary>A release has no front matter.</summary>
    public static readonly DiagnosticDescriptor MissingFrontMatter = new("PS0109", DiagnosticSeverity.Error,
        "The release has no front matter.", "start the file with a '---' line, the fields (title, summary, date, type, from) and another '---' line.");

    /// <summary>A front-matter field is not one the site knows: usually a typo.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("PS0110", DiagnosticSeverity.Warning,
        "'{0}' is not a known front-matter field.", "check the spelling; known fields are: {1}.");

    /// <summary>A front-matter field has the wrong shape.</summary>
    public static readonly DiagnosticDescriptor InvalidField = new("PS0111", DiagnosticSeverity.Error,
        "'{0}' must be {1}.", "");

    /// <summary>A language tag is not a valid BCP 47 tag.</summary>
    public static readonly DiagnosticDescriptor InvalidLanguage = new("PS0112", DiagnosticSeverity.Error,
        "'{0}' is not a valid language tag.", "use a BCP 47 tag such as en-GB or cy.");

    /// <summary>An update is dated before first publication.</summary>
    public static readonly DiagnosticDescriptor UpdateBeforePublication = new("PS0113", DiagnosticSeverity.Error,
        "The update dated {0} is earlier than the first publication date {1}.", "correct the date of the update or of 'date'.");

    /// <summary>The title given to <c>new</c> has no letters or digits to make a file name from.</summary>
    public static readonly DiagnosticDescriptor TitleHasNoSlug = new("PS0114", DiagnosticSeverity.Error,
        "The title '{0}' has no letters or digits to make a file name from.", "give a title with words, e.g. new \"UK and US agree to strengthen ties\".");

    /// <summary><c>new</c> would overwrite an existing release.</summary>
    public static readonly DiagnosticDescriptor ReleaseAlreadyExists = new("PS0115", DiagnosticSeverity.Error,
        "A release with this date and title already exists; it was left as it was.", "edit the existing file, or give a different title or --date.");

    /// <summary>A template has a Liquid syntax error.</summary>
    public static readonly DiagnosticDescriptor LiquidSyntax = new("PS0201", DiagnosticSeverity.Error,
        "Liquid syntax error: {0}", "correct the tag or output at that position.");

    /// <summary>A template uses a variable or member that does not exist.</summary>
    public static readonly DiagnosticDescriptor UndefinedTemplateValue = new("PS0202", DiagnosticSeverity.Error,
        "The template uses '{0}', which is not defined.", "check the spelling against the view model documented in theme/README.md.");

    /// <summary>A layout the site needs is missing from the theme.</summary>
    public static readonly DiagnosticDescriptor MissingLayout = new("PS0203", DiagnosticSeverity.Error,
        "The theme has no layout '{0}'.", "add theme/layouts/{0}.liquid.");

    /// <summary>Writing the output failed.</summary>
    public static readonly DiagnosticDescriptor OutputFailed = new("PS0901", DiagnosticSeverity.Error,
        "Could not write the site: {0}", "check permissions and free space; the previous output was left as it was.");
}
