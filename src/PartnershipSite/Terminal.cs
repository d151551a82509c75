using Spectre.Console;

namespace PartnershipSite.Cli;

/// <summary>
/// The two consoles the CLI writes through: <see cref="Out"/> for results (the summary, JSON) and <see cref="Error"/>
/// for diagnostics and progress. Injected, so tests run the commands in process against test consoles.
/// </summary>
internal sealed record Terminal(IAnsiConsole Out, IAnsiConsole Error)
{
    /// <summary>The process's stdout and stderr: ANSI and live progress only on a terminal, no colour with <c>NO_COLOR</c>.</summary>
    public static Terminal ForProcess() =>
        new(Create(Console.Out, Console.IsOutputRedirected), Create(Console.Error, Console.IsErrorRedirected));

    /// <summary>
    /// Writes <paramref name="line"/> as it is: no markup, and no wrapping at the console's width, so editors and CI
    /// can parse MSBuild-style diagnostic lines.
    /// </summary>
    public static void WriteRaw(IAnsiConsole console, string line) => console.Profile.Out.Writer.WriteLine(line);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            // A pipe or a CI log gets plain text: Spectre's detection can take TERM's word for it even when redirected.
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            // https://no-color.org: any non-empty value turns colour off.
            ColorSystem = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (redirected)
        {
            // A log has no width: Spectre's default of 80 columns would break summary lines in the middle.
            console.Profile.Width = 1000;
        }
        return console;
    }
}
