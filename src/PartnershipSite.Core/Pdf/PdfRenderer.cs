using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace PartnershipSite.Pdf;

/// <summary>
/// The render stage: draws a <see cref="PageModel"/> with PDFsharp and tags it (PDF/UA-1) as it draws, opening and
/// closing structure elements as the fragments' paths change. Then rewrites the file as one revision with our XMP
/// metadata and complete Flate streams (<see cref="SingleRevision"/>).
/// </summary>
internal static partial class PdfRenderer
{
    /// <summary>Renders the PDF file.</summary>
    public static byte[] Render(PageModel model, PdfDocumentInfo info, PdfFonts fonts)
    {
        ThemeFontResolver.Register(fonts);
        using var document = new PdfDocument();
        Describe(document, info);
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(info.Language);
        var builder = ua.StructureBuilder;
        var parentTree = new ParentTreeWindow(ua);
        var xfonts = new Dictionary<TextStyle, XFont>();
        var images = new ImageCache();
        var open = new List<int>();
        var pdfPages = new List<PdfPage>();
        XGraphics? gfx = null;
        try
        {
            foreach (var layoutPage in model.Pages)
            {
                // The UA manager closes the open marked content on the old page's graphics as the page is added.
                var page = document.AddPage();
                parentTree.NextPage();
                gfx?.Dispose();
                page.Width = XUnit.FromPoint(model.Geometry.Width);
                page.Height = XUnit.FromPoint(model.Geometry.Height);
                pdfPages.Add(page);
                gfx = XGraphics.FromPdfPage(page);
                DrawArtifacts(gfx, ua, layoutPage, Font, images);
                var content = layoutPage.Content;
                for (var i = 0; i < content.Length; i++)
                {
                    var fragment = content[i];
                    Sync(ua, model, gfx, open, fragment, info.Base);
                    if (i == 0 && fragment.Image is not null)
                    {
                        OpenPageWithASpace(ua, gfx, Font(fragment.Style), fragment);
                    }
                    Draw(gfx, fragment, Font, images);
                }
                if (page.Annotations.Count > 0)
                {
                    // PDF/UA-1 7.18.3: pages with annotations give tab order by structure.
                    page.Elements.SetName("/Tabs", "/S");
                }
            }
            for (; open.Count > 0; open.RemoveAt(open.Count - 1))
            {
                builder.End();
            }
            LeaveTextMode(ua);
            parentTree.Restore();
        }
        finally
        {
            gfx?.Dispose();
        }
        using var disposeImages = images;
        Bookmarks(document, model, pdfPages);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return SingleRevision.Rewrite(ReproducibleBytes.MakeStable(stream.ToArray(), info.Identifier), XmpMetadata.Create(info));

        XFont Font(TextStyle style)
        {
            if (!xfonts.TryGetValue(style, out var font))
            {
                font = CreateFont(fonts.Family, style.Face, style.Size);
                xfonts[style] = font;
            }
            return font;
        }
    }

    /// <summary>An embedded, subsetted Unicode font of the theme family (CID TrueType with ToUnicode, so text extracts).</summary>
    public static XFont CreateFont(string family, FontFace face, double size) => new(family, size, face switch
    {
        FontFace.Bold => XFontStyleEx.Bold,
        FontFace.Italic => XFontStyleEx.Italic,
        FontFace.BoldItalic => XFontStyleEx.BoldItalic,
        _ => XFontStyleEx.Regular,
    }, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));

    // The footer, rules and underlines first: drawn before the page's content they cannot split a text object.
    private static void DrawArtifacts(XGraphics gfx, UAManager ua, LayoutPage page, Func<TextStyle, XFont> font, ImageCache images)
    {
        var builder = ua.StructureBuilder;
        LeaveTextMode(ua);
        builder.BeginArtifact();
        foreach (var rule in page.Rules)
        {
            gfx.DrawLine(new XPen(Color(rule.Ink), rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
        }
        foreach (var fragment in page.ArtifactText)
        {
            Draw(gfx, fragment, font, images);
        }
        LeaveTextMode(ua);
        builder.End();
    }

    private static void Draw(XGraphics gfx, Fragment fragment, Func<TextStyle, XFont> font, ImageCache images)
    {
        if (fragment.Image is { } image)
        {
            gfx.DrawImage(images.Get(image), Bounds(fragment));
        }
        else
        {
            gfx.DrawString(fragment.Text, font(fragment.Style), Brush(fragment.Style.Ink), fragment.X, fragment.Baseline - fragment.Style.Rise);
        }
    }

    // PDFsharp opens a page's first marked content inside a text object (BT), so an image drawn first would close
    // that text object inside its own marked content. A first marked content of one space (PDFsharp draws nothing for
    // an empty string), closed while still in text mode, takes that place; the image's marked content then opens
    // outside any text object. Readers take a Figure's /Alt, not its content, so the space is not read.
    private static void OpenPageWithASpace(UAManager ua, XGraphics gfx, XFont font, Fragment image)
    {
        gfx.DrawString(" ", font, XBrushes.Black, image.X, image.Baseline);
        ua.StructureBuilder.EndMarkedContentsWithId();
        LeaveTextMode(ua);
    }

    // An image's box: its bottom on the fragment's baseline.
    private static XRect Bounds(Fragment fragment) => new(fragment.X, fragment.Baseline - fragment.Height, fragment.Width, fragment.Height);

    // Closes the elements the fragment is not in and opens the ones it enters, outermost first.
    private static void Sync(UAManager ua, PageModel model, XGraphics gfx, List<int> open, Fragment fragment, Uri linkBase)
    {
        var path = fragment.Path;
        var common = 0;
        while (common < open.Count && common < path.Length && open[common] == path[common])
        {
            common++;
        }
        if (common == open.Count && common == path.Length)
        {
            return;
        }
        // Marked content must nest properly with text objects: PDFsharp closes a tag's marked content in the mode
        // it was opened in, so the page's text stays in one text object that the tags nest inside.
        var builder = ua.StructureBuilder;
        for (; open.Count > common; open.RemoveAt(open.Count - 1))
        {
            builder.End();
        }
        // An image is painted outside any text object: its marked content opens and closes in graphics mode, and
        // the text after it opens a new text object before its own marked content begins.
        if (fragment.Image is not null)
        {
            LeaveTextMode(ua);
        }
        else if (!ua.IsInTextMode())
        {
            ua.BeginTextMode();
        }
        for (var i = common; i < path.Length; i++)
        {
            var element = model.Elements[path[i]];
            Begin(gfx, builder, element, fragment, linkBase);
            if (element.Language is { } language)
            {
                builder.SetLanguage(language);
            }
            open.Add(element.Id);
        }
    }

    private static void Begin(XGraphics gfx, StructureBuilder builder, StructureElement element, Fragment fragment, Uri linkBase)
    {
        switch (element.Role)
        {
            case StructureRole.Figure:
                // PDF/UA-1 7.3: a Figure has /Alt, and a /BBox Layout attribute. PDFsharp writes the rectangle it is
                // given as is, so it must be in PDF user space (origin bottom left), not the drawing's top-left space.
                builder.BeginElement(PdfIllustrationElementTag.Figure, element.AltText ?? "", gfx.Transformer.WorldToDefaultPage(Bounds(fragment)));
                break;
            case StructureRole.Link:
                var area = new XRect(element.LinkArea.X, element.LinkArea.Y, element.LinkArea.Width, element.LinkArea.Height);
                var link = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(area)), Text.UriReference.Absolute(linkBase, element.Uri ?? ""));
                // PDF/UA-1 7.18.1 via PDF/A: link annotations must print.
                link.Flags = PdfAnnotationFlags.Print;
                link.Elements.SetString("/Contents", element.LinkText ?? "");
                // Reproducible output: PDFsharp stamps each annotation with a random /NM and the clock's /M (both optional).
                link.Elements.Remove("/NM");
                link.Elements.Remove("/M");
                builder.BeginElement(link, element.LinkText ?? "");
                break;
            case StructureRole.Span:
                builder.BeginElement(PdfInlineLevelElementTag.Span);
                if (element.Expansion is { } expansion)
                {
                    builder.SetExpandedText(expansion);
                }
                break;
            case StructureRole.Reference:
                builder.BeginElement(PdfInlineLevelElementTag.Reference);
                break;
            case StructureRole.Code:
                builder.BeginElement(PdfInlineLevelElementTag.Code);
                break;
            case StructureRole.BlockQuote:
                builder.BeginElement(PdfGroupingElementTag.BlockQuotation);
                break;
            case StructureRole.Div:
                builder.BeginElement(PdfGroupingElementTag.Division);
                break;
            case StructureRole.Caption:
                builder.BeginElement(PdfGroupingElementTag.Caption);
                break;
            default:
                builder.BeginElement(element.Role switch
                {
                    StructureRole.H1 => PdfBlockLevelElementTag.Heading1,
                    StructureRole.H2 => PdfBlockLevelElementTag.Heading2,
                    StructureRole.H3 => PdfBlockLevelElementTag.Heading3,
                    StructureRole.H4 => PdfBlockLevelElementTag.Heading4,
                    StructureRole.H5 => PdfBlockLevelElementTag.Heading5,
                    StructureRole.H6 => PdfBlockLevelElementTag.Heading6,
                    StructureRole.L => PdfBlockLevelElementTag.List,
                    StructureRole.LI => PdfBlockLevelElementTag.ListItem,
                    StructureRole.Lbl => PdfBlockLevelElementTag.Label,
                    StructureRole.LBody => PdfBlockLevelElementTag.ListBody,
                    StructureRole.Table => PdfBlockLevelElementTag.Table,
                    StructureRole.TR => PdfBlockLevelElementTag.TableRow,
                    StructureRole.TH => PdfBlockLevelElementTag.TableHeaderCell,
                    StructureRole.TD => PdfBlockLevelElementTag.TableDataCell,
                    _ => PdfBlockLevelElementTag.Paragraph,
                });
                if (element.Role == StructureRole.TH)
                {
                    // PDF/UA-1 7.5: header cells say what they head; a pipe table's header row heads its columns.
                    builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
                }
                break;
        }
    }

    private static void LeaveTextMode(UAManager ua)
    {
        if (ua.IsInTextMode())
        {
            ua.BeginGraphicMode();
        }
    }

    private static XSolidBrush Brush(Ink ink) => new(Color(ink));

    // GOV.UK palette: contrast on white 19:1 (text), 7.6:1 (secondary), 5.2:1 (link).
    private static XColor Color(Ink ink) => ink switch
    {
        Ink.Secondary => XColor.FromArgb(0x50, 0x5a, 0x5f),
        Ink.Link => XColor.FromArgb(0x1d, 0x70, 0xb8),
        Ink.Rule => XColor.FromArgb(0xb1, 0xb4, 0xb6),
        Ink.Shade => XColor.FromArgb(0xf3, 0xf2, 0xf1),
        _ => XColor.FromArgb(0x0b, 0x0c, 0x0c),
    };
}
