namespace PartnershipSite.Checks;

/// <summary>The host's URL rules: where an output file is served, and which output file a URL serves.</summary>
internal static class SiteUrls
{
    private const string IndexFile = "index.html";

    /// <summary>The URL an output file is served at: <c>releases/x/index.html</c> is served at <c>releases/x/</c>.</summary>
    public static Uri PageUrl(Uri baseUrl, string outputPath) =>
        new(baseUrl, outputPath.EndsWith(IndexFile, StringComparison.Ordinal) && (outputPath.Length == IndexFile.Length || outputPath[^(IndexFile.Length + 1)] == '/')
            ? outputPath[..^IndexFile.Length]
            : outputPath);

    /// <summary>
    /// The output files a site path may be served from, in the order static hosts try them: a folder's
    /// <c>index.html</c>, the file itself, then pretty URLs (<c>x/index.html</c>, <c>x.html</c>).
    /// </summary>
    public static IEnumerable<string> Candidates(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            yield return sitePath + IndexFile;
            yield break;
        }
        yield return sitePath;
        yield return sitePath + "/" + IndexFile;
        yield return sitePath + ".html";
    }

    /// <summary>Classifies a link's target and resolves it against the page it is on.</summary>
    public static FoundLink Classify(FoundLink link, Uri pageUrl, Uri baseUrl)
    {
        // HTML: URLs in attributes have leading and trailing ASCII whitespace stripped.
        var target = link.Target.Trim(' ', '\t', '\n', '\r', '\f');
        if (target.Length == 0)
        {
            return link with { Kind = LinkKind.Empty };
        }
        if (target == "#")
        {
            return link with { Kind = LinkKind.Placeholder };
        }
        switch (Scheme(target))
        {
            case "javascript":
                return link with { Kind = LinkKind.Script };
            case "mailto":
                return link with { Kind = LinkKind.Mail };
            case "tel":
                return link with { Kind = LinkKind.Phone };
            case "data":
                return link with { Kind = LinkKind.Data };
            case null or "http" or "https":
                break;
            default:
                return link with { Kind = LinkKind.Unsupported };
        }
        if (!Uri.TryCreate(pageUrl, target, out var url) || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            return link with { Kind = LinkKind.Malformed };
        }
        var basePath = baseUrl.AbsolutePath;
        var sameHost = string.Equals(url.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase);
        if (!sameHost || !url.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return link with { Kind = LinkKind.External, Url = url };
        }
        return link with
        {
            Kind = LinkKind.Internal,
            Url = url,
            SitePath = Uri.UnescapeDataString(url.AbsolutePath[basePath.Length..]),
            Fragment = url.Fragment.Length > 1 ? Uri.UnescapeDataString(url.Fragment[1..]) : null,
        };
    }

    // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ':'.
    private static string? Scheme(string target)
    {
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(target[0]))
        {
            return null;
        }
        for (var i = 1; i < colon; i++)
        {
            var c = target[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return null;
            }
        }
        return target[..colon].ToLowerInvariant();
    }
}
