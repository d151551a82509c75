namespace PartnershipSite.Diagnostics;

/// <summary>
/// The catalogue of diagnostics. PS00xx: site set-up; PS01xx: content; PS02xx: theme and templates;
/// PS03xx: links; PS04xx: accessibility; PS05xx: PDF; PS09xx: output.
/// </summary>
public static class Codes
{
    /// <summary>The input folder is missing.</summary>
    public static readonly DiagnosticDescriptor InputFolderMissing = new("PS0001", DiagnosticSeverity.Error,
        "The input folder '{0}' does not exist.", "run from the repository root or pass --input DIR.");

    /// <summary>The site configuration file is missing.</summary>
    public static readonly DiagnosticDescriptor SiteConfigMissing = new("PS0002", DiagnosticSeverity.Error,
        "The site configuration file 'site.yml' is missing.", "create input/site.yml with title, base_url, language and publisher.");

    /// <summary>The site configuration is not valid.</summary>
    public static readonly DiagnosticDescriptor SiteConfigInvalid = new("PS0003", DiagnosticSeverity.Error,
        "{0}", "");

    /// <summary>The output folder would overwrite something that is not ours.</summary>
    public static readonly DiagnosticDescriptor UnsafeOutputFolder = new("PS0004", DiagnosticSeverity.Error,
        "Refusing to write the site to '{0}': {1}", "choose an output folder outside input/, theme/ and the repository root, e.g. --output output.");

    /// <summary>The base URL is not an absolute http(s) URL.</summary>
    public static readonly DiagnosticDescriptor InvalidBaseUrl = new("PS0005", DiagnosticSeverity.Error,
        "The base URL '{0}' is not an absolute http or https URL.", "give a URL such as https://example.gov.uk/ in site.yml or --base-url.");

    /// <summary>The theme folder is missing.</summary>
    public static readonly DiagnosticDescriptor ThemeFolderMissing = new("PS0006", DiagnosticSeverity.Error,
        "The theme folder '{0}' does not exist.", "set 'theme' in site.yml to the folder holding layouts/ and assets/.");

    /// <summary>The folder given to <c>check</c> does not exist.</summary>
    public static readonly DiagnosticDescriptor FolderMissing = new("PS0007", DiagnosticSeverity.Error,
        "The folder '{0}' does not exist.", "build the site first, or pass the published folder: check output.");

    /// <summary>An instant (an embargo) without a time or an offset.</summary>
    public static readonly DiagnosticDescriptor InvalidInstant = new("PS0140", DiagnosticSeverity.Error,
        "'{0}' is not an instant for '{1}': it needs a date, a time and an offset.", "write it as 2021-06-10T00:01:00+01:00 (the offset says whether the time is BST or GMT).");

    /// <summary>An old path in redirect_from is not a site path.</summary>
    public static readonly DiagnosticDescriptor InvalidOldPath = new("PS0141", DiagnosticSeverity.Error,
        "'{0}' is not a path on this site.", "write the old path as it was published, starting with '/', e.g. /releases/old-headline/.");

    /// <summary>Two releases claim the same old path.</summary>
    public static readonly DiagnosticDescriptor DuplicateOldPath = new("PS0142", DiagnosticSeverity.Error,
        "The old path '{0}' is also claimed by {1}.", "an old path can redirect to one release only: remove it from one of them.");

    /// <summary>An old path is a page the site publishes.</summary>
    public static readonly DiagnosticDescriptor OldPathIsLive = new("PS0143", DiagnosticSeverity.Error,
        "The old path '{0}' is a page this site still publishes, so it cannot redirect.", "remove it from redirect_from, or change the page that now lives there.");

    /// <summary>An embargoed release's title, slug or URL appears in an output.</summary>
    public static readonly DiagnosticDescriptor EmbargoLeak = new("PS0144", DiagnosticSeverity.Error,
        "This output names the embargoed release {0} (its {1}) before its embargo lifts at {2}.", "find what puts it there (a layout, another release's text) and remove it; nothing is published until then.");

    /// <summary>Raw HTML in a release's Markdown.</summary>
    public static readonly DiagnosticDescriptor RawHtml = new("PS0130", DiagnosticSeverity.Error,
        "Raw HTML is not allowed in a release: {0}.", "write it in Markdown (headings, lists, links, {{lang=cy}} for a passage in another language); HTML comments are allowed.");

    /// <summary>A link or image whose URL would run script or embed content.</summary>
    public static readonly DiagnosticDescriptor UnsafeUrl = new("PS0131", DiagnosticSeverity.Error,
        "The link target '{0}' would run script or embed content in the reader's browser.", "link to an https:// page, a page on this site, mailto: or tel:.");

    /// <summary>A generic attribute other than lang, dir, id, class, role, alt or title.</summary>
    public static readonly DiagnosticDescriptor UnsafeAttribute = new("PS0132", DiagnosticSeverity.Error,
        "The attribute '{0}' is not allowed in Markdown attributes.", "use only lang, dir, id, class, role, alt or title in {{…}}; it was removed.");

    /// <summary>A file or symbolic link leads outside the folders the build may read.</summary>
    public static readonly DiagnosticDescriptor ReadOutsideInput = new("PS0008", DiagnosticSeverity.Error,
        "'{0}' was not read: {1}.", "copy the file into the input (or theme) folder instead of linking to it; nothing outside them is published.");

    /// <summary>A symbolic link whose target does not exist.</summary>
    public static readonly DiagnosticDescriptor DanglingLink = new("PS0009", DiagnosticSeverity.Error,
        "This symbolic link points to '{0}', which does not exist.", "remove the link, or replace it with the file it should point to.");

    /// <summary>The baseline file of accepted warnings cannot be read.</summary>
    public static readonly DiagnosticDescriptor BaselineInvalid = new("PS0010", DiagnosticSeverity.Error,
        "The baseline file is not valid: {0}", "fix or delete it, then run 'build --update-baseline' to record the current warnings again.");

    /// <summary>The front matter is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor MalformedYaml = new("PS0101", DiagnosticSeverity.Error,
        "The front matter is not valid YAML: {0}", "check indentation and quote values that contain ': '.");

    /// <summary>A required front-matter field is missing or empty.</summary>
    public static readonly DiagnosticDescriptor MissingField = new("PS0102", DiagnosticSeverity.Error,
        "The front matter has no '{0}'.", "add '{0}: …' between the --- lines.");

    /// <summary>A date is not an ISO 8601 date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("PS0103", DiagnosticSeverity.Error,
        "'{0}' is not a valid date for '{1}'.", "write the date as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+01:00.");

    /// <summary>The document type is not one the site publishes.</summary>
    public static readonly DiagnosticDescriptor UnknownType = new("PS0104", DiagnosticSeverity.Error,
        "'{0}' is not a known document type.", "use one of: {1}.");

    /// <summary>Two releases have the same slug.</summary>
    public static readonly DiagnosticDescriptor DuplicateSlug = new("PS0105", DiagnosticSeverity.Error,
        "The slug '{0}' is also used by {1}.", "give one of the releases a different 'slug' or file name.");

    /// <summary>A slug is not a plain lower-case URL segment.</summary>
    public static readonly DiagnosticDescriptor InvalidSlug = new("PS0106", DiagnosticSeverity.Error,
        "The slug '{0}' is not a single URL segment of lower-case letters, digits and hyphens.", "use a slug such as 'uk-us-science-partnership' (no '/', '..' or spaces).");

    /// <summary>The layout named in front matter does not exist in the theme.</summary>
    public static readonly DiagnosticDescriptor UnknownLayout = new("PS0107", DiagnosticSeverity.Error,
        "There is no layout '{0}' in the theme.", "use one of: {1}.");

    /// <summary>A file is not UTF-8.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new("PS0108", DiagnosticSeverity.Error,
        "The file is not valid UTF-8 (byte 0x{0:X2}).", "save the file as UTF-8.");

    /// <summary>A release has no front matter.</summary>
    public static readonly DiagnosticDescriptor MissingFrontMatter = new("PS0109", DiagnosticSeverity.Error,
        "The release has no front matter.", "start the file with a '---' line, the fields (title, summary, date, type, from) and another '---' line.");

    /// <summary>A front-matter field is not one the site knows: usually a typo.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("PS0110", DiagnosticSeverity.Warning,
        "'{0}' is not a known front-matter field.", "check the spelling; known fields are: {1}.");

    /// <summary>A front-matter field has the wrong shape.</summary>
    public static readonly DiagnosticDescriptor InvalidField = new("PS0111", DiagnosticSeverity.Error,
        "'{0}' must be {1}.", "");

    /// <summary>A language tag is not a valid BCP 47 tag.</summary>
    public static readonly DiagnosticDescriptor InvalidLanguage = new("PS0112", DiagnosticSeverity.Error,
        "'{0}' is not a valid language tag.", "use a BCP 47 tag such as en-GB or cy.");

    /// <summary>An update is dated before first publication.</summary>
    public static readonly DiagnosticDescriptor UpdateBeforePublication = new("PS0113", DiagnosticSeverity.Error,
        "The update dated {0} is earlier than the first publication date {1}.", "correct the date of the update or of 'date'.");

    /// <summary>The title given to <c>new</c> has no letters or digits to make a file name from.</summary>
    public static readonly DiagnosticDescriptor TitleHasNoSlug = new("PS0114", DiagnosticSeverity.Error,
        "The title '{0}' has no letters or digits to make a file name from.", "give a title with words, e.g. new \"UK and US agree to strengthen ties\".");

    /// <summary><c>new</c> would overwrite an existing release.</summary>
    public static readonly DiagnosticDescriptor ReleaseAlreadyExists = new("PS0115", DiagnosticSeverity.Error,
        "A release with this date and title already exists; it was left as it was.", "edit the existing file, or give a different title or --date.");

    /// <summary>A source file holds a character no output format can carry (<see cref="Text.TextPolicy"/>).</summary>
    public static readonly DiagnosticDescriptor ForbiddenCharacter = new("PS0116", DiagnosticSeverity.Error,
        "The file contains {0}, which HTML, XML feeds and PDF cannot carry.", "delete it: it is invisible in most editors and usually comes from pasting from a word processor or PDF (search for the character, or retype the words around it).");

    /// <summary>A source file is larger than <see cref="Text.SourceLimits.MaxFileBytes"/>.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new("PS0117", DiagnosticSeverity.Error,
        "The file is {0:N0} bytes, more than the limit of {1:N0}.", "split it, or move data (tables, long lists) into a linked file beside the release.");

    /// <summary>A line is longer than <see cref="Text.SourceLimits.MaxLineLength"/>.</summary>
    public static readonly DiagnosticDescriptor LineTooLong = new("PS0118", DiagnosticSeverity.Error,
        "The line is {0:N0} characters long, more than the limit of {1:N0}.", "break it into paragraphs (a blank line between them), or check for text pasted many times.");

    /// <summary>YAML, Liquid or Markdown nested deeper than <see cref="Text.SourceLimits.MaxNesting"/>.</summary>
    public static readonly DiagnosticDescriptor NestedTooDeep = new("PS0119", DiagnosticSeverity.Error,
        "{0} nested too deeply here ({1}).", "close the brackets, blocks or quotations that were opened by mistake; real content needs only a few levels.");

    /// <summary>A link's text is longer than <see cref="Text.SourceLimits.MaxLinkText"/>.</summary>
    public static readonly DiagnosticDescriptor LinkTextTooLong = new("PS0120", DiagnosticSeverity.Error,
        "The link text is {0:N0} characters long, more than the limit of {1:N0}.", "link a short phrase that says where the link goes, and check for a missing ']'.");

    /// <summary>Two spellings of one topic or organisation (differing only in case, spacing or punctuation).</summary>
    public static readonly DiagnosticDescriptor TermSpelledTwoWays = new("PS0150", DiagnosticSeverity.Warning,
        "The {0} '{1}' is written '{2}' at {3}; both are the one {0} '{2}', whose page shows that spelling.", "write the {0} the same way in every release.");

    /// <summary>Two different topics or organisations would share one page address.</summary>
    public static readonly DiagnosticDescriptor TermSlugClash = new("PS0151", DiagnosticSeverity.Error,
        "The {0} '{1}' would have the same page, {2}, as the different {0} '{3}' at {4}.", "rename one of them so they differ in more than accents and symbols, or use the same name if they are the same {0}.");

    /// <summary>A topic or organisation has nothing to make a page address from.</summary>
    public static readonly DiagnosticDescriptor TermHasNoSlug = new("PS0152", DiagnosticSeverity.Error,
        "The {0} '{1}' has no letters or digits to make its page address from.", "name the {0} with words, e.g. 'Science and innovation'.");

    /// <summary>A template has a Liquid syntax error.</summary>
    public static readonly DiagnosticDescriptor LiquidSyntax = new("PS0201", DiagnosticSeverity.Error,
        "Liquid syntax error: {0}", "correct the tag or output at that position.");

    /// <summary>A template uses a variable or member that does not exist.</summary>
    public static readonly DiagnosticDescriptor UndefinedTemplateValue = new("PS0202", DiagnosticSeverity.Error,
        "The template uses '{0}', which is not defined.", "check the spelling against the view model documented in theme/README.md.");

    /// <summary>A layout the site needs is missing from the theme.</summary>
    public static readonly DiagnosticDescriptor MissingLayout = new("PS0203", DiagnosticSeverity.Error,
        "The theme has no layout '{0}'.", "add theme/layouts/{0}.liquid.");

    /// <summary>A layout failed while a page was rendered (a filter error, the step limit).</summary>
    public static readonly DiagnosticDescriptor TemplateFailed = new("PS0204", DiagnosticSeverity.Error,
        "The layout failed while rendering a page: {0}.", "check the filters and loops of the layout (a loop may run at most 1,000,000 steps).");

    /// <summary>A Markdown block the PDF layout cannot place.</summary>
    public static readonly DiagnosticDescriptor PdfUnsupportedBlock = new("PS0501", DiagnosticSeverity.Error,
        "The PDF cannot show {0}, so the release's PDF would not match its page.", "use paragraphs, lists, headings and quotations, or describe the content in prose.");

    /// <summary>An inline Markdown element the PDF layout cannot place.</summary>
    public static readonly DiagnosticDescriptor PdfUnsupportedInline = new("PS0502", DiagnosticSeverity.Error,
        "The PDF cannot show {0}, so the release's PDF would not match its page.", "remove it or write it as text or a link.");

    /// <summary>A Markdown image whose file the PDF cannot read (missing, outside the release's folder, or not PNG/JPEG).</summary>
    public static readonly DiagnosticDescriptor PdfImageUnavailable = new("PS0504", DiagnosticSeverity.Error,
        "The image '{0}' {1}, so the PDF cannot show it.", "put the image (PNG or JPEG) in the folder named after the release, beside its .md file, and link it by its file name.");

    /// <summary>The theme has no PDF fonts.</summary>
    public static readonly DiagnosticDescriptor PdfFontMissing = new("PS0503", DiagnosticSeverity.Error,
        "The theme has no font file '{0}' for the PDF.", "add the Atkinson Hyperlegible TrueType faces to theme/fonts/.");
    /// <summary>A link has an empty target.</summary>
    public static readonly DiagnosticDescriptor EmptyLink = new("PS0301", DiagnosticSeverity.Error,
        "The {0} has an empty target.", "give the link a destination, or remove it.");

    /// <summary>A link points at <c>#</c>: a placeholder left in the text.</summary>
    public static readonly DiagnosticDescriptor PlaceholderLink = new("PS0302", DiagnosticSeverity.Error,
        "The {0} points at '#', a placeholder.", "replace '#' with the real address (for Markdown, at the foot of the file).");

    /// <summary>A link runs script instead of going somewhere.</summary>
    public static readonly DiagnosticDescriptor JavaScriptLink = new("PS0303", DiagnosticSeverity.Error,
        "The {0} runs JavaScript ('{1}').", "link to a page or file; script links do not work without JavaScript or for assistive technology.");

    /// <summary>A mailto: link is not a valid address.</summary>
    public static readonly DiagnosticDescriptor MalformedMailto = new("PS0304", DiagnosticSeverity.Error,
        "The {0} has an invalid email address ('{1}').", "write mailto:name@example.gov.uk (RFC 6068).");

    /// <summary>A tel: link is not a valid number.</summary>
    public static readonly DiagnosticDescriptor MalformedTel = new("PS0305", DiagnosticSeverity.Error,
        "The {0} has an invalid telephone number ('{1}').", "write the number in international form, e.g. tel:+442072112210 (RFC 3966).");

    /// <summary>An internal link points at a file the site does not have.</summary>
    public static readonly DiagnosticDescriptor InternalLinkBroken = new("PS0306", DiagnosticSeverity.Error,
        "The {0} points at '{1}', which the site does not have.", "correct the address; paths are case-sensitive on the host.");

    /// <summary>An internal link goes to an old path that redirects to a release's new URL.</summary>
    public static readonly DiagnosticDescriptor InternalLinkMoved = new("PS0315", DiagnosticSeverity.Warning,
        "The {0} points at '{1}', which has moved to '{2}' (a redirect still takes readers there).", "link to '{2}' directly.");

    /// <summary>An internal link's fragment is not an id in the target page.</summary>
    public static readonly DiagnosticDescriptor FragmentMissing = new("PS0307", DiagnosticSeverity.Error,
        "The {0} points at '#{1}', but {2} has no element with that id.", "link to an id the page has, or add the id.");

    /// <summary>A link uses http: where https: is expected.</summary>
    public static readonly DiagnosticDescriptor InsecureLink = new("PS0308", DiagnosticSeverity.Warning,
        "The {0} uses http: ('{1}').", "use https: if the site supports it.");

    /// <summary>A link is not a well-formed URL.</summary>
    public static readonly DiagnosticDescriptor MalformedUrl = new("PS0309", DiagnosticSeverity.Error,
        "The {0} has an invalid URL ('{1}').", "correct the address (spaces must be written %20).");

    /// <summary>An external link answered with an HTTP error.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkBroken = new("PS0310", DiagnosticSeverity.Error,
        "The {0} answered {1} ('{2}').", "correct or remove the link; if the page moved, link to its new address.");

    /// <summary>An external link did not answer in time.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkTimedOut = new("PS0311", DiagnosticSeverity.Error,
        "The {0} did not answer within {1} ('{2}').", "check the address; if the site is only slow, raise checks.external.timeout or set PS0311 to warning in site.yml.");

    /// <summary>An external link could not be reached (DNS, connection reset, TLS).</summary>
    public static readonly DiagnosticDescriptor ExternalLinkUnreachable = new("PS0312", DiagnosticSeverity.Error,
        "The {0} could not be reached: {1} ('{2}').", "check the address and the site's certificate; set PS0312 to warning in site.yml to publish anyway.");

    /// <summary>An external link's server refused to answer (HTTP 429), so it could not be checked.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkRateLimited = new("PS0313", DiagnosticSeverity.Error,
        "The {0} was rate-limited (HTTP 429{1}) and could not be checked ('{2}').", "try again later, exclude the host in checks.external.exclude, or set PS0313 to warning in site.yml.");

    /// <summary>An external link redirects elsewhere.</summary>
    public static readonly DiagnosticDescriptor ExternalLinkRedirected = new("PS0314", DiagnosticSeverity.Info,
        "The {0} redirects to '{1}' (HTTP {2}).", "link to the final address.");

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

    /// <summary>Writing the output failed.</summary>
    public static readonly DiagnosticDescriptor OutputFailed = new("PS0901", DiagnosticSeverity.Error,
        "Could not write the site: {0}", "check permissions and free space; the previous output was left as it was.");

    /// <summary>The previous site was put back after an interrupted publish.</summary>
    public static readonly DiagnosticDescriptor OutputRecovered = new("PS0902", DiagnosticSeverity.Warning,
        "The last publish was interrupted; the previous site was put back from '{0}'.", "nothing to do: this build publishes as usual.");
}
