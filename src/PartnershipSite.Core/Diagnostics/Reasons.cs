using System.Collections.Frozen;

namespace PartnershipSite.Diagnostics;

/// <summary>
/// Each check rule's one-line reason, as the tables of <c>docs/checks.md</c> give it (a test keeps the two equal):
/// printed above a group of warnings, so a reader learns why the rule exists once, not once per warning.
/// </summary>
public static class Reasons
{
    private static readonly FrozenDictionary<string, string> ByCode = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PS0150"] = "two spellings of one term, differing only in case, spacing or punctuation; reported at the later spelling, naming the first and where it is written. They share one page, titled with the first spelling by file path.",
        ["PS0151"] = "two different names whose page addresses would be the same (e.g. \"Café culture\" and \"Cafè culture\"); reported at the second, naming the first and its location.",
        ["PS0152"] = "a name with no letters or digits to make an address from.",
        ["PS0160"] = "a press block whose closing marker never comes before the end of the file or of the list or quotation it is in; reported at the opening marker. Nothing after it would render as intended.",
        ["PS0161"] = "a press block inside another (a contact inside a call to action); reported at the inner block's marker, naming the outer one's line.",
        ["PS0170"] = "a translation (`YYYY-MM-DD-slug.cy.md`) in a language that `site.yml`'s `languages` does not list; reported at the file's start. It is not published.",
        ["PS0171"] = "a translation with no original (`YYYY-MM-DD-slug.md`) beside it; reported at the file's start. It is not published.",
        ["PS0172"] = "a translation last changed (its `date`, or its last `updated` entry) before its original's latest major change (an `updated` entry not marked `minor`, or a withdrawal); reported at the translation, naming the original. It is still published.",
        ["PS0205"] = "the theme has no `labels.yml`, where the words of release pages and PDFs are kept; reported at the theme folder.",
        ["PS0206"] = "a language in `labels.yml` lacks a label (or its text is empty); reported at the language, or at the empty label.",
        ["PS0207"] = "a label name that nothing uses, most likely a misspelling; reported at the name.",
        ["PS0208"] = "`labels.yml` has no labels for the site's `language`, or for one of its `languages`, by its whole tag or its first part (`en` serves `en-GB`).",
        ["PS0209"] = "a label's text lacks a placeholder it needs (`{email}`, `{page}`, `{pages}`, `{publisher}`, `{count}`), holds one twice, or holds one that is never filled in; or `months` is not twelve names.",
        ["PS0301"] = "An empty `href` goes nowhere (WCAG 2.4.4).",
        ["PS0302"] = "`#` is a placeholder left in a draft: the link goes nowhere.",
        ["PS0303"] = "`javascript:` links fail without script and for assistive technology.",
        ["PS0304"] = "A malformed `mailto:` (RFC 6068) opens an empty or undeliverable email.",
        ["PS0305"] = "A malformed `tel:` (RFC 3966) cannot be dialled.",
        ["PS0306"] = "The target is not a file the site publishes (folders serve `index.html`; paths are case-sensitive, as on static hosts).",
        ["PS0307"] = "The `#fragment` is not an `id` (or `a[name]`) in the target page. `#top` and text fragments are allowed.",
        ["PS0308"] = "`http:` can be intercepted; `https:` is expected (internal `http:` links only when the site is served over http).",
        ["PS0309"] = "The URL does not parse (RFC 3986); browsers would guess.",
        ["PS0310"] = "With `--check-external`: the link answered an HTTP error (after following redirects; HEAD refused is retried as GET).",
        ["PS0311"] = "With `--check-external`: no answer within `timeout`, after retries. Never a silent pass; set it to `warning` to publish anyway.",
        ["PS0312"] = "With `--check-external`: no answer at all (DNS, refused or reset connection, TLS failure), after retries.",
        ["PS0313"] = "With `--check-external`: the server kept answering 429, or asked to wait longer than 60 s (`Retry-After` is honoured up to then).",
        ["PS0314"] = "With `--check-external`: the link redirects; link to the final address.",
        ["PS0315"] = "The target is an old path of a release (its `redirect_from`), moved to the URL given; the 301 in `_redirects` still takes readers there, but the link should name the new URL.",
        ["PS0401"] = "`html[lang]` present and a valid BCP 47 tag, so screen readers use the right voice.",
        ["PS0402"] = "Every other `lang` is a valid tag (`lang=\"\"`, \"unknown\", is allowed).",
        ["PS0403"] = "A non-empty `title` names the page in tabs, history and search.",
        ["PS0404"] = "Two pages with one title cannot be told apart.",
        ["PS0405"] = "Exactly one `h1`, the headline: body headings start at `##`.",
        ["PS0406"] = "Headings go down one level at a time, so the outline is true.",
        ["PS0407"] = "`img`, `input[type=image]` and `area` have `alt`; an image written in Markdown needs real alt text unless marked `{role=presentation}`.",
        ["PS0408"] = "A link without text (or alt text, or aria-label) is announced as its URL or not at all.",
        ["PS0409"] = "A button without a name cannot be understood.",
        ["PS0410"] = "\"Click here\", \"read more\" or a bare URL means nothing in a list of links.",
        ["PS0411"] = "Duplicate ids break labels, `aria-*` references and fragment links.",
        ["PS0412"] = "One `main`, and no content outside landmarks, so regions can be navigated.",
        ["PS0413"] = "With a header or navigation before `main`, the first link skips to the main content.",
        ["PS0414"] = "A data table has `th` cells (`role=presentation` tables are exempt).",
        ["PS0415"] = "A positive `tabindex` pulls elements out of the reading order.",
        ["PS0416"] = "A timed `meta refresh` moves readers on before they have read (a 0-second redirect is allowed).",
        ["PS0417"] = "`user-scalable=no` or `maximum-scale` below 2 stops readers from zooming.",
        ["PS0420"] = "Sentences of more than 25 words are hard to follow, above all for readers with cognitive impairments.",
        ["PS0421"] = "Sentence case is easier to read than Title Case (headings and the release title). Proper nouns cannot be told apart, so it is a warning.",
        ["PS0422"] = "An acronym is spelled out on first use (\"artificial intelligence (AI)\") or defined at the foot of the file (`*[AI]: …`), unless readers know it better than its expansion (UK, US, EU, NHS…).",
        ["PS0430"] = "`/MarkInfo /Marked true` and a structure tree: without tags, screen readers get no headings, lists or reading order.",
        ["PS0431"] = "The language of all text is determined (catalog `/Lang`, or `/Lang` on the element or an ancestor) and every `/Lang` is a language tag. Without a catalog `/Lang`, each rule is reported once per PDF with a count.",
        ["PS0432"] = "A title, shown by viewers (`/DisplayDocTitle true`) instead of the file name.",
        ["PS0433"] = "Every font on a page is embedded (Type 3 fonts exempt).",
        ["PS0434"] = "Every `Figure` and `Formula` element (role map followed) has a non-empty `/Alt` or an `/ActualText`.",
        ["PS0435"] = "Every link annotation belongs to a `Link` element through its `/StructParent` and the parent tree, and has `/Contents`.",
        ["PS0436"] = "A PDF PdfPig cannot parse is reported, never passed unchecked.",
        ["PS0440"] = "What a strict reader checks, read from the bytes (PdfPig repairs silently): the header; startxref and every cross-reference offset pointing at its object; no reference to a missing object; every `/Length` ending at `endstream`; every Flate stream decoding to its zlib end-of-stream (\"premature end of data in flate filter\" in qpdf and MuPDF). Offsets in cross-reference streams (PDF 1.5) are not checked.",
        ["PS0441"] = "A well-formed XMP metadata stream (`/Type /Metadata /Subtype /XML`) with `pdfuaid:part` 1 (prefix `pdfuaid`) and `dc:title`.",
        ["PS0442"] = "Pages with annotations have `/Tabs /S`; annotations are tagged (`Annot`, widgets in `Form`), described (`/Contents` or `/Alt`, `/TU`), no TrapNet, printer's marks untagged. Hidden annotations and those outside the crop box are exempt.",
        ["PS0443"] = "Every structure type is standard or maps to one (no loops, no remapped standard types), every element has `/P`, every `Note` a unique `/ID`.",
        ["PS0444"] = "`Table > (THead/TBody/TFoot >) TR > TH/TD`, one caption first or last: the parts screen readers navigate a table by.",
        ["PS0445"] = "`L > LI > Lbl + LBody` and `TOC > TOCI`, captions first.",
        ["PS0446"] = "Headings start at H1 and never skip a level going down; H1–H6 or `H`, not both; at most one `H` per element.",
        ["PS0447"] = "No suspect tags, named optional-content configurations without `/AS`, named embedded files, no dynamic XFA, encryption that allows extraction for accessibility, no reference XObjects.",
        ["PS0448"] = "From the font dictionaries: CMaps predefined or embedded and matching the CIDFont, `/CIDToGIDMap` on embedded TrueType CIDFonts, allowed TrueType encodings, a Unicode mapping without U+0000/FEFF/FFFE.",
        ["PS0449"] = "From the page content streams: everything drawn is inside tagged marked content (an MCID) or an `Artifact`, and the two are never nested in each other; a `Span` sequence with `/ActualText`, `/Alt` or `/E` has a language. Form XObjects' own content is not followed.",
        ["PS0601"] = "the headline differs: the page's and the PDF's first `h1`, each feed entry's title (a withdrawn release's `[Withdrawn]` prefix is the listing's, not the title's).",
        ["PS0602"] = "the summary differs: each feed entry's description or summary, and the paragraph of the page's and the PDF's frame that reads as the summary.",
        ["PS0603"] = "a date differs: first published and last updated, as instants where a format has them (the page's `time[datetime]`, the feeds' dates) and as printed in the PDF (the page's printed date, found in the PDF's frame).",
        ["PS0604"] = "the organisations differ: the page's links to organisation pages, in order; each feed entry's authors (the lead ones may stand for all, in the page's order); the PDF's frame names each, in order. Reported at the organisation's line in the front matter.",
        ["PS0605"] = "the topics differ: the page's links to topic pages, each feed entry's categories (organisations filed as categories aside) and the PDF's frame, in order. Reported at the topic's line in the front matter.",
        ["PS0606"] = "the body's text differs, block by block in reading order (paragraphs, headings, list items, table cells, captions, press blocks and their labels); reported at the Markdown line of the first differing block.",
        ["PS0607"] = "the body's link targets differ, in order (absolute; links within the page, such as footnotes, left out; a PDF link wrapped over two lines counted once); reported at the Markdown link.",
        ["PS0608"] = "the body's image alt texts differ, in order (decorative images left out); reported at the Markdown image.",
        ["PS0609"] = "a feed the build wrote could not be read back as XML or JSON, so its entries were left out of the comparison (the feed tests and feed readers report the feed itself).",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code with a documented reason.</summary>
    public static IEnumerable<KeyValuePair<string, string>> All => ByCode;

    /// <summary>
    /// The reason for <paramref name="code"/>: the documented one, else the catalogue's fix (its placeholders left
    /// out), else null for a code the catalogue does not know.
    /// </summary>
    public static string? For(string code) =>
        ByCode.TryGetValue(code, out var reason) ? reason
        : Catalogue.Find(code) is { Fix.Length: > 0 } descriptor ? Catalogue.WithoutPlaceholders(descriptor.Fix)
        : null;
}
