namespace PartnershipSite.Pdf;

/// <summary>Finds the file behind a Markdown image's URL, so layout can size it without touching the disk itself.</summary>
internal interface IImageSource
{
    /// <summary>The image at <paramref name="url"/>, or null with <paramref name="problem"/> saying why (for PS0504).</summary>
    ImageFile? Find(string url, out string problem);
}
