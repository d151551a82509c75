using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace PartnershipSite.Pdf;

/// <summary>
/// Advance widths from the real fonts through PDFsharp, cached per character: PDFsharp draws glyphs at their
/// advance widths without kerning, so the sum of cached widths equals what it draws. One instance per font family
/// for the whole process, safe to share between threads.
/// </summary>
internal sealed class FontMetrics : IFontMetrics
{
    private const double MeasureSize = 1000;
    private static readonly ConcurrentDictionary<string, FontMetrics> ByFamily = new(StringComparer.Ordinal);

    private readonly Lock _gate = new();
    private readonly XFont[] _fonts;
    private readonly double[][] _widths;
    private readonly double[] _ascent;
    private readonly double[] _descent;
    private readonly XGraphics _measure;

    private FontMetrics(PdfFonts fonts)
    {
        ThemeFontResolver.Register(fonts);
        _fonts = [.. Enum.GetValues<FontFace>().Select(face => PdfRenderer.CreateFont(fonts.Family, face, MeasureSize))];
        _widths = [.. _fonts.Select(_ => Enumerable.Repeat(double.NaN, char.MaxValue + 1).ToArray())];
        _ascent = [.. _fonts.Select(f => (double)f.Metrics.Ascent / f.Metrics.UnitsPerEm)];
        _descent = [.. _fonts.Select(f => Math.Abs((double)f.Metrics.Descent) / f.Metrics.UnitsPerEm)];
        _measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards, new PdfSharp.Events.RenderEvents());
    }

    /// <summary>The metrics of a font family, measured once per process.</summary>
    public static FontMetrics For(PdfFonts fonts) => ByFamily.GetOrAdd(fonts.Family, _ => new FontMetrics(fonts));

    /// <inheritdoc />
    public double Width(string text, FontFace face, double size)
    {
        var table = _widths[(int)face];
        var total = 0.0;
        foreach (var c in text)
        {
            var w = table[c];
            if (double.IsNaN(w))
            {
                w = Measure(c, face);
            }
            total += w;
        }
        return total * size;
    }

    /// <inheritdoc />
    public double Ascent(FontFace face) => _ascent[(int)face];

    /// <inheritdoc />
    public double Descent(FontFace face) => _descent[(int)face];

    private double Measure(char c, FontFace face)
    {
        lock (_gate)
        {
            // A lone surrogate cannot be measured on its own; PDFsharp draws it as one missing glyph.
            var text = char.IsSurrogate(c) ? "\uFFFD" : c.ToString();
            var width = _measure.MeasureString(text, _fonts[(int)face]).Width / MeasureSize;
            _widths[(int)face][c] = width;
            return width;
        }
    }
}
