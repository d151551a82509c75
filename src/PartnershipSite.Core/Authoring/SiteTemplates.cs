namespace PartnershipSite.Authoring;

/// <summary>The text of the files <see cref="InitSite"/> writes besides the theme, with <c>\n</c> line endings.</summary>
internal static class SiteTemplates
{
    /// <summary>A commented <c>input/site.yml</c>: every field the site reads, the optional ones commented out.</summary>
    public const string SiteYml = """
        # Site settings for PartnershipSite. Every field is described in the README ("Content model").

        # The site's name, in the header, the page titles and the feeds.
        title: Press office
        # One sentence for search results and feed readers.
        description: News and press releases from our press office.
        # Where the site is published: every link in the feeds, the sitemap and the PDFs starts with it.
        base_url: https://press.example.gov.uk/
        # The language of the site and of its releases (a BCP 47 tag: en-GB, cy, fr…).
        language: en-GB
        # The organisation that publishes the site, in the footer and as the feeds' author.
        publisher:
          name: Department for Examples
          # abbreviation: DfE
          # url: https://www.gov.uk/government/organisations/department-for-examples
        # How journalists reach the press office: shown at the end of every release and its PDF.
        press_office: "Press office: 020 7946 0000"
        # Where readers ask for a release in another format (large print, Braille, audio).
        accessible_formats: accessible.formats@example.gov.uk
        # The theme folder, relative to this file. Delete the folder (and this line) to use the theme built into PartnershipSite.
        theme: ../theme
        # How many releases the feeds carry (default 20) and each listing page shows (default 20).
        # feed_limit: 20
        # page_size: 20
        # Build checks: change a rule's severity, or set up the external link check (see docs/checks.md).
        # checks:
        #   severity:
        #     PS0311: warning
        #   external:
        #     timeout: 20
        """;

    /// <summary>An example release dated <paramref name="date"/>: the required fields and each kind of press block.</summary>
    public static string ExampleRelease(string date) => $$"""
        ---
        title: Our new press office opens
        summary: The press office now publishes its news releases on this site, with a PDF and a feed for each one.
        date: {{date}}
        type: Press release
        from:
          organisations:
            - Department for Examples
        ---

        - Every release has a web page, a PDF and a place in the feeds
        - Journalists can subscribe to the feed of their choice
        - The pages work with screen readers and on small screens

        The press office opened its new website today. Each release is written in plain text and published in
        several formats at once.

        ^This release is an example. Replace it with your first real release.^

        ## How to write a release

        Start a new release with the new command and edit the file it makes. Blocks like the ones on this page set
        text apart.

        %Check every date and number before you publish a release.%

        {stat-headline}
        *3 formats* from every release you write
        {/stat-headline}

        $CTA
        Read the release file to see how each block is written.
        $CTA

        ## Contact

        $C
        **Press office, Department for Examples**
        Telephone: 020 7946 0000
        press.office@example.gov.uk
        $C

        $A
        Department for Examples
        1 Example Street
        London
        $A

        *[PDF]: Portable Document Format

        """;

    /// <summary>Netlify's settings: the build, and the security and caching headers the theme is made for.</summary>
    public const string NetlifyToml = """
        # Netlify: build, security headers, caching and content types. `partnershipsite serve` applies the same headers.

        # Needs a .NET 10 SDK on the build image and the PartnershipSite package on a NuGet feed it can reach.
        [build]
          command = "dotnet tool install --tool-path .tools PartnershipSite && .tools/partnershipsite build"
          publish = "output"

        [build.environment]
          DOTNET_CLI_TELEMETRY_OPTOUT = "1"
          DOTNET_NOLOGO = "1"

        # The theme has no inline script or style, so the policy needs no 'unsafe-inline'.
        [[headers]]
          for = "/*"
          [headers.values]
            Content-Security-Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
            X-Content-Type-Options = "nosniff"
            X-Frame-Options = "DENY"
            Referrer-Policy = "strict-origin-when-cross-origin"
            Strict-Transport-Security = "max-age=31536000; includeSubDomains"

        # Theme assets carry a hash of their content in their names: a changed file is a new URL.
        [[headers]]
          for = "/assets/*"
          [headers.values]
            Cache-Control = "public, max-age=31536000, immutable"

        [[headers]]
          for = "/feed.xml"
          [headers.values]
            Content-Type = "application/rss+xml; charset=utf-8"

        [[headers]]
          for = "/atom.xml"
          [headers.values]
            Content-Type = "application/atom+xml; charset=utf-8"

        [[headers]]
          for = "/feed.json"
          [headers.values]
            Content-Type = "application/feed+json; charset=utf-8"

        """;

    /// <summary>What git should not track: the published site, the build's staging folders and caches.</summary>
    public const string GitIgnore = """
        /output/
        /output.*
        /.output.*
        /.cache/
        /.tools/

        """;
}
