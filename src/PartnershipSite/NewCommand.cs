using System.CommandLine;
using System.Globalization;
using PartnershipSite.Authoring;
using PartnershipSite.IO;

namespace PartnershipSite.Cli;

/// <summary><c>new "Title of the release" [--date YYYY-MM-DD] [--input DIR]</c>.</summary>
internal static class NewCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var title = new Argument<string>("title") { Description = "The release's headline; its file name is made from it." };
        var date = new Option<string?>("--date") { Description = "The publication date, YYYY-MM-DD (default: today)." };
        var input = new Option<string>("--input") { Description = "The folder holding site.yml and releases/.", DefaultValueFactory = _ => "input" };
        var command = new Command("new", "Starts a new release in input/releases/ from a title.") { title, date, input };
        command.SetAction(result =>
        {
            var dateText = result.GetValue(date);
            var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                Terminal.WriteRaw(terminal.Error, $"error: '{dateText}' is not a date in the form YYYY-MM-DD.");
                return ExitCodes.Usage;
            }
            var outcome = NewRelease.Create(new PhysicalFileSystem(), result.GetValue(input)!, result.GetValue(title)!, day);
            if (outcome.Problem is { } problem)
            {
                Terminal.WriteRaw(terminal.Error, problem.ToString());
                return ExitCodes.Usage;
            }
            Terminal.WriteRaw(terminal.Out, $"Created {Path.GetRelativePath(Environment.CurrentDirectory, outcome.Path!)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
