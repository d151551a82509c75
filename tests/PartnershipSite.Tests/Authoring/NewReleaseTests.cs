using System.Text;
using PartnershipSite.Authoring;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Authoring;

public sealed class NewReleaseTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);

    [Fact]
    public async Task New_release_builds_without_any_diagnostic_and_is_published()
    {
        var site = TestSite.Parse(TestSite.SiteYml);

        var created = NewRelease.Create(site.FileSystem, "input", "UK & US agree: a new \"era\" of #science", Day);
        var result = await site.BuildAsync();

        Assert.True(created.Succeeded, created.Problem?.ToString());
        Assert.Equal("/site/input/releases/2026-11-28-uk-us-agree-a-new-era-of-science.md", created.Path);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        var html = site.Read("releases/uk-us-agree-a-new-era-of-science/index.html");
        Assert.Contains("<h1>UK &amp; US agree: a new &quot;era&quot; of #science</h1>", html);
        Assert.Contains("28 November 2026", html);
        Assert.Contains("<h2", html);
    }

    [Fact]
    public void New_release_has_every_required_field_and_the_optional_ones_commented()
    {
        var text = NewRelease.Text("Title", Day);

        foreach (var field in new[] { "title", "summary", "date", "type", "from" })
        {
            Assert.Contains("\n" + field + ":", "\n" + text);
        }
        foreach (var field in new[] { "topics", "contact", "lang", "slug", "updated", "draft" })
        {
            Assert.Contains("# " + field + ":", text);
        }
    }

    [Fact]
    public void New_release_refuses_to_overwrite_an_existing_file()
    {
        var site = TestSite.Parse(TestSite.SiteYml + "-- input/releases/2026-11-28-title.md --\nmine\n");

        var created = NewRelease.Create(site.FileSystem, "input", "Title", Day);

        Assert.Equal("PS0115", created.Problem?.Code);
        Assert.Equal("mine\n", Encoding.UTF8.GetString(site.FileSystem.ReadAllBytes("input/releases/2026-11-28-title.md")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ---")]
    [InlineData("’’")]
    public void New_release_rejects_a_title_that_slugs_to_nothing(string title)
    {
        var site = TestSite.Parse(TestSite.SiteYml);

        var created = NewRelease.Create(site.FileSystem, "input", title, Day);

        Assert.Equal("PS0114", created.Problem?.Code);
        Assert.Empty(site.FileSystem.ListFiles("input/releases", recursive: true));
    }

    [Fact]
    public async Task New_release_with_a_title_too_long_for_a_file_name_gets_a_shortened_name_and_builds()
    {
        var site = TestSite.Parse(TestSite.SiteYml);
        var title = string.Join(' ', Enumerable.Repeat("partnership", 60));

        var created = NewRelease.Create(site.FileSystem, "input", title, Day);
        var result = await site.BuildAsync();

        Assert.True(created.Succeeded, created.Problem?.ToString());
        var name = Path.GetFileName(created.Path!);
        Assert.InRange(Encoding.UTF8.GetByteCount(name), 20, NewRelease.MaxFileNameBytes);
        Assert.EndsWith("-partnership.md", name, StringComparison.Ordinal);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public async Task New_release_writes_a_title_with_line_breaks_and_tabs_as_one_line()
    {
        var site = TestSite.Parse(TestSite.SiteYml);

        var created = NewRelease.Create(site.FileSystem, "input", "UK and US\n\tagree\r\nto work together", Day);
        var result = await site.BuildAsync();

        Assert.True(created.Succeeded, created.Problem?.ToString());
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<h1>UK and US agree to work together</h1>", site.Read("releases/uk-and-us-agree-to-work-together/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_release_refuses_a_title_with_a_character_no_format_can_carry_naming_it()
    {
        var site = TestSite.Parse(TestSite.SiteYml);

        var created = NewRelease.Create(site.FileSystem, "input", "Pasted\u0015 title", Day);

        Assert.Equal(("PS0116", new PartnershipSite.Diagnostics.SourceLocation("new", 1, 7)), (created.Problem?.Code, created.Problem?.Location));
        Assert.Contains("U+0015", created.Problem!.Message, StringComparison.Ordinal);
        Assert.False(site.FileSystem.DirectoryExists("input/releases"));
    }
}
