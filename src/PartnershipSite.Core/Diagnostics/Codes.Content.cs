namespace PartnershipSite.Diagnostics;

// The catalogue's entries for content: releases and their front matter (PS01xx), in code order.
internal static partial class Codes
{
    /// <summary>A release's front matter or site.yml is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor MalformedYaml = new("PS0101", DiagnosticSeverity.Error,
        "This is not valid YAML: {0}", "check indentation and quote values that contain ': '.");

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

    /// <summary>A paragraph with more emphasis and link markers than <see cref="Text.SourceLimits.MaxInlineMarkers"/>.</summary>
    public static readonly DiagnosticDescriptor TooManyInlineMarkers = new("PS0122", DiagnosticSeverity.Error,
        "This paragraph has more than {0:N0} '*', '_' and '[' markers.", "split the paragraph or table, or write a literal marker as '\\*', '\\_' or '\\['.");

    /// <summary>A release with more Markdown blocks than <see cref="Text.SourceLimits.MaxBlocks"/>.</summary>
    public static readonly DiagnosticDescriptor TooManyBlocks = new("PS0123", DiagnosticSeverity.Error,
        "This release has more than {0:N0} Markdown blocks (paragraphs, headings, list items, quotations, press blocks); block {1:N0} starts here.",
        "a press release is a page or two: publish a long document as an attachment, or look for markup repeated by mistake.");

    /// <summary>A date no format can write (before <see cref="Content.IsoDate.Earliest"/> or after <see cref="Content.IsoDate.Latest"/>).</summary>
    public static readonly DiagnosticDescriptor DateOutOfRange = new("PS0121", DiagnosticSeverity.Error,
        "'{0}' for '{1}' is outside the dates a release can carry ({2} to {3}).", "check the year: it is probably a typing slip.");

    /// <summary>Raw HTML in a release's Markdown.</summary>
    public static readonly DiagnosticDescriptor RawHtml = new("PS0130", DiagnosticSeverity.Error,
        "Raw HTML is not allowed in a release: {0}.", "write it in Markdown (headings, lists, links, {{lang=cy}} for a passage in another language); HTML comments are allowed.");

    /// <summary>A link or image whose URL would run script or embed content.</summary>
    public static readonly DiagnosticDescriptor UnsafeUrl = new("PS0131", DiagnosticSeverity.Error,
        "The link target '{0}' would run script or embed content in the reader's browser.", "link to an https:// page, a page on this site, mailto: or tel:.");

    /// <summary>A generic attribute other than lang, dir, id, class, role, alt or title.</summary>
    public static readonly DiagnosticDescriptor UnsafeAttribute = new("PS0132", DiagnosticSeverity.Error,
        "The attribute '{0}' is not allowed in Markdown attributes.", "use only lang, dir, id, class, role, alt or title in {{…}}; it was removed.");

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

    /// <summary>Two spellings of one topic or organisation (differing only in case, spacing or punctuation).</summary>
    public static readonly DiagnosticDescriptor TermSpelledTwoWays = new("PS0150", DiagnosticSeverity.Warning,
        "The {0} '{1}' is written '{2}' at {3}; both are the one {0} '{2}', whose page shows that spelling.", "write the {0} the same way in every release.");

    /// <summary>Two different topics or organisations would share one page address.</summary>
    public static readonly DiagnosticDescriptor TermSlugClash = new("PS0151", DiagnosticSeverity.Error,
        "The {0} '{1}' would have the same page, {2}, as the different {0} '{3}' at {4}.", "rename one of them so they differ in more than accents and symbols, or use the same name if they are the same {0}.");

    /// <summary>A topic or organisation has nothing to make a page address from.</summary>
    public static readonly DiagnosticDescriptor TermHasNoSlug = new("PS0152", DiagnosticSeverity.Error,
        "The {0} '{1}' has no letters or digits to make its page address from.", "name the {0} with words, e.g. 'Science and innovation'.");

    /// <summary>A press block (<c>^…^</c>, <c>$C … $C</c>, …) whose closing marker never comes.</summary>
    public static readonly DiagnosticDescriptor UnclosedBlock = new("PS0160", DiagnosticSeverity.Error,
        "The {0} opened here with '{1}' is never closed.", "end its last line with '{2}', or put '{2}' on a line of its own after it; to start a line with '{1}' as text, write '\\{1}'.");

    /// <summary>A press block inside another.</summary>
    public static readonly DiagnosticDescriptor BlockInsideBlock = new("PS0161", DiagnosticSeverity.Error,
        "A {0} cannot be inside a {1} (opened at line {2}).", "close the {1} with '{3}' before the {0} starts; press blocks stand side by side, not one inside another.");

    /// <summary>A translation (<c>slug.cy.md</c>) in a language site.yml does not list.</summary>
    public static readonly DiagnosticDescriptor TranslationLanguageNotListed = new("PS0170", DiagnosticSeverity.Error,
        "This is a translation into '{0}', which the site does not publish in (site.yml 'languages': {1}).", "add '{0}' to 'languages' in site.yml (with the theme's labels in '{0}'), or rename the file.");

    /// <summary>A translation whose original is not there.</summary>
    public static readonly DiagnosticDescriptor TranslationWithoutOriginal = new("PS0171", DiagnosticSeverity.Error,
        "This translation has no original: there is no {0} beside it.", "add the original release as {0}, or name this file after the release it translates ('YYYY-MM-DD-slug.{1}.md').");

    /// <summary>A translation older than its original's latest major change.</summary>
    public static readonly DiagnosticDescriptor TranslationOutOfDate = new("PS0172", DiagnosticSeverity.Warning,
        "This translation was last changed on {0}, before its original {1} was last changed ({2}): readers of it may miss that change.", "translate the change and add it to this file's 'updated' list with its date, or mark the original's change 'minor: true' if it was only a correction.");
}
