using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PartnershipSite.Markup.Blocks;

/// <summary>GOV.UK's address markup: the lines of the address in one paragraph, a line break after each but the last.</summary>
internal sealed class HtmlAddressRenderer : HtmlObjectRenderer<AddressBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AddressBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(obj);
            return;
        }
        renderer.Write("<div class=\"address\"><div class=\"adr org fn\"><p>");
        var first = true;
        foreach (var line in BlockText.Lines(obj))
        {
            renderer.Write(first ? "" : "<br>").WriteEscape(line);
            first = false;
        }
        renderer.WriteLine("</p></div></div>");
    }
}
