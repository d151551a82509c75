using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace PartnershipSite.Pdf;

/// <summary>
/// Serves the theme's fonts to PDFsharp, and nothing else: no system font is ever used. PDFsharp takes one resolver
/// per process (<see cref="GlobalFontSettings.FontResolver"/>), so this one is installed once and serves every font
/// family registered with it; families are named by content hash, so registrations never conflict.
/// </summary>
internal sealed class ThemeFontResolver : IFontResolver
{
    private static readonly ThemeFontResolver Instance = new();
    private static readonly Lock Gate = new();

    // Process-wide because PDFsharp's resolver is: face name → font bytes. Entries are added, never changed.
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private ThemeFontResolver()
    {
    }

    /// <summary>Installs the resolver (once per process) and makes <paramref name="fonts"/> available to PDFsharp.</summary>
    public static void Register(PdfFonts fonts)
    {
        foreach (var (face, bytes) in fonts.Faces)
        {
            Instance._faces.TryAdd(FaceName(fonts.Family, face), bytes);
        }
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, true) => FontFace.BoldItalic,
            (true, false) => FontFace.Bold,
            (false, true) => FontFace.Italic,
            _ => FontFace.Regular,
        };
        var name = FaceName(familyName, face);
        return _faces.ContainsKey(name) ? new FontResolverInfo(name) : null;
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;

    private static string FaceName(string family, FontFace face) => family + "#" + face;
}
