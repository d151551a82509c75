using System.Collections.Immutable;
using System.Security.Cryptography;
using PartnershipSite.IO;

namespace PartnershipSite.Pdf;

/// <summary>
/// The theme's PDF font family: four TrueType faces read from <c>theme/fonts/</c>. The family name PDFsharp sees is
/// derived from the bytes, so two themes with different fonts never share PDFsharp's process-wide font cache.
/// </summary>
internal sealed record PdfFonts(string Family, ImmutableDictionary<FontFace, byte[]> Faces)
{
    /// <summary>The file of each face in <c>theme/fonts/</c>, as the npm package <c>@expo-google-fonts/atkinson-hyperlegible</c> names them.</summary>
    public static readonly ImmutableDictionary<FontFace, string> FileNames = new Dictionary<FontFace, string>
    {
        [FontFace.Regular] = "AtkinsonHyperlegible_400Regular.ttf",
        [FontFace.Italic] = "AtkinsonHyperlegible_400Regular_Italic.ttf",
        [FontFace.Bold] = "AtkinsonHyperlegible_700Bold.ttf",
        [FontFace.BoldItalic] = "AtkinsonHyperlegible_700Bold_Italic.ttf",
    }.ToImmutableDictionary();

    /// <summary>Reads the four faces from <paramref name="folder"/>; returns null and the first missing file when one is absent.</summary>
    public static PdfFonts? Load(IFileSystem fileSystem, string folder, out string? missing)
    {
        var faces = ImmutableDictionary.CreateBuilder<FontFace, byte[]>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (face, name) in FileNames.OrderBy(f => f.Key))
        {
            var path = Path.Join(folder, name);
            if (!fileSystem.FileExists(path))
            {
                missing = path;
                return null;
            }
            var bytes = fileSystem.ReadAllBytes(path);
            hash.AppendData(bytes);
            faces[face] = bytes;
        }
        missing = null;
        return new PdfFonts("PS-" + Convert.ToHexString(hash.GetHashAndReset())[..16], faces.ToImmutable());
    }
}
