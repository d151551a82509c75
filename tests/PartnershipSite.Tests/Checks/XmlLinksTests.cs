using System.Collections.Frozen;
using PartnershipSite.Checks;
using PartnershipSite.Content;
using PartnershipSite.IO;

namespace PartnershipSite.Tests.Checks;

/// <summary>The links read from the sitemap and the feeds: which elements, their text, and where they are.</summary>
public sealed class XmlLinksTests
{
    private static List<FoundLink> LinksOf(string path, string xml)
    {
        var file = OutputFile.FromText(path, xml, path, Provenance.OfPublished(path));
        var input = new CheckInput([file], new Uri("https://example.gov.uk/"), p => "output/" + p, FrozenDictionary<string, Release>.Empty);
        return [.. new XmlLinks().Extract(file, input)];
    }

    [Fact]
    public void Sitemap_entries_rss_links_enclosures_and_atom_links_are_read_in_document_order_at_their_element()
    {
        var links = LinksOf("feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <atom:link href="https://example.gov.uk/feed.xml" rel="self" />
                <link>https://example.gov.uk/</link>
                <item>
                  <link>  https://example.gov.uk/a/?x=1&amp;y=2  </link>
                  <enclosure url="https://example.gov.uk/a/a.pdf" length="1" type="application/pdf" />
                  <description><![CDATA[<a href="https://ignored.example/">not a feed link</a>]]></description>
                </item>
                <item><link><![CDATA[https://example.gov.uk/b/]]></link></item>
              </channel>
            </rss>
            """);

        Assert.Equal(
            [
                ("https://example.gov.uk/feed.xml", "feed link", 4, 6),
                ("https://example.gov.uk/", "feed link", 5, 6),
                ("  https://example.gov.uk/a/?x=1&y=2  ", "feed link", 7, 8),
                ("https://example.gov.uk/a/a.pdf", "feed enclosure", 8, 8),
                ("https://example.gov.uk/b/", "feed link", 11, 12),
            ],
            links.Select(l => (l.Target, l.Label, l.Location.Line, l.Location.Column)));
        Assert.All(links, l => Assert.Equal("output/feed.xml", l.Location.Path));
        Assert.All(links, l => Assert.Equal("in feed.xml", l.Note));
    }

    [Fact]
    public void A_sitemap_loc_is_its_text_and_an_empty_or_nested_link_is_read_as_a_tree_would_read_it()
    {
        var links = LinksOf("sitemap.xml", """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.gov.uk/</loc></url>
              <url><loc/></url>
              <url><link>outer <b>inner</b></link><link></link></url>
            </urlset>
            """);

        // An empty loc or link is an empty target (reported as such by the link checks); a link holding elements is
        // not a link.
        Assert.Equal(["https://example.gov.uk/", "", ""], links.Select(l => l.Target));
        Assert.Equal(["sitemap entry", "sitemap entry", "feed link"], links.Select(l => l.Label));
    }

    [Fact]
    public void A_file_that_is_not_well_formed_xml_gives_no_links_rather_than_the_links_before_the_error()
    {
        Assert.Empty(LinksOf("sitemap.xml", "<urlset><url><loc>https://example.gov.uk/</loc></url><url>"));
        Assert.Empty(LinksOf("sitemap.xml", "<!DOCTYPE x [<!ENTITY a \"b\">]><urlset><url><loc>&a;</loc></url></urlset>"));
    }
}
