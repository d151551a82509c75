using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PartnershipSite.Markup.Blocks;

/// <summary>
/// GOV.UK's contact markup (<c>lib/templates/contact.html.erb</c> in alphagov/govspeak): the name, the address
/// lines together, then each number and address as "<span class="type">Label</span> link", with <c>tel:</c> and
/// <c>mailto:</c> links so a phone dials and an email opens. Lines keep the editor's order.
/// </summary>
internal sealed class HtmlContactRenderer : HtmlObjectRenderer<ContactBlock>
{
    private readonly ContactWords _words;

    /// <summary>A renderer with GOV.UK's English labels.</summary>
    public HtmlContactRenderer()
        : this(ContactWords.English)
    {
    }

    /// <summary>A renderer labelling unlabelled lines in <paramref name="words"/>.</summary>
    public HtmlContactRenderer(ContactWords words) => _words = words;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ContactBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var card = ContactCard.Read(obj, _words);
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(obj);
            return;
        }
        renderer.WriteLine("<div class=\"contact\">");
        renderer.WriteLine("<div class=\"vcard contact-inner\">");
        renderer.Write("<p class=\"fn\">").WriteEscape(card.Name).WriteLine("</p>");
        var inAddress = false;
        foreach (var line in card.Lines)
        {
            if (line.Kind == ContactLineKind.Address)
            {
                renderer.Write(inAddress ? "<br>" : "<p class=\"adr\">").WriteEscape(line.Text);
                inAddress = true;
                continue;
            }
            if (inAddress)
            {
                renderer.WriteLine("</p>");
                inAddress = false;
            }
            var kind = line.Kind switch { ContactLineKind.Phone => "tel", ContactLineKind.Email => "email", _ => "url" };
            renderer.Write($"<p class=\"{kind}\"><span class=\"type\">").WriteEscape(line.Label).Write(":</span> <a href=\"")
                .WriteEscapeUrl(line.Href).Write("\">").WriteEscape(line.Text).WriteLine("</a></p>");
        }
        if (inAddress)
        {
            renderer.WriteLine("</p>");
        }
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
    }
}
