using System.Collections.Immutable;
using System.Text;

namespace PartnershipSite.Checks.Parity;

/// <summary>
/// Gathers the text, links and image descriptions met while a format is walked in reading order into
/// <see cref="TextBlock"/>s: a block opens and closes with its element, and inline content between two blocks of
/// one container becomes a block of its own. One collector for every format, so they cut blocks the same way.
/// </summary>
internal sealed class BlockCollector
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<string>.Builder _links = ImmutableArray.CreateBuilder<string>();
    private readonly ImmutableArray<string>.Builder _alts = ImmutableArray.CreateBuilder<string>();
    private readonly Stack<string> _open = new();

    /// <summary>The blocks so far, in order.</summary>
    public List<TextBlock> Result { get; } = [];

    /// <summary>Adds text to the block being read.</summary>
    public void Text(string text) => _text.Append(text);

    /// <summary>Adds a link target to the block being read.</summary>
    public void Link(string target) => _links.Add(target);

    /// <summary>Adds an image's description to the block being read.</summary>
    public void Alt(string alt) => _alts.Add(ParityText.Normalise(alt));

    /// <summary>Ends the block being read and starts one with the role <paramref name="role"/>.</summary>
    public void Open(string role)
    {
        Flush();
        _open.Push(role);
    }

    /// <summary>Ends the block opened last; what follows belongs to the block around it.</summary>
    public void Close()
    {
        Flush();
        _open.Pop();
    }

    /// <summary>Ends the block being read: it is kept when it has text, a link or an image description.</summary>
    public void Flush()
    {
        var text = ParityText.Normalise(_text.ToString());
        if (text.Length > 0 || _links.Count > 0 || _alts.Count > 0)
        {
            Result.Add(new TextBlock(_open.TryPeek(out var role) ? role : "", text, _links.ToImmutable(), _alts.ToImmutable()));
        }
        _text.Clear();
        _links.Clear();
        _alts.Clear();
    }
}
