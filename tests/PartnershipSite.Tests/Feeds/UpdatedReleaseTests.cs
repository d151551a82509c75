using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Feeds;

public sealed class UpdatedReleaseTests
{
    private const string Correction = """
        updated:
          - date: 2021-06-12T14:00:00+01:00
            note: Corrected the investment figure.
        """;

    [Fact]
    public async Task Change_note_moves_updated_and_date_modified_but_not_the_ids()
    {
        var original = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: "2021-06-10"));
        var corrected = TestSite.Parse(TestSite.SiteYml + TestSite.Release("a", date: "2021-06-10", extra: Correction));
        Assert.True((await original.BuildAsync()).Succeeded);
        Assert.True((await corrected.BuildAsync()).Succeeded);
        var before = new FeedSite(original);
        var after = new FeedSite(corrected);
        var published = new DateTimeOffset(2021, 6, 10, 0, 0, 0, TimeSpan.Zero);
        var changed = new DateTimeOffset(2021, 6, 12, 14, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(Assert.Single(before.Rss().Items).Id, Assert.Single(after.Rss().Items).Id);
        Assert.Equal(published, Assert.Single(after.Rss().Items).PublishDate);
        Assert.Equal(changed, after.Rss().LastUpdatedTime);

        var beforeEntry = Assert.Single(before.Atom().Items);
        var afterEntry = Assert.Single(after.Atom().Items);
        Assert.Equal(beforeEntry.Id, afterEntry.Id);
        Assert.Equal(published, beforeEntry.LastUpdatedTime);
        Assert.Equal(changed, afterEntry.LastUpdatedTime);
        Assert.Equal(published, afterEntry.PublishDate);
        Assert.Equal(changed, after.Atom().LastUpdatedTime);

        var beforeItem = before.Json().GetProperty("items")[0];
        var afterItem = after.Json().GetProperty("items")[0];
        Assert.Equal(beforeItem.GetProperty("id").GetString(), afterItem.GetProperty("id").GetString());
        Assert.Equal("2021-06-10T00:00:00+00:00", afterItem.GetProperty("date_published").GetString());
        Assert.Equal("2021-06-10T00:00:00+00:00", beforeItem.GetProperty("date_modified").GetString());
        Assert.Equal("2021-06-12T14:00:00+01:00", afterItem.GetProperty("date_modified").GetString());
    }
}
