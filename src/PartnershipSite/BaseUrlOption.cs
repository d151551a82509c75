using System.CommandLine;

namespace PartnershipSite.Cli;

/// <summary>
/// The <c>--base-url</c> option. System.CommandLine has no built-in conversion to <see cref="Uri"/>, so the
/// option parses the text itself and reports anything that is not an absolute URL as a usage error.
/// </summary>
internal static class BaseUrlOption
{
    public static Option<Uri?> Create(string description) => new("--base-url")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                return uri;
            }
            result.AddError($"'{text}' is not an absolute URL, e.g. https://example.gov.uk/.");
            return null;
        },
    };
}
