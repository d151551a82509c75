using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

/// <summary>Reads a built site's feeds back with real parsers and maps their absolute URLs to published files.</summary>
internal sealed class FeedSite(TestSite site, string baseUrl = "https://example.gov.uk/")
{
    /// <summary>The site the feeds were built from.</summary>
    public TestSite Site { get; } = site;

    /// <summary>The RSS feed as System.ServiceModel.Syndication reads it.</summary>
    public SyndicationFeed Rss() => Load("feed.xml", new Rss20FeedFormatter());

    /// <summary>The Atom feed as System.ServiceModel.Syndication reads it.</summary>
    public SyndicationFeed Atom() => Load("atom.xml", new Atom10FeedFormatter());

    /// <summary>The JSON Feed's root object.</summary>
    public JsonElement Json() => JsonDocument.Parse(Site.Read("feed.json")).RootElement.Clone();

    /// <summary>A published XML file as a tree, for checks on the raw elements.</summary>
    public XDocument Xml(string path) => XDocument.Parse(Site.Read(path));

    /// <summary>
    /// The published file an absolute URL points to (<c>index.html</c> for a folder URL), or null when the URL is not
    /// below the base URL or nothing is published there.
    /// </summary>
    public string? FileAt(Uri url)
    {
        var text = url.AbsoluteUri;
        if (!text.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            return null;
        }
        var path = text[baseUrl.Length..];
        path = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        return Site.Has(path) ? path : null;
    }

    /// <summary>The size of a published file in bytes.</summary>
    public long SizeOf(string path) => Site.FileSystem.ReadAllBytes("output/" + path).LongLength;

    private SyndicationFeed Load(string path, SyndicationFeedFormatter formatter)
    {
        using var reader = XmlReader.Create(new StringReader(Site.Read(path)));
        Assert.True(formatter.CanRead(reader), $"{path} is not in the format {formatter.Version} reads");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
