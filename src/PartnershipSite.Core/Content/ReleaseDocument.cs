using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace PartnershipSite.Content;

/// <summary>
/// A release as one document, built once (<c>ComposeDocuments</c>) and rendered by every format: the frame around
/// the body (kicker, title, standfirst, who it is from, dates, topics, contact, history) with the theme's wording,
/// and what of the body the frame already says. The page's layout and the PDF's layout read only this for the
/// frame, so they show the same sections, in the same order, in the same words.
/// </summary>
public sealed record ReleaseDocument
{
    /// <summary>The document type shown above the title ("Press release").</summary>
    public required string Kicker { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The standfirst under the headline; a body paragraph repeating it is left out (<see cref="Body"/>).</summary>
    public required string Standfirst { get; init; }

    /// <summary>The release's language (BCP 47).</summary>
    public required string Language { get; init; }

    /// <summary>The organisations it is from, lead organisation first, each with its page.</summary>
    public ImmutableArray<DocumentTerm> Organisations { get; init; } = [];

    /// <summary>The people it is from (ministers, officials), apart from the organisations.</summary>
    public ImmutableArray<string> People { get; init; } = [];

    /// <summary>When it was first published.</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>The latest major change, or null when it has not been updated (then there is no history section either).</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>Every published date, first publication first; empty when the release has not been updated.</summary>
    public ImmutableArray<DatedNote> History { get; init; } = [];

    /// <summary>Its topics, each with its page.</summary>
    public ImmutableArray<DocumentTerm> Topics { get; init; } = [];

    /// <summary>The press contact, or null when the body already gives it (the notes to editors name the number).</summary>
    public string? PressContact { get; init; }

    /// <summary>How to ask for another format: the theme's sentence with the site's email address set apart to link.</summary>
    public required SplitSentence AlternativeFormats { get; init; }

    /// <summary>The withdrawal notice's heading and note, or null.</summary>
    public (string Heading, string Note)? Withdrawn { get; init; }

    /// <summary>The theme's words for the frame, in the page's language (a translation's own, else the site's).</summary>
    public required Labels Labels { get; init; }

    /// <summary>What of the body each format leaves out of what is read (made from the release's source text).</summary>
    [JsonIgnore]
    public ReleaseBody Body { get; init; } = ReleaseBody.Whole;

    /// <summary>
    /// Composes the document of <paramref name="release"/>: <paramref name="pressOffice"/> is the site's contact (a
    /// release may name its own) and <paramref name="accessibleFormats"/> the email for requests for other formats.
    /// </summary>
    public static ReleaseDocument Compose(Release release, Labels labels, string pressOffice, string accessibleFormats)
    {
        ArgumentNullException.ThrowIfNull(release);
        var meta = release.Metadata;
        var contact = meta.Contact ?? pressOffice;
        // The number, not the office's name, is what the body would repeat: "DCMS press office: 020 7211 2210".
        var number = contact[(contact.LastIndexOf(':') + 1)..];
        return new ReleaseDocument
        {
            Kicker = labels.TypeName(meta.Type),
            Title = meta.Title,
            Standfirst = meta.Summary,
            Language = meta.Language,
            Organisations = [.. meta.Organisations.Select(o => new DocumentTerm(o, Taxonomy.Organisations.PathOf(o)))],
            People = meta.People,
            Published = meta.Published,
            LastUpdated = meta.Updates.IsEmpty ? null : meta.LastUpdated,
            History = meta.Updates.IsEmpty ? [] :
                [new DatedNote(meta.Published, labels.FirstPublished), .. meta.Updates.Select(u => new DatedNote(u.Date, u.Note))],
            Topics = [.. meta.Topics.Select(t => new DocumentTerm(t, Taxonomy.Topics.PathOf(t)))],
            PressContact = ReleaseBody.Says(release.Markdown, number) ? null : contact,
            AlternativeFormats = SplitSentence.Fill(labels.AlternativeFormats, "email", accessibleFormats),
            Withdrawn = ReleaseNotices.WithdrawnHeading(meta, labels) is { } heading ? (heading, meta.Withdrawn!.Note) : null,
            Labels = labels,
            Body = ReleaseBody.Of(release.Markdown, meta.Summary),
        };
    }
}
