namespace PartnershipSite.Checks;

/// <summary>
/// Where <see cref="SiteChecker"/> keeps what it found between builds, by kind of work (<see cref="Files"/>,
/// <see cref="Parity"/>), unit (an output path, a release's source) and a key made from
/// everything the work was given: a build keeps them in its cache, the <c>check</c> command keeps nothing.
/// </summary>
internal interface ICheckMemo
{
    /// <summary>One page's, PDF's or other file's <see cref="FileFindings"/>.</summary>
    public const string Files = "Files";

    /// <summary>What the parity check reported for one release (<see cref="CheckLog"/>).</summary>
    public const string Parity = "Parity";

    /// <summary>Keeps nothing: every result is made afresh.</summary>
    public static ICheckMemo None { get; } = new NoMemo();

    /// <summary>The result kept for <paramref name="unit"/> of <paramref name="kind"/> under <paramref name="key"/>, else what <paramref name="work"/> makes (which is then kept).</summary>
    T Remember<T>(string kind, string unit, string key, Func<T> work)
        where T : class;

    private sealed class NoMemo : ICheckMemo
    {
        public T Remember<T>(string kind, string unit, string key, Func<T> work)
            where T : class => work();
    }
}
