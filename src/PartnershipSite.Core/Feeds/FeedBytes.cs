namespace PartnershipSite.Feeds;

/// <summary>Joins a feed's parts into the one array that is published, allocated once at its exact size.</summary>
internal static class FeedBytes
{
    /// <summary>
    /// <paramref name="head"/>, the <paramref name="items"/> with <paramref name="separator"/> between them,
    /// <paramref name="tail"/> and a final line feed. A feed of every release runs to megabytes: growing a buffer
    /// towards it would leave a trail of large-object garbage, and the collections it costs, for every feed.
    /// </summary>
    public static byte[] Join(ReadOnlySpan<byte> head, IReadOnlyList<ReadOnlyMemory<byte>> items, ReadOnlySpan<byte> separator, ReadOnlySpan<byte> tail)
    {
        var length = head.Length + tail.Length + 1 + (items.Count > 1 ? (items.Count - 1) * separator.Length : 0);
        foreach (var item in items)
        {
            length += item.Length;
        }
        // Every byte is written below, so the array need not be cleared first.
        var output = GC.AllocateUninitializedArray<byte>(length);
        var span = output.AsSpan();
        head.CopyTo(span);
        var at = head.Length;
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(span[at..]);
                at += separator.Length;
            }
            items[i].Span.CopyTo(span[at..]);
            at += items[i].Length;
        }
        tail.CopyTo(span[at..]);
        span[^1] = (byte)'\n';
        return output;
    }
}
