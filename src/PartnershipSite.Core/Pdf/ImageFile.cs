namespace PartnershipSite.Pdf;

/// <summary>An image the PDF embeds: its bytes as read from the site, and its size in pixels from its header.</summary>
/// <param name="Path">The path it was read from, for diagnostics and for embedding each file once.</param>
/// <param name="Bytes">The PNG or JPEG file.</param>
/// <param name="PixelWidth">Width in pixels.</param>
/// <param name="PixelHeight">Height in pixels.</param>
internal sealed record ImageFile(string Path, byte[] Bytes, int PixelWidth, int PixelHeight)
{
    /// <summary>Reads the pixel size from a PNG or JPEG header; null for any other format or a damaged header.</summary>
    public static ImageFile? TryCreate(string path, byte[] bytes) =>
        ImageHeader.Size(bytes) is { } size ? new ImageFile(path, bytes, size.Width, size.Height) : null;
}
