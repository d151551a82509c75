using PartnershipSite.Checks;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Tests.Checks;

public sealed class PlainEnglishCheckTests
{
    private const string Long =
        "The partnership will explore a number of areas for cooperation including research, innovation and commercialisation, defence, security, law enforcement and intelligence over the course of the next year.";

    [Fact]
    public async Task Sentence_over_25_words_is_a_warning_at_its_first_word()
    {
        var body = "Intro.\n\nA short one. " + Long + " Another short one.";

        var result = await CheckSites.BuildReleaseAsync(body);

        var warning = Assert.Single(result.WithCode("PS0420"));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation(CheckSites.ReleasePath, CheckSites.BodyLine(body, "A short one"), 14), warning.Location);
        Assert.Contains("28 words", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Published);
    }

    [Fact]
    public async Task Sentences_of_25_words_or_fewer_are_not_reported()
    {
        var result = await CheckSites.BuildReleaseAsync("The UK and US have today agreed to deepen ties on science and technology. It will help, e.g. on data.");

        Assert.Empty(result.WithCode("PS0420"));
    }

    [Fact]
    public async Task Title_case_heading_is_a_warning_at_the_heading()
    {
        var body = "Intro.\n\n## Notes To Editors";

        var result = await CheckSites.BuildReleaseAsync(body);

        var warning = Assert.Single(result.WithCode("PS0421"));
        Assert.Equal(new SourceLocation(CheckSites.ReleasePath, CheckSites.BodyLine(body, "## Notes"), 1), warning.Location);
    }

    [Fact]
    public async Task Title_case_title_is_a_warning_at_the_front_matter()
    {
        var result = await CheckSites.BuildAsync(Support.TestSite.SiteYml + Support.TestSite.Release("2021-06-10-a", "UK And US Agree To Strengthen Ties"));

        Assert.Equal(new SourceLocation(CheckSites.ReleasePath, 2, 1), Assert.Single(result.WithCode("PS0421")).Location);
    }

    [Theory]
    [InlineData("Notes to editors", false)]
    [InlineData("UK and US agree to strengthen ties in science and technology", false)]
    [InlineData("What the Atlantic Charter says", false)]
    [InlineData("Notes To Editors", true)]
    [InlineData("How The Partnership Will Work", true)]
    public void Title_case_is_told_from_sentence_case(string heading, bool titleCase) =>
        Assert.Equal(titleCase, HeadingsUseSentenceCase.IsTitleCase(heading));

    [Fact]
    public async Task Acronym_not_spelled_out_is_a_warning_at_its_first_use_only()
    {
        var body = "Intro.\n\nThe DCMS press office and the DCMS team.";

        var result = await CheckSites.BuildReleaseAsync(body);

        var warning = Assert.Single(result.WithCode("PS0422"));
        Assert.Equal(new SourceLocation(CheckSites.ReleasePath, CheckSites.BodyLine(body, "The DCMS"), 5), warning.Location);
        Assert.Contains("*[DCMS]: …", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Work on artificial intelligence (AI) and AI safety.")]
    [InlineData("Work on AI (artificial intelligence).")]
    [InlineData("Work on AI and R&D.\n\n*[AI]: artificial intelligence\n*[R&D]: research and development")]
    [InlineData("The UK, the US and the NHS.")]
    public async Task Expanded_or_well_known_acronyms_are_not_reported(string body)
    {
        var result = await CheckSites.BuildReleaseAsync(body);

        Assert.Empty(result.WithCode("PS0422"));
    }

    [Theory]
    [InlineData("One. Two!  Three? Four", new[] { "One.", "Two!", "Three?", "Four" })]
    [InlineData("Mr. Lander said so, e.g. in June. \"Yes,\" he said.", new[] { "Mr. Lander said so, e.g. in June.", "\"Yes,\" he said." })]
    [InlineData("It grew (to £32.6 billion). 2021 was good.", new[] { "It grew (to £32.6 billion).", "2021 was good." })]
    [InlineData("version 2.0 and 3.5 and gov.uk", new[] { "version 2.0 and 3.5 and gov.uk" })]
    public void Sentences_are_split_at_their_ends(string text, string[] sentences) =>
        Assert.Equal(sentences, SentencesAreShort.Sentences(text).Select(s => text.Substring(s.Start, s.Length)));
}
