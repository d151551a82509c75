using PartnershipSite.IO;
using PdfSharp.Drawing;

namespace PartnershipSite.Pdf;

/// <summary>
/// Resolves a release's image URLs against its folder (<see cref="Content.ReleaseFolder"/>), reading through the
/// engine's file system. Only relative URLs inside the folder resolve: they are the files published beside the page.
/// </summary>
/// <param name="fileSystem">The engine's file system.</param>
/// <param name="folder">The release's folder.</param>
internal sealed class ReleaseImageSource(IFileSystem fileSystem, string folder) : IImageSource
{
    /// <inheritdoc />
    public ImageFile? Find(string url, out string problem)
    {
        var relative = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        if (relative.Length == 0 || relative.StartsWith('/') || relative.Contains(':', StringComparison.Ordinal))
        {
            problem = "is not a file name relative to the release";
            return null;
        }
        var root = fileSystem.GetFullPath(folder);
        var path = fileSystem.GetFullPath(Path.Join(root, relative));
        if (!path.StartsWith(root + "/", StringComparison.Ordinal) && !path.StartsWith(root + "\\", StringComparison.Ordinal))
        {
            problem = "is outside the release's folder";
            return null;
        }
        if (!fileSystem.FileExists(path))
        {
            problem = $"was not found (looked for {Path.GetFileName(root)}/{relative.Replace('\\', '/')})";
            return null;
        }
        var bytes = fileSystem.ReadAllBytes(path);
        if (ImageFile.TryCreate(path, bytes) is not { } image)
        {
            problem = "is neither PNG nor JPEG";
            return null;
        }
        problem = "could not be decoded (a damaged file, or a PNG variant PDFsharp does not read)";
        return Decodes(bytes) ? image : null;
    }

    // PDFsharp reads the image when the renderer draws it, and throws for files it cannot decode; finding out here
    // turns that crash into a diagnostic at the Markdown image.
    private static bool Decodes(byte[] bytes)
    {
        try
        {
            using var image = XImage.FromStream(new MemoryStream(bytes, writable: false));
            return image.PixelWidth > 0;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or IOException or NotSupportedException)
        {
            return false;
        }
    }
}
