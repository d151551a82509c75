namespace PartnershipSite.Diagnostics;

// The catalogue's entries for site set-up (PS00xx), in code order.
internal static partial class Codes
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

    /// <summary>The folder given to <c>check</c> does not exist.</summary>
    public static readonly DiagnosticDescriptor FolderMissing = new("PS0007", DiagnosticSeverity.Error,
        "The folder '{0}' does not exist.", "build the site first, or pass the published folder: check output.");

    /// <summary>A file or symbolic link leads outside the folders the build may read.</summary>
    public static readonly DiagnosticDescriptor ReadOutsideInput = new("PS0008", DiagnosticSeverity.Error,
        "'{0}' was not read: {1}.", "copy the file into the input (or theme) folder instead of linking to it; nothing outside them is published.");

    /// <summary>A symbolic link whose target does not exist.</summary>
    public static readonly DiagnosticDescriptor DanglingLink = new("PS0009", DiagnosticSeverity.Error,
        "This symbolic link points to '{0}', which does not exist.", "remove the link, or replace it with the file it should point to.");

    /// <summary>The baseline file of accepted warnings cannot be read.</summary>
    public static readonly DiagnosticDescriptor BaselineInvalid = new("PS0010", DiagnosticSeverity.Error,
        "The baseline file is not valid: {0}", "fix or delete it, then run 'build --update-baseline' to record the current warnings again.");

    /// <summary><c>init</c> was pointed at a folder that holds files, or at a file.</summary>
    public static readonly DiagnosticDescriptor InitFolderNotEmpty = new("PS0011", DiagnosticSeverity.Error,
        "'{0}' {1}; init writes a new site only into an empty or new folder, and nothing was written.", "give a new folder name, e.g. init my-press-office, or empty the folder first.");
}
