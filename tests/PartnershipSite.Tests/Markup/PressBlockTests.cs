using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PartnershipSite.Diagnostics;
using PartnershipSite.Markup;

namespace PartnershipSite.Tests.Markup;

/// <summary>Govspeak's press blocks, as Markdig parses and renders them: GOV.UK's markup, and errors at the marker.</summary>
public sealed class PressBlockTests
{
    private static IElement Render(string markdown) =>
        new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.Site)).Body!;

    private static List<(string Code, int Line, int Column)> Problems(string markdown)
    {
        var bag = new DiagnosticBag();
        MarkupPolicy.Apply(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Site), "input/releases/a.md", bag);
        return [.. bag.ToSortedArray().Select(d => (d.Code, d.Location.Line, d.Location.Column))];
    }

    [Theory]
    [InlineData("^This is an information callout^", "Information", "info-notice")]
    [InlineData("%This is a warning callout%", "Warning", "help-notice")]
    public void A_one_line_callout_is_a_note_named_and_prefixed_with_its_kind(string markdown, string label, string notice)
    {
        var callout = Render(markdown).QuerySelector("div[role=note]")!;

        Assert.Equal(label, callout.GetAttribute("aria-label"));
        Assert.Equal($"application-notice {notice}", callout.ClassName);
        Assert.Equal($"{label}: ", callout.QuerySelector("span.visually-hidden")!.TextContent);
        Assert.Equal($"This is {(label == "Information" ? "an information" : "a warning")} callout", callout.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void A_callout_over_several_lines_holds_Markdown_and_ends_at_its_closing_marker()
    {
        var body = Render("""
            Before.
            ^ ## A heading

            A *paragraph* with a [link](https://example.gov.uk/).

            - a list^
            After.
            """);

        var callout = body.QuerySelector("div.info-notice")!;
        Assert.Equal(["span", "h2", "p", "ul"], callout.Children.Select(c => c.LocalName));
        Assert.Equal("a list", callout.QuerySelector("li")!.TextContent);
        Assert.Equal(["Before.", "After."], body.Children.Where(c => c.LocalName == "p").Select(p => p.TextContent));
    }

    [Fact]
    public void A_figure_fence_is_not_a_callout()
    {
        var body = Render("""
            ^^^
            > A quotation.
            ^^^ Someone
            """);

        Assert.Null(body.QuerySelector("div[role=note]"));
        Assert.NotNull(body.QuerySelector("figure blockquote"));
    }

    [Fact]
    public void A_contact_links_its_phone_numbers_and_email_addresses()
    {
        var contact = Render("""
            $C
            **Press office, Department for Testing**
            70 Whitehall
            London SW1A 2AS
            Telephone: 020 7946 0000
            Out of hours: +44 (0)20 7946 0999
            press@example.gov.uk
            $C
            """).QuerySelector("div.contact")!;

        Assert.Equal("Press office, Department for Testing", contact.QuerySelector("p.fn")!.TextContent);
        Assert.Equal("70 WhitehallLondon SW1A 2AS", contact.QuerySelector("p.adr")!.TextContent);
        Assert.Single(contact.QuerySelectorAll("p.adr br"));
        var links = contact.QuerySelectorAll("a").Select(a => (a.ParentElement!.QuerySelector(".type")!.TextContent, a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([
            ("Telephone:", "020 7946 0000", "tel:02079460000"),
            ("Out of hours:", "+44 (0)20 7946 0999", "tel:+442079460999"),
            ("Email:", "press@example.gov.uk", "mailto:press@example.gov.uk")], links);
    }

    [Fact]
    public void An_address_keeps_its_lines_and_the_closer_may_end_the_last_line()
    {
        var address = Render("""
            $A
            Hercules House
            Hercules Road
            London SE1 7DU $A
            """).QuerySelector("div.address > div.adr > p")!;

        Assert.Equal("Hercules House<br>Hercules Road<br>London SE1 7DU", address.InnerHtml);
    }

    [Fact]
    public void A_statistic_headline_and_a_call_to_action_wrap_their_Markdown()
    {
        var body = Render("""
            {stat-headline}
            *13.8bn* years since the big bang
            {/stat-headline}

            $CTA
            [Apply for the scheme](https://example.gov.uk/apply) by 30 June.
            $CTA
            """);

        Assert.Equal("13.8bn", body.QuerySelector("div.stat-headline > p > em")!.TextContent);
        Assert.Equal("Apply for the scheme", body.QuerySelector("div.call-to-action > p > a")!.TextContent);
        Assert.Null(body.QuerySelector("div.contact"));
    }

    [Theory]
    [InlineData("Text.\n\n^ An information callout\n\nthat never ends.", 3, 1)]
    [InlineData("Text.\n\n$C\nPress office\n", 3, 1)]
    [InlineData("{stat-headline}\n**5** things\n", 1, 1)]
    [InlineData("- item\n\n  $CTA\n  Do it.\n- next", 3, 3)]
    public void An_unclosed_block_is_an_error_at_its_opening_marker(string markdown, int line, int column)
    {
        Assert.Equal([("PS0160", line, column)], Problems(markdown));
    }

    [Fact]
    public void A_block_inside_another_is_an_error_at_the_inner_one()
    {
        var problems = Problems("""
            $CTA
            Call us.

            $C
            Press office
            $C
            $CTA
            """);

        Assert.Equal([("PS0161", 4, 1)], problems);
    }

    [Fact]
    public void Openers_past_the_second_are_text_so_a_run_of_them_is_three_errors_not_a_hang()
    {
        // 20,000 unclosed warning openers once kept 20,000 blocks open, each continued on every line.
        var problems = Problems(string.Join('\n', Enumerable.Repeat("%YAML 1.2", 20_000)));

        Assert.Equal([("PS0160", 1, 1), ("PS0160", 2, 1), ("PS0161", 2, 1)], problems.Distinct().Order());
    }

    [Fact]
    public void Raw_HTML_inside_a_block_is_still_refused()
    {
        Assert.Equal([("PS0130", 2, 1), ("PS0130", 2, 8)], Problems("^ Text\n<b>bold</b>^"));
    }

    [Fact]
    public void Markers_written_as_text_are_text()
    {
        var body = Render("""
            \^ not a callout

            50% of people agree, 40% disagree.

            $CTAX is a word.
            """);

        Assert.Empty(body.QuerySelectorAll("div"));
    }
}
