using PartnershipSite.Content;

namespace PartnershipSite.Tests.Steps;

public sealed class SlugTests
{
    [Theory]
    [InlineData("UK & US agree to strengthen ties", "uk-us-agree-to-strengthen-ties")]
    [InlineData("Café culture", "cafe-culture")]
    [InlineData("Cafe\u0301 culture", "cafe-culture")] // decomposed: the accent is a combining mark
    [InlineData("Gŵyl Ddewi: Dydd Gŵyl Dewi Sant", "gwyl-ddewi-dydd-gwyl-dewi-sant")]
    [InlineData("Ymchwil ac arloesi yng Nghymru’r dyfodol", "ymchwil-ac-arloesi-yng-nghymrur-dyfodol")]
    [InlineData("Straße, Æsir, Øresund, Łódź, Œuvre", "strasse-aesir-oresund-lodz-oeuvre")]
    [InlineData("Ŷ ŵ ŷ â ê î ô û ï", "y-w-y-a-e-i-o-u-i")]
    [InlineData("Δελτίο τύπου", "")]
    public void A_title_becomes_an_address_with_accents_folded(string title, string slug)
    {
        Assert.Equal(slug, Slug.FromTitle(title));
    }
}
