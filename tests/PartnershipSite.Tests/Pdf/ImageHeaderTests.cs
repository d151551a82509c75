using PartnershipSite.Pdf;
using PartnershipSite.Tests.Support;

namespace PartnershipSite.Tests.Pdf;

public sealed class ImageHeaderTests
{
    [Fact]
    public void Png_size_is_read_from_its_header() =>
        Assert.Equal((640, 123), ImageHeader.Size(TestImages.Png(640, 123)));

    [Fact]
    public void Jpeg_size_is_read_from_its_start_of_frame() =>
        Assert.Equal((199, 281), ImageHeader.Size(TestImages.Jpeg()));

    [Fact]
    public void Other_formats_have_no_size()
    {
        Assert.Null(ImageHeader.Size("GIF89a\x01\x00\x01\x00"u8));
        Assert.Null(ImageHeader.Size("<svg xmlns='http://www.w3.org/2000/svg'/>"u8));
        Assert.Null(ImageHeader.Size([0xFF, 0xD8, 0xFF]));
    }
}
