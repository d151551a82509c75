using System.Text;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>One event of a content stream that the marked-content rules need.</summary>
/// <param name="Operator">BMC, BDC, EMC, or the painting operator.</param>
/// <param name="Tag">For BMC and BDC, the tag (without the slash).</param>
/// <param name="Properties">For BDC, the inline property list's text (<c>&lt;&lt;…&gt;&gt;</c>), or the name of a
/// property list in the resources (<c>/P0</c>); else empty.</param>
internal readonly record struct ContentEvent(string Operator, string Tag, string Properties);

/// <summary>
/// A single pass over a content stream's bytes (ISO 32000-1, 7.8.2) that skips strings, arrays, dictionaries and
/// inline image data and reports only marked-content operators and the operators that put content on the page.
/// Much faster than a general tokenizer, since nothing but those operators is materialised.
/// </summary>
internal static class ContentEvents
{
    /// <summary>The events of <paramref name="content"/>, in order.</summary>
    public static List<ContentEvent> Read(ReadOnlySpan<byte> content)
    {
        var events = new List<ContentEvent>();
        string lastName = "", previousName = "", lastDictionary = "";
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            switch (c)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }
                    continue;
                case (byte)'(':
                    i = SkipString(content, i);
                    continue;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                    var end = SkipDictionary(content, i);
                    lastDictionary = Encoding.Latin1.GetString(content[i..end]);
                    i = end;
                    continue;
                case (byte)'<':
                    i = content[i..].IndexOf((byte)'>') is var close and >= 0 ? i + close + 1 : content.Length;
                    continue;
                case (byte)'/':
                    var start = ++i;
                    while (i < content.Length && !IsDelimiter(content[i]) && !IsWhite(content[i]))
                    {
                        i++;
                    }
                    previousName = lastName;
                    lastName = Encoding.Latin1.GetString(content[start..i]);
                    continue;
            }
            if (IsWhite(c) || c is (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'>')
            {
                i++;
                continue;
            }
            var word = i;
            while (i < content.Length && !IsDelimiter(content[i]) && !IsWhite(content[i]))
            {
                i++;
            }
            var token = content[word..i];
            if (token.Length == 0)
            {
                i++;
                continue;
            }
            if (c is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.')
            {
                continue; // a number
            }
            var op = Encoding.Latin1.GetString(token);
            switch (op)
            {
                case "BMC":
                    events.Add(new ContentEvent(op, lastName, ""));
                    break;
                case "BDC":
                    // The operands are the tag and a dictionary or a name: with a name, the tag is the name before it.
                    var byName = lastDictionary.Length == 0;
                    events.Add(new ContentEvent(op, byName ? previousName : lastName, byName ? "/" + lastName : lastDictionary));
                    break;
                case "EMC":
                    events.Add(new ContentEvent(op, "", ""));
                    break;
                case "ID":
                    // Inline image data runs to EI after white space (ISO 32000-1, 8.9.7).
                    i = SkipInlineImage(content, i);
                    events.Add(new ContentEvent("EI", "", ""));
                    break;
                case "Tj" or "TJ" or "'" or "\"" or "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "sh" or "Do":
                    events.Add(new ContentEvent(op, "", ""));
                    break;
            }
            lastDictionary = "";
        }
        return events;
    }

    private static int SkipString(ReadOnlySpan<byte> content, int i)
    {
        var depth = 0;
        for (; i < content.Length; i++)
        {
            switch (content[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')' when --depth == 0:
                    return i + 1;
            }
        }
        return content.Length;
    }

    private static int SkipDictionary(ReadOnlySpan<byte> content, int i)
    {
        var depth = 0;
        while (i < content.Length)
        {
            if (content[i] == '(')
            {
                i = SkipString(content, i);
                continue;
            }
            if (i + 1 < content.Length && content[i] == '<' && content[i + 1] == '<')
            {
                depth++;
                i += 2;
                continue;
            }
            if (i + 1 < content.Length && content[i] == '>' && content[i + 1] == '>')
            {
                i += 2;
                if (--depth == 0)
                {
                    return i;
                }
                continue;
            }
            i++;
        }
        return content.Length;
    }

    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i)
    {
        for (i++; i + 2 < content.Length; i++)
        {
            if (IsWhite(content[i]) && content[i + 1] == 'E' && content[i + 2] == 'I' && (i + 3 == content.Length || IsWhite(content[i + 3]) || IsDelimiter(content[i + 3])))
            {
                return i + 3;
            }
        }
        return content.Length;
    }

    private static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
