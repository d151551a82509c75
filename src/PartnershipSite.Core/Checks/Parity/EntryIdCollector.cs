using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Collects the ids of a feed's entries from an <see cref="XmlReader"/> that someone else moves through the feed, so
/// the feed is read once for its links and its entries: each entry's id is the text of its first <c>first</c> child,
/// else of its first <c>second</c> child, trimmed (as a tree's <c>(string?)entry.Element(first)</c> gives it), and ""
/// when it has neither. Ids come in the order the entries start.
/// </summary>
internal sealed class EntryIdCollector(XName entry, XName first, XName? second)
{
    private readonly List<string> _ids = [];
    private readonly Stack<OpenEntry> _open = new();
    private Capture? _capture;

    /// <summary>For a feed at <paramref name="format"/>: RSS items by guid, else link; Atom entries by id. Null for JSON Feed, which is not XML.</summary>
    public static EntryIdCollector? For(ReleaseFormat format) => format switch
    {
        ReleaseFormat.Rss => new EntryIdCollector("item", "guid", "link"),
        ReleaseFormat.Atom => new EntryIdCollector(XName.Get("entry", Feeds.FeedNamespaces.Atom), XName.Get("id", Feeds.FeedNamespaces.Atom), null),
        _ => null,
    };

    /// <summary>The ids collected so far.</summary>
    public ImmutableArray<string> Ids => [.. _ids];

    /// <summary>Call on each element start.</summary>
    public void Element(XmlReader reader)
    {
        if (_capture is not null)
        {
            // Inside an id: its elements' text is part of it.
            return;
        }
        var name = XName.Get(reader.LocalName, reader.NamespaceURI);
        if (_open.TryPeek(out var parent) && reader.Depth == parent.Depth + 1 && (name == first ? parent.First is null : name == second && parent.Second is null))
        {
            var isFirst = name == first;
            if (reader.IsEmptyElement)
            {
                parent.Set(isFirst, "");
            }
            else
            {
                _capture = new Capture(parent, isFirst, reader.Depth);
            }
            return;
        }
        if (name == entry)
        {
            _ids.Add("");
            if (!reader.IsEmptyElement)
            {
                _open.Push(new OpenEntry(reader.Depth, _ids.Count - 1));
            }
        }
    }

    /// <summary>Call on each text, CDATA or significant whitespace node.</summary>
    public void Text(XmlReader reader) => _capture?.Text.Append(reader.Value);

    /// <summary>Call on each element end.</summary>
    public void EndElement(XmlReader reader)
    {
        if (_capture is { } capture)
        {
            if (reader.Depth == capture.Depth)
            {
                capture.Entry.Set(capture.First, capture.Text.ToString());
                _capture = null;
            }
            return;
        }
        if (_open.TryPeek(out var closing) && reader.Depth == closing.Depth)
        {
            _open.Pop();
            _ids[closing.Slot] = (closing.First ?? closing.Second ?? "").Trim();
        }
    }

    private sealed class OpenEntry(int depth, int slot)
    {
        public int Depth { get; } = depth;
        public int Slot { get; } = slot;
        public string? First { get; private set; }
        public string? Second { get; private set; }

        public void Set(bool first, string value)
        {
            if (first)
            {
                First = value;
            }
            else
            {
                Second = value;
            }
        }
    }

    private sealed class Capture(OpenEntry entry, bool first, int depth)
    {
        public OpenEntry Entry { get; } = entry;
        public bool First { get; } = first;
        public int Depth { get; } = depth;
        public StringBuilder Text { get; } = new();
    }
}
