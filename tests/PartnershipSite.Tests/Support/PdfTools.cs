using System.Diagnostics;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// Runs the Debian PDF tools (poppler-utils, qpdf; installed by scripts/install-prerequisites) on a PDF written
/// to a temporary file. A missing tool fails the test: these checks are independent readers, not optional extras.
/// </summary>
public static class PdfTools
{
    /// <summary>The result of one tool run.</summary>
    public sealed record ToolResult(int ExitCode, string Output, string Error);

    /// <summary>Stands for the PDF's path in an argument list; without it the path comes last.</summary>
    public const string PdfPath = "{pdf}";

    /// <summary>Runs <paramref name="tool"/> with <paramref name="arguments"/> and the PDF's path.</summary>
    public static ToolResult Run(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ps-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == PdfPath ? path : argument);
            }
            if (!arguments.Contains(PdfPath))
            {
                start.ArgumentList.Add(path);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new ToolResult(process.ExitCode, output.Replace(path, "<pdf>", StringComparison.Ordinal), error.Result.Replace(path, "<pdf>", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The PDF as qpdf rewrites it with <paramref name="options"/> (e.g. to encrypt it); fails the test if qpdf fails.</summary>
    public static byte[] QpdfRewrite(byte[] pdf, params string[] options)
    {
        var input = Path.Combine(Path.GetTempPath(), $"ps-{Guid.NewGuid():N}.pdf");
        var output = input + ".out.pdf";
        File.WriteAllBytes(input, pdf);
        try
        {
            var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in options.Append(input).Append(output))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start.");
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error.Result);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    /// <summary>Rewrites the PDF with qpdf in QDF form (uncompressed, annotated) for inspecting content streams.</summary>
    public static string Qdf(byte[] pdf)
    {
        var input = Path.Combine(Path.GetTempPath(), $"ps-{Guid.NewGuid():N}.pdf");
        var output = input + ".qdf";
        File.WriteAllBytes(input, pdf);
        try
        {
            var start = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--qdf", "--object-streams=disable", input, output })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start.");
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
