using System.CommandLine;

namespace PartnershipSite.Cli;

/// <summary>The command tree: <c>build</c>, <c>check</c>, <c>init</c>, <c>new</c> and <c>serve</c>.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, Terminal terminal, TimeProvider clock)
    {
        var root = new RootCommand("PartnershipSite: publishes press releases written in Markdown as an accessible HTML site, a tagged PDF of each release and feeds, checked for broken links and accessibility.")
        {
            BuildCommand.Create(terminal, clock),
            CheckCommand.Create(terminal, clock),
            InitCommand.Create(terminal, clock),
            NewCommand.Create(terminal, clock),
            ServeCommand.Create(terminal, clock),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Terminal.WriteRaw(terminal.Error, $"error: {error.Message}");
            }
            Terminal.WriteRaw(terminal.Error, "Run 'PartnershipSite --help' for usage.");
            return ExitCodes.Usage;
        }
        // --help and --version write to the console System.CommandLine is given: the injected one.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = terminal.Out.Profile.Out.Writer, Error = terminal.Error.Profile.Out.Writer });
    }
}
