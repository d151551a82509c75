namespace PartnershipSite.Tests.Support;

/// <summary>A Welsh translation of <see cref="PressBlockSamples.Body"/>, with every press block, for the translation tests.</summary>
public static class WelshSamples
{
    /// <summary>The site's settings with Welsh listed beside English.</summary>
    public static string SiteYml => TestSite.SiteYml.Replace("language: en-GB\n", "language: en-GB\nlanguages: [en-GB, cy]\n", StringComparison.Ordinal);

    /// <summary>A translation file of <paramref name="original"/> (a file name without <c>.md</c>) into Welsh.</summary>
    public static string Translation(string original, string date = "2021-06-10", string extra = "", string body = Body) =>
        TestSite.Release(original + ".cy", "Y gronfa wyddoniaeth yn agor ar gyfer cynigion", date, extra, body,
            summary: "Gall partneriaethau ymchwil wneud cais am arian o heddiw ymlaen.");

    /// <summary>Every press block once, in Welsh; the email left unlabelled, so the theme's Welsh label names it.</summary>
    public const string Body = """
        Mae'r gronfa wyddoniaeth yn agor ar gyfer cynigion heddiw.

        ^Bydd cynigion yn cau am hanner dydd ar 30 Mehefin 2021.^

        %Ni fydd cynigion a anfonir drwy'r post yn cael eu darllen.

        Anfonwch bob cynnig drwy'r gwasanaeth ar-lein.%

        {stat-headline}
        *£50 miliwn* ar gyfer partneriaethau ymchwil yn 2021
        {/stat-headline}

        $CTA
        [Darllenwch y canllawiau ar wneud cais](https://www.gov.uk/guidance/science-fund-bids) cyn i chi ddechrau eich cynnig.
        $CTA

        ## Cysylltu â ni

        $C
        **Swyddfa'r wasg, yr Adran Brofi**
        70 Whitehall
        Llundain SW1A 2AS
        Ffôn: 020 7946 0000
        Y tu allan i oriau swyddfa: +44 (0)20 7946 0999
        press@example.gov.uk
        $C

        Anfonwch lythyrau at:

        $A
        Yr Adran Brofi
        70 Whitehall
        Llundain SW1A 2AS
        $A

        Mae'r gronfa ar agor tan 2025.
        """;
}
