namespace PartnershipSite.Diagnostics;

/// <summary>
/// The one list of exceptions that a parser (YamlDotNet, Markdig, Fluid) throws on bad input rather than on a bug of
/// ours: each parse site catches exactly these and reports a located diagnostic, and anything else still surfaces
/// as the bug it is (and the fuzzer, tests/PartnershipSite.Fuzz, finds it).
/// </summary>
internal static class ParserFailure
{
    /// <summary>
    /// True for an exception a parser throws on input it cannot read: YamlDotNet's state errors on some malformed
    /// flow collections (<see cref="InvalidOperationException"/>), Markdig's depth limit (<see cref="ArgumentException"/>),
    /// format and overflow errors from parsed values, and the runtime's stack guard.
    /// </summary>
    public static bool IsBadInput(Exception e) =>
        e is InvalidOperationException or ArgumentException or FormatException or OverflowException or InsufficientExecutionStackException;

    /// <summary>The exception's message as a reason a person can read: its first sentence, without a stack trace.</summary>
    public static string Reason(Exception e)
    {
        var message = e.Message.Split('\n')[0].Trim().TrimEnd('.');
        return e is InvalidOperationException && message.StartsWith("Operation is not valid", StringComparison.Ordinal)
            ? "the parser could not read the text from here on (an unclosed bracket, brace or quote is the usual cause)"
            : message;
    }
}
