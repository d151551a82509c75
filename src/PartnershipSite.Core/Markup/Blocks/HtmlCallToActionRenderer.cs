namespace PartnershipSite.Markup.Blocks;

/// <summary>GOV.UK's markup for the block: its Markdown inside <c>&lt;div class="call-to-action"&gt;</c>.</summary>
internal sealed class HtmlCallToActionRenderer() : HtmlDivRenderer<CallToActionBlock>("call-to-action");
