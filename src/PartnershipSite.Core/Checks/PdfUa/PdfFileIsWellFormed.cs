using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PartnershipSite.Diagnostics;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace PartnershipSite.Checks.PdfUa;

/// <summary>
/// What a strict reader checks before anything else (PDF/UA-1 6.1 asks for a conforming ISO 32000-1 file): the
/// header; every cross-reference entry pointing at its object (7.5.4); no reference to an object that does not
/// exist (7.3.10); every stream's <c>/Length</c> ending at <c>endstream</c> (7.3.8.1); every Flate stream decoding
/// to its zlib end-of-stream (7.4.4, RFC 1950) — what qpdf and MuPDF call "premature end of data in flate filter".
/// Read from the file's bytes, since PdfPig repairs what it can without saying so.
/// </summary>
internal sealed partial class PdfFileIsWellFormed : IPdfUaCheck
{
    /// <inheritdoc />
    public IReadOnlyList<PdfUaCoverage> Rules { get; } =
    [
        new("6.1-1", "start the file with %PDF-1.n (n from 0 to 7) and one end-of-line marker."),
    ];

    /// <inheritdoc />
    public void Check(PdfFile pdf, CheckReporter reporter)
    {
        var bytes = pdf.File.Content.ToArray();
        var text = Encoding.Latin1.GetString(bytes);
        var header = Header().Match(text);
        Report("PDF/UA-1 rule 6.1-1", header.Success ? [] : ["file header"],
            $"the file starts '{Escape(text[..Math.Min(text.Length, 10)])}', not %PDF-1.n and one end-of-line", Rules[0].Fix);

        var xref = ReadClassicXref(text, out var xrefProblem);
        Report("ISO 32000-1 7.5.5 (file trailer)", xrefProblem is null ? [] : ["startxref"], xrefProblem ?? "", "write startxref with the byte offset of the last cross-reference section.");
        var misplaced = new List<string>();
        foreach (var ((number, generation), offset) in xref)
        {
            var at = ObjectHeader().Match(text, (int)Math.Min(offset, text.Length));
            if (!at.Success || at.Index != offset || at.Groups[1].Value != number.ToString(CultureInfo.InvariantCulture) || at.Groups[2].Value != generation.ToString(CultureInfo.InvariantCulture))
            {
                misplaced.Add($"object {number} {generation} R");
            }
        }
        Report("ISO 32000-1 7.5.4 (cross-reference table)", misplaced,
            "the cross-reference table gives a byte offset where the object does not start", "write the cross-reference table from the offsets the objects were written at.");

        // Every object PdfPig found, plus those the table lists, is one that exists.
        var existing = pdf.Document.Structure.CrossReferenceTable.ObjectOffsets.Keys.Select(k => k.ObjectNumber)
            .Concat(xref.Keys.Select(k => (long)k.Number)).ToHashSet();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        var badLength = new List<string>();
        var badFlate = new List<string>();
        var encrypted = pdf.Document.Structure.Trailer.EncryptionToken is not null;
        var ends = xref.Values.Append(text.Length).Order().ToList();
        var references = pdf.Document.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Concat(xref.Keys.Select(k => new IndirectReference(k.Number, k.Generation)))
            .DistinctBy(k => k.ObjectNumber).OrderBy(k => k.ObjectNumber);
        foreach (var reference in references)
        {
            var name = $"object {reference.ObjectNumber} {reference.Generation} R";
            // From the bytes first: PdfPig may not get as far as the stream of an object whose /Length is wrong.
            byte[]? raw = null;
            if (xref.TryGetValue(((int)reference.ObjectNumber, reference.Generation), out var offset) && offset < text.Length)
            {
                var end = ends[ends.BinarySearch(offset) + 1];
                raw = RawStream(pdf, text, bytes, (int)offset, (int)end);
                if (ReferenceEquals(raw, NotEnding))
                {
                    badLength.Add(name);
                    raw = null;
                }
            }
            // Unencrypted objects in the classic table are read from their bytes: parsing every object with PdfPig
            // (font programs included) cost more than all the other PDF checks together. An indirect /Filter is
            // left to PdfPig.
            var head = !encrypted && offset > 0 && offset < text.Length ? ObjectText(text, (int)offset, ends) : null;
            var filter = head is null ? null : FlateFilter().Match(head);
            if (head is not null && filter is not null && !(filter.Success && filter.Groups[1].Value.EndsWith('R')))
            {
                foreach (var (number, generation) in RawReferences(head))
                {
                    if (!existing.Contains(number))
                    {
                        missing.Add($"{name} (to {number} {generation} R)");
                    }
                }
                var flate = filter.Success && filter.Groups[1].Value.TrimStart('[', ' ', '\n', '\r').StartsWith("/FlateDecode", StringComparison.Ordinal);
                if (raw is not null && flate && FlateProblem(raw) is { } rawProblem)
                {
                    badFlate.Add($"{name} ({rawProblem})");
                }
                continue;
            }
            IToken? token;
            try
            {
                token = pdf.Document.Structure.TokenScanner.Get(reference)?.Data;
            }
#pragma warning disable CA1031 // PdfPig throws what it meets (index, format, cast exceptions) on a malformed object: each is a finding, not a crash.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                unreadable.Add($"{name} ({e.Message})");
                continue;
            }
            foreach (var target in References(token))
            {
                if (!existing.Contains(target.ObjectNumber))
                {
                    missing.Add($"{name} (to {target.ObjectNumber} {target.Generation} R)");
                }
            }
            // An encrypted file's raw stream bytes are ciphertext: judge the data PdfPig decrypted.
            if (token is StreamToken stream && IsFlate(pdf, stream) && FlateProblem((encrypted ? null : raw) ?? stream.Data.ToArray()) is { } problem)
            {
                badFlate.Add($"{name} ({problem})");
            }
        }
        Report("ISO 32000-1 7.3 (objects)", unreadable, "the object cannot be parsed", "write the object as ISO 32000-1, 7.3 defines it.");
        Report("ISO 32000-1 7.3.10 (indirect objects)", missing, "a reference names an object that does not exist", "write every object the file refers to, or remove the reference.");
        Report("ISO 32000-1 7.3.8.1 (streams)", badLength, "the stream's /Length does not end at endstream", "write /Length as the number of bytes between stream and endstream.");
        Report("ISO 32000-1 7.4.4 (FlateDecode)", badFlate, "the Flate stream does not decode to its zlib end-of-stream (premature end of data)",
            "finish every Flate stream (final deflate block and Adler-32 checksum), e.g. by re-encoding it with a zlib encoder.");

        void Report(string rule, IEnumerable<string> places, string problem, string fix)
        {
            var list = places.ToList();
            if (list.Count == 0)
            {
                reporter.Pass(this);
                return;
            }
            var more = list.Count == 1 ? "" : $"; so do {list.Count - 1} more";
            reporter.FailWithNote(this, Codes.PdfFileMalformed, pdf.Location, pdf.Note, rule, list[0], problem + more, fix);
        }
    }

    // Newest revision first: the first entry for an object wins (ISO 32000-1, 7.5.6). Stops at a cross-reference
    // stream (PDF 1.5), whose entries PdfPig reads; their offsets are then not checked here.
    private static Dictionary<(int Number, int Generation), long> ReadClassicXref(string text, out string? problem)
    {
        problem = null;
        var entries = new Dictionary<(int, int), long>();
        var tail = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (tail < 0 || StartXref().Match(text, tail) is not { Success: true } start)
        {
            problem = "the file has no startxref";
            return entries;
        }
        var offset = long.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
        var seen = new HashSet<long>();
        while (seen.Add(offset))
        {
            if (offset >= text.Length || !text.AsSpan((int)offset).StartsWith("xref"))
            {
                if (offset < text.Length && ObjectHeader().Match(text, (int)offset) is { Success: true } o && o.Index == offset)
                {
                    break; // a cross-reference stream
                }
                problem = $"startxref or /Prev gives byte {offset}, where no cross-reference section starts";
                break;
            }
            var trailerAt = text.IndexOf("trailer", (int)offset, StringComparison.Ordinal);
            if (trailerAt < 0)
            {
                problem = $"the cross-reference section at byte {offset} has no trailer";
                break;
            }
            foreach (Match section in Subsection().Matches(text[(int)offset..trailerAt]))
            {
                var first = int.Parse(section.Groups["first"].Value, CultureInfo.InvariantCulture);
                var rows = section.Groups["row"].Captures;
                for (var i = 0; i < rows.Count; i++)
                {
                    var row = rows[i].Value;
                    if (row[^1] == 'n')
                    {
                        entries.TryAdd((first + i, int.Parse(row.AsSpan(11, 5), CultureInfo.InvariantCulture)), long.Parse(row.AsSpan(0, 10), CultureInfo.InvariantCulture));
                    }
                }
            }
            var end = text.IndexOf("startxref", trailerAt, StringComparison.Ordinal);
            var trailer = text[trailerAt..(end < 0 ? text.Length : end)];
            if (Prev().Match(trailer) is not { Success: true } prev)
            {
                break;
            }
            offset = long.Parse(prev.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        return entries;
    }
}
