using System.CommandLine;

namespace PartnershipSite.Cli;

/// <summary>The command tree: <c>build</c>, <c>new</c> and <c>serve</c>.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("PartnershipSite: publishes press releases written in Markdown as an accessible HTML site, a tagged PDF of each release and feeds, checked for broken links and accessibility.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            NewCommand.Create(TimeProvider.System),
            ServeCommand.Create(TimeProvider.System),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}");
            }
            await Console.Error.WriteLineAsync("Run 'PartnershipSite --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync();
    }
}
