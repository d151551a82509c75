using System.Diagnostics;
using PartnershipSite.Tests.Browser;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

/// <summary>
/// Our PDFs as strict readers see them: every Flate stream decodes to its zlib end-of-stream (qpdf decoding every
/// stream, and Python's zlib on the raw data qpdf gives), and there is one revision with one XMP packet.
/// </summary>
public sealed class PdfStreamTests
{
    // Reads qpdf's JSON (raw stream data) and prints each Flate stream's object and whether zlib reached its end.
    private const string ZlibScript = """
        import base64, json, sys, zlib
        objects = json.load(sys.stdin)["qpdf"][1]
        for key, value in objects.items():
            stream = value.get("stream") if isinstance(value, dict) else None
            if stream and stream["dict"].get("/Filter") == "/FlateDecode":
                inflater = zlib.decompressobj()
                inflater.decompress(base64.b64decode(stream["data"]))
                print(key, "eof" if inflater.eof and not inflater.unused_data else "unterminated")
        """;

    public static TheoryData<string> Releases => ["real", "rich"];

    private static async Task<byte[]> PdfAsync(string release) =>
        release == "real" ? (await RealReleasePdf.GetAsync()).Pdf : await RichReleasePdf.GetAsync();

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task Every_flate_stream_decodes_to_its_end_in_qpdf_and_zlib(string release)
    {
        var pdf = await PdfAsync(release);

        // --decode-level=generalized makes qpdf decode every Flate stream; a truncated one warns (exit 3).
        var decoded = PdfTools.Run("qpdf", pdf, "--json=2", "--json-stream-data=inline", "--decode-level=generalized", PdfTools.PdfPath);
        Assert.Equal(0, decoded.ExitCode);
        Assert.Empty(decoded.Error);
        var raw = PdfTools.Run("qpdf", pdf, "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=none", PdfTools.PdfPath);
        var streams = Python(ZlibScript, raw.Output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The fonts at least are Flate-encoded: an empty list would prove nothing.
        Assert.True(streams.Length >= 2, string.Join('\n', streams));
        Assert.All(streams, line => Assert.EndsWith(" eof", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task Mupdf_draws_every_page_without_a_warning(string release)
    {
        // mutool draw warned "premature end of data in flate filter" on the embedded fonts before their streams ended.
        Prerequisite.Require(File.Exists("/usr/bin/mutool") ? null : "mutool (Debian's mupdf-tools) was not found.");
        var drawn = PdfTools.Run("mutool", await PdfAsync(release), "draw", "-F", "txt", "-o", "/dev/null", PdfTools.PdfPath);

        // Debian's build says once that it has no colour management, and names each page as it draws it; nothing else.
        var warnings = drawn.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l != "warning: ICC support is not available" && !l.StartsWith("page ", StringComparison.Ordinal));
        Assert.Equal(0, drawn.ExitCode);
        Assert.Empty(warnings);
        Assert.Contains("page ", drawn.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task The_pdf_is_one_revision_with_only_our_escaped_xmp(string release)
    {
        var text = System.Text.Encoding.Latin1.GetString(await PdfAsync(release));

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "%%EOF"));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "<x:xmpmeta"));
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", text, StringComparison.Ordinal);
        if (release == "real")
        {
            // The authors include "Media & Sport": PDFsharp's own packet wrote the & bare.
            Assert.Contains("Media &amp; Sport", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Media & Sport</", text, StringComparison.Ordinal);
        }
        var check = PdfTools.Run("qpdf", await PdfAsync(release), "--check");
        Assert.Equal((0, ""), (check.ExitCode, check.Error));
    }

    private static string Python(string script, string input)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
        return output.Result;
    }
}
