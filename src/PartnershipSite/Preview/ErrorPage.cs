using System.Net;
using System.Text;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Cli.Preview;

/// <summary>The page the preview server shows instead of the site while the content or theme has errors.</summary>
internal static class ErrorPage
{
    /// <summary>An HTML page listing the diagnostics, each at its <c>path(line,col)</c>. No inline script or style (CSP).</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>The site has errors – PartnershipSite preview</title>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>The site has errors</h1>\n");
        html.Append("<p>Fix these and save: this page reloads by itself when the site builds again.</p>\n<ol class=\"diagnostics\">\n");
        foreach (var diagnostic in diagnostics)
        {
            html.Append("<li class=\"").Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append("\"><code>")
                .Append(WebUtility.HtmlEncode(diagnostic.Location.ToString())).Append("</code>: ")
                .Append(diagnostic.Severity.ToString().ToLowerInvariant()).Append(' ')
                .Append(WebUtility.HtmlEncode(diagnostic.Code)).Append(": ")
                .Append(WebUtility.HtmlEncode(diagnostic.Message)).Append("</li>\n");
        }
        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
