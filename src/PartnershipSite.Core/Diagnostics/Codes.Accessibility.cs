namespace PartnershipSite.Diagnostics;

// The catalogue's entries for accessibility of pages and PDFs, PDF/UA-1 included, and plain English (PS04xx), in code order.
internal static partial class Codes
{
    /// <summary>The page's language is missing or not a valid tag (WCAG 3.1.1).</summary>
    public static readonly DiagnosticDescriptor PageLanguageMissing = new("PS0401", DiagnosticSeverity.Error,
        "The page's <html> element {0}.", "set lang on <html> in the base layout to a BCP 47 tag such as en-GB (WCAG 2.2 SC 3.1.1).");

    /// <summary>A lang attribute is not a valid tag (WCAG 3.1.2).</summary>
    public static readonly DiagnosticDescriptor LanguageTagInvalid = new("PS0402", DiagnosticSeverity.Error,
        "'{0}' on <{1}> is not a valid language tag.", "use a BCP 47 tag such as en-GB, cy or fr (WCAG 2.2 SC 3.1.2).");

    /// <summary>A page has no title (WCAG 2.4.2).</summary>
    public static readonly DiagnosticDescriptor TitleMissing = new("PS0403", DiagnosticSeverity.Error,
        "The page has no title, or an empty one.", "give every layout a <title> that says what the page is (WCAG 2.2 SC 2.4.2).");

    /// <summary>Two pages have the same title (WCAG 2.4.2).</summary>
    public static readonly DiagnosticDescriptor TitleNotUnique = new("PS0404", DiagnosticSeverity.Error,
        "The title '{0}' is also the title of {1}.", "give each page a title of its own, e.g. a release a distinct headline (WCAG 2.2 SC 2.4.2).");

    /// <summary>A page does not have exactly one h1 (WCAG 1.3.1, 2.4.6).</summary>
    public static readonly DiagnosticDescriptor HeadingOneCount = new("PS0405", DiagnosticSeverity.Error,
        "The page has {0} <h1> headings; it should have exactly one.", "keep the headline as the only level-1 heading; start body headings at '##' (WCAG 2.2 SC 1.3.1, 2.4.6).");

    /// <summary>A heading skips a level (WCAG 1.3.1).</summary>
    public static readonly DiagnosticDescriptor HeadingSkipsLevel = new("PS0406", DiagnosticSeverity.Error,
        "The heading '{0}' is level {1}, but {2}.", "use the next level down (e.g. '###' under '##') (WCAG 2.2 SC 1.3.1).");

    /// <summary>An image has no alt attribute (WCAG 1.1.1).</summary>
    public static readonly DiagnosticDescriptor ImageAltMissing = new("PS0407", DiagnosticSeverity.Error,
        "The {0} has no alt text.", "describe the image in its alt text, or write alt=\"\" if it is purely decorative (WCAG 2.2 SC 1.1.1).");

    /// <summary>A link has no accessible name (WCAG 2.4.4, 4.1.2).</summary>
    public static readonly DiagnosticDescriptor LinkNameMissing = new("PS0408", DiagnosticSeverity.Error,
        "A link to '{0}' has no text, so screen readers cannot say where it goes.", "give the link text, or alt text to its image (WCAG 2.2 SC 2.4.4, 4.1.2).");

    /// <summary>A button has no accessible name (WCAG 4.1.2).</summary>
    public static readonly DiagnosticDescriptor ButtonNameMissing = new("PS0409", DiagnosticSeverity.Error,
        "A <{0}> has no accessible name.", "give the button text, a value or an aria-label (WCAG 2.2 SC 4.1.2).");

    /// <summary>Link text is generic or a bare URL (WCAG 2.4.4).</summary>
    public static readonly DiagnosticDescriptor LinkTextGeneric = new("PS0410", DiagnosticSeverity.Error,
        "The link text '{0}' does not say where the link goes.", "write link text that makes sense on its own, e.g. 'Read the Atlantic Charter' (WCAG 2.2 SC 2.4.4).");

    /// <summary>Two elements in a page share an id (WCAG 4.1.1).</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new("PS0411", DiagnosticSeverity.Error,
        "The id '{0}' is used more than once in the page.", "give each element a unique id; labels and links find only the first (WCAG 2.0 SC 4.1.1, still breaks labels and fragments).");

    /// <summary>A page has no single main landmark, or content outside landmarks (WCAG 2.4.1).</summary>
    public static readonly DiagnosticDescriptor LandmarksMissing = new("PS0412", DiagnosticSeverity.Error,
        "{0}", "put the page's content in landmarks: header, nav, one main and footer (WCAG 2.2 SC 2.4.1, 1.3.1).");

    /// <summary>A page with a header or navigation has no working skip link (WCAG 2.4.1).</summary>
    public static readonly DiagnosticDescriptor SkipLinkBroken = new("PS0413", DiagnosticSeverity.Error,
        "{0}", "make the first link on the page 'Skip to main content' pointing at the main element's id (WCAG 2.2 SC 2.4.1).");

    /// <summary>A data table has no th cells (WCAG 1.3.1).</summary>
    public static readonly DiagnosticDescriptor TableHeadersMissing = new("PS0414", DiagnosticSeverity.Error,
        "The table has no header cells.", "give the table a header row (in Markdown, the first row of a pipe table) (WCAG 2.2 SC 1.3.1).");

    /// <summary>An element has a positive tabindex (WCAG 2.4.3).</summary>
    public static readonly DiagnosticDescriptor PositiveTabIndex = new("PS0415", DiagnosticSeverity.Error,
        "The <{0}> has tabindex=\"{1}\", which changes the keyboard order.", "remove the tabindex or use 0 or -1 (WCAG 2.2 SC 2.4.3).");

    /// <summary>A meta refresh with a delay (WCAG 2.2.1).</summary>
    public static readonly DiagnosticDescriptor MetaRefresh = new("PS0416", DiagnosticSeverity.Error,
        "The page refreshes or redirects itself after {0} seconds.", "link to the new page, or redirect on the server (WCAG 2.2 SC 2.2.1).");

    /// <summary>The viewport blocks zoom (WCAG 1.4.4).</summary>
    public static readonly DiagnosticDescriptor ZoomBlocked = new("PS0417", DiagnosticSeverity.Error,
        "The viewport '{0}' stops readers from zooming.", "remove user-scalable=no and any maximum-scale below 2 (WCAG 2.2 SC 1.4.4).");

    /// <summary>A sentence is longer than GOV.UK's plain-English limit.</summary>
    public static readonly DiagnosticDescriptor LongSentence = new("PS0420", DiagnosticSeverity.Warning,
        "The sentence '{0}' has {1} words; GOV.UK's guidance is 25 at most.", "split it into shorter sentences.");

    /// <summary>A heading is in title case rather than sentence case.</summary>
    public static readonly DiagnosticDescriptor HeadingNotSentenceCase = new("PS0421", DiagnosticSeverity.Warning,
        "The heading '{0}' is in title case.", "use sentence case: a capital only for the first word and proper nouns.");

    /// <summary>An acronym is used without being expanded on first use.</summary>
    public static readonly DiagnosticDescriptor AcronymNotExpanded = new("PS0422", DiagnosticSeverity.Warning,
        "'{0}' is not spelled out on first use.", "write it out in full the first time, e.g. 'artificial intelligence (AI)', or define it at the foot of the file: *[{0}]: …");

    // PDF/UA-1 checks (PS0430–PS0435, PS0440–PS0449) share one shape: the rule id (clause and test number of veraPDF's
    // profile), where in the PDF (page and object), the problem, and the rule's fix (PdfUaCoverage.Fix).

    /// <summary>A PDF is not tagged (WCAG 1.3.1, PDF/UA-1 6.2, 7.1).</summary>
    public static readonly DiagnosticDescriptor PdfNotTagged = new("PS0430", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>The natural language of a PDF's text is not determined, or a /Lang is not a language tag (WCAG 3.1.1, PDF/UA-1 7.2).</summary>
    public static readonly DiagnosticDescriptor PdfLanguageMissing = new("PS0431", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF's title is not shown (WCAG 2.4.2, PDF/UA-1 7.1).</summary>
    public static readonly DiagnosticDescriptor PdfTitleNotShown = new("PS0432", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF font is not embedded (PDF/UA-1 7.21.4.1).</summary>
    public static readonly DiagnosticDescriptor PdfFontNotEmbedded = new("PS0433", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF figure or formula has no alternative text (WCAG 1.1.1, PDF/UA-1 7.3, 7.7).</summary>
    public static readonly DiagnosticDescriptor PdfFigureAltMissing = new("PS0434", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF link annotation is not tagged as a Link (WCAG 4.1.2, PDF/UA-1 7.18.5).</summary>
    public static readonly DiagnosticDescriptor PdfLinkNotTagged = new("PS0435", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF output could not be read, so neither its links nor its accessibility could be checked.</summary>
    public static readonly DiagnosticDescriptor PdfUnreadable = new("PS0436", DiagnosticSeverity.Error,
        "The PDF could not be read, so it could not be checked: {0}", "check the step that writes the PDF; an unreadable PDF fails readers as well as checks.");

    /// <summary>A PDF breaks what a strict reader checks: header, cross-reference offsets, references, stream lengths and Flate ends.</summary>
    public static readonly DiagnosticDescriptor PdfFileMalformed = new("PS0440", DiagnosticSeverity.Error,
        "{0}, {1}: {2}.", "{3}");

    /// <summary>A PDF's XMP metadata does not identify it as PDF/UA-1 or has no title (PDF/UA-1 5, 7.1).</summary>
    public static readonly DiagnosticDescriptor PdfMetadataIncomplete = new("PS0441", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF annotation is not accessible: untagged, undescribed, or on a page without structure tab order (PDF/UA-1 7.18).</summary>
    public static readonly DiagnosticDescriptor PdfAnnotationInaccessible = new("PS0442", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF's structure tree breaks a rule of its own: role map, parent entries, note ids (PDF/UA-1 7.1, 7.9).</summary>
    public static readonly DiagnosticDescriptor PdfStructureInvalid = new("PS0443", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF table's structure is not a table's (PDF/UA-1 7.2, 7.5).</summary>
    public static readonly DiagnosticDescriptor PdfTableInvalid = new("PS0444", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF list's or table of contents' structure is not a list's (PDF/UA-1 7.2).</summary>
    public static readonly DiagnosticDescriptor PdfListInvalid = new("PS0445", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF's headings are not nested as PDF/UA-1 7.4 asks.</summary>
    public static readonly DiagnosticDescriptor PdfHeadingsInvalid = new("PS0446", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF uses a feature PDF/UA-1 forbids or restricts: suspects, optional content, XFA, encryption, embedded files, reference XObjects.</summary>
    public static readonly DiagnosticDescriptor PdfFeatureInaccessible = new("PS0447", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF font's dictionaries break PDF/UA-1 7.21 (CMaps, CIDToGIDMap, encodings, ToUnicode).</summary>
    public static readonly DiagnosticDescriptor PdfFontInvalid = new("PS0448", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");

    /// <summary>A PDF's page content is neither tagged nor an artifact, or mixes the two, or a Span's alternative has no language (PDF/UA-1 7.1, 7.2).</summary>
    public static readonly DiagnosticDescriptor PdfContentUntagged = new("PS0449", DiagnosticSeverity.Error,
        "PDF/UA-1 rule {0}, {1}: {2}.", "{3}");
}
