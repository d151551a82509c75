using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PartnershipSite.Diagnostics;

namespace PartnershipSite.Pdf;

// Images: a paragraph of nothing but images is placed as figures, each scaled to the text width.
internal sealed partial class ReleaseLayout
{
    // The images of a paragraph that holds only images (and the spaces or line breaks between them); null otherwise.
    private static List<LinkInline>? OnlyImages(ParagraphBlock paragraph)
    {
        var images = new List<LinkInline>();
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    images.Add(image);
                    break;
                case LineBreakInline:
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }
        return images.Count > 0 ? images : null;
    }

    private void Images(List<LinkInline> images, ImmutableArray<int> path, double x, double width, double spaceBefore)
    {
        foreach (var image in images)
        {
            Image(image, path, x, width, spaceBefore);
            spaceBefore = Typography.ParagraphGap;
        }
    }

    // Scaled to the text width, or smaller to leave room on the page for a caption; centred when narrower.
    // Alt text makes it a Figure; empty alt text makes it decoration, an artifact (WCAG 2.2 SC 1.1.1, PDF/UA-1 7.3).
    private void Image(LinkInline image, ImmutableArray<int> path, double x, double width, double spaceBefore)
    {
        var url = image.Url ?? "";
        var problem = "cannot be read";
        if (_images?.Find(url, out problem) is not { } file)
        {
            _diagnostics.Add(Codes.PdfImageUnavailable.Create(new SourceLocation(_sourcePath, image.Line + 1, image.Column + 1), url, problem));
            return;
        }
        var scale = Math.Min(width / file.PixelWidth, Typography.MaxImageHeight / file.PixelHeight);
        var (w, h) = (file.PixelWidth * scale, file.PixelHeight * scale);
        var alt = PlainText(image).Trim();
        var imagePath = ImmutableArray<int>.Empty;
        if (alt.Length > 0)
        {
            var figure = NewElement(StructureRole.Figure);
            _elements[figure] = _elements[figure] with { AltText = alt };
            imagePath = path.Add(figure);
        }
        var fragment = new Fragment(x + (width - w) / 2, 0, w, "", Typography.Body, imagePath) { Image = file, Height = h };
        _blocks.Add(new FlowBlock([new FlowLine(h, h, [fragment])], spaceBefore));
    }

    // The image's description as HTML's alt attribute gets it: the text of its inlines, without markup.
    private static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                ContainerInline nested => PlainText(nested),
                _ => "",
            });
        }
        return text.ToString();
    }
}
