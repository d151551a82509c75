using System.CommandLine;
using PartnershipSite.Content;

namespace PartnershipSite.Cli;

/// <summary>
/// The <c>--now</c> option: the moment embargoes are judged at, instead of the clock, to rehearse a publication
/// ("what will the site be at 00:01?"). It takes an instant with its offset, like <c>publish_at</c>.
/// </summary>
internal static class NowOption
{
    public static Option<DateTimeOffset?> Create() => new("--now")
    {
        Description = "Judge embargoes at this instant instead of now, e.g. 2021-06-10T00:01:00+01:00 (a rehearsal).",
        HelpName = "instant",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (IsoDate.TryParseInstant(text, out var instant))
            {
                return instant;
            }
            result.AddError($"'{text}' is not an instant with an offset, e.g. 2021-06-10T00:01:00+01:00.");
            return null;
        },
    };
}
