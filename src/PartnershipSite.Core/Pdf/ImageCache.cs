using PdfSharp.Drawing;

namespace PartnershipSite.Pdf;

/// <summary>The XImages of one render, one per file, so an image used twice is embedded once.</summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<string, XImage> _images = new(StringComparer.Ordinal);

    /// <summary>The XImage of <paramref name="file"/>, created from its bytes on first use.</summary>
    public XImage Get(ImageFile file)
    {
        if (!_images.TryGetValue(file.Path, out var image))
        {
            image = XImage.FromStream(new MemoryStream(file.Bytes, writable: false));
            _images[file.Path] = image;
        }
        return image;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var image in _images.Values)
        {
            image.Dispose();
        }
        _images.Clear();
    }
}
