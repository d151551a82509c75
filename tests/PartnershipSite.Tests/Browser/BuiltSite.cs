namespace PartnershipSite.Tests.Browser;

/// <summary>A site built to disk and served: its name, folder, server and the site paths of its HTML pages.</summary>
public sealed record BuiltSite(string Name, string Directory, SiteServer Server, IReadOnlyList<string> Pages, IReadOnlyList<string> Files)
{
    /// <summary>The absolute URL of a site path such as <c>releases/x/</c>.</summary>
    public string Url(string page) => new Uri(Server.Address, page).ToString();

    /// <summary>A file-name-friendly name for a page: <c>home</c>, <c>404</c>, or its path with hyphens (<c>releases-x</c>, <c>topics-x-page-2</c>).</summary>
    public static string Slug(string page) => page switch
    {
        "" => "home",
        "404.html" => "404",
        _ => page.TrimEnd('/').Replace('/', '-'),
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
