namespace PartnershipSite.Tests.Support;

/// <summary>A release body with every Govspeak press block, for the whole-site, PDF, feed and browser tests.</summary>
public static class PressBlockSamples
{
    /// <summary>Every block once, the callouts with more than one paragraph, between ordinary paragraphs.</summary>
    public const string Body = """
        The science fund opens for bids today.

        ^Bids close at noon on 30 June 2021.^

        %Bids sent by post will not be read.

        Send every bid through the online service.%

        {stat-headline}
        *£50 million* for research partnerships in 2021
        {/stat-headline}

        $CTA
        [Read the bidding guidance](https://www.gov.uk/guidance/science-fund-bids) before you start your bid.
        $CTA

        ## Contact us

        $C
        **Press office, Department for Testing**
        70 Whitehall
        London SW1A 2AS
        Telephone: 020 7946 0000
        Out of hours: +44 (0)20 7946 0999
        press@example.gov.uk
        $C

        Send letters to:

        $A
        Department for Testing
        70 Whitehall
        London SW1A 2AS
        $A

        The fund runs until 2025.
        """;
}
