namespace PartnershipSite.Markup.Blocks;

/// <summary>GOV.UK's markup for the block: its Markdown inside <c>&lt;div class="stat-headline"&gt;</c>.</summary>
internal sealed class HtmlStatHeadlineRenderer() : HtmlDivRenderer<StatHeadlineBlock>("stat-headline");
