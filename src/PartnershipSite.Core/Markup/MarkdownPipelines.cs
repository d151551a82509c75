using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using PartnershipSite.Markup.Blocks;

namespace PartnershipSite.Markup;

/// <summary>The Markdown dialect of the site: CommonMark plus the extensions a press release needs, Govspeak's press blocks among them (<see cref="Blocks"/>).</summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// Built once and frozen (Markdig pipelines are immutable and thread-safe). Precise source locations
    /// let later checks point at the Markdown line and column.
    /// </summary>
    public static MarkdownPipeline Site { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .UseAbbreviations()
        .Use<FirstUseAbbreviationExtension>()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseFigures()
        .Use<CalloutExtension>()
        .Use<PressBlockExtension<ContactParser, HtmlContactRenderer>>()
        .Use<PressBlockExtension<AddressParser, HtmlAddressRenderer>>()
        .Use<PressBlockExtension<StatHeadlineParser, HtmlStatHeadlineRenderer>>()
        .Use<PressBlockExtension<CallToActionParser, HtmlCallToActionRenderer>>()
        .UseFootnotes()
        .UsePipeTables()
        .Use<ScrollableTableExtension>()
        .UseGenericAttributes()
        .UseListExtras()
        .Use<EscapedHtmlExtension>()
        .Build();
}
