using System.CommandLine;
using PartnershipSite.Authoring;
using PartnershipSite.IO;

namespace PartnershipSite.Cli;

/// <summary><c>init [DIR]</c>: a new site that builds at once, in an empty or new folder.</summary>
internal static class InitCommand
{
    public static Command Create(Terminal terminal, TimeProvider clock)
    {
        var directory = new Argument<string>("folder") { Description = "An empty or new folder for the site.", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Starts a new site: site.yml, an example release, the theme, netlify.toml and .gitignore.") { directory };
        command.SetAction(result =>
        {
            var folder = result.GetValue(directory)!;
            var outcome = InitSite.Create(new PhysicalFileSystem(), folder, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            if (outcome.Problem is { } problem)
            {
                Terminal.WriteRaw(terminal.Error, problem.ToString());
                return ExitCodes.Usage;
            }
            Terminal.WriteRaw(terminal.Out, $"Created a new site in {folder} ({outcome.Files.Length} files). Build it with:");
            Terminal.WriteRaw(terminal.Out, $"  cd {folder} && partnershipsite build");
            return ExitCodes.Success;
        });
        return command;
    }
}
