using PartnershipSite.Diagnostics;

namespace PartnershipSite.Checks;

/// <summary>
/// WCAG 2.2 SC 1.1.1: every image has an <c>alt</c> attribute, as do image buttons and image-map areas; without
/// one, screen readers read out the file name. In a template <c>alt=""</c> marks decoration; in Markdown
/// <c>![](x.png)</c> is far more often a forgotten description, so an image written there needs alt text unless it
/// is marked decorative with <c>{role=presentation}</c>.
/// </summary>
internal sealed class ImagesHaveAltText : IPageCheck
{
    /// <inheritdoc />
    public void Check(HtmlPage page, CheckReporter reporter)
    {
        foreach (var element in page.Document.QuerySelectorAll("img, input[type=image], area[href]"))
        {
            var (location, note) = page.Locate(element);
            var alt = element.GetAttribute("alt");
            var fromMarkdown = note.Length == 0;
            var decorative = element.GetAttribute("role") is "presentation" or "none";
            if (alt is not null && (alt.Trim().Length > 0 || !fromMarkdown || decorative))
            {
                reporter.Pass(this);
                continue;
            }
            var name = element.LocalName == "img" ? $"image '{element.GetAttribute("src")}'" : $"<{element.LocalName}>";
            reporter.FailWithNote(this, Codes.ImageAltMissing, location, note, name);
        }
    }
}
