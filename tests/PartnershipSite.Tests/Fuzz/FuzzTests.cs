using PartnershipSite.Fuzz;

namespace PartnershipSite.Tests.Fuzz;

/// <summary>
/// The fuzzer in CI: a short deterministic run (fixed seed, fixed number of inputs) and every regression fixture,
/// each a failure a fuzz run found, replayed through the same oracle. <c>scripts/fuzz SECONDS</c> runs it longer.
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Enough inputs to cross every mutation and every seed a few times, in well under a minute.</summary>
    private const int SmokeInputs = 400;

    public static TheoryData<string> RegressionNames() => [.. Corpus.Regressions().Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RegressionNames))]
    public void Every_regression_fixture_now_keeps_every_promise(string name)
    {
        var input = Corpus.Regressions().Single(r => r.Name == name).Case;

        var finding = new Oracle().Check(input);

        Assert.Null(finding);
    }

    [Fact]
    public void A_short_fixed_seed_run_finds_nothing_new()
    {
        var log = new StringWriter();

        var report = new FuzzRunner(seed: 1, log).Run(SmokeInputs, budget: null);

        Assert.Equal(SmokeInputs, report.Inputs);
        var failures = report.Findings
            .Select(f => $"{f.Key} ({f.Value.Count}): {f.Value.First.Detail.Split('\n')[0]}");
        Assert.Empty(failures);
    }

    [Fact]
    public void A_saved_case_replays_exactly_what_ran()
    {
        var input = Corpus.RealSite().With("input/releases/x.md", "control \u0015, noncharacter \uFFFE, lone \uD800, CR\r, NEL\u0085");

        var replayed = FuzzCase.FromJson(input.ToJson());

        Assert.Equal(input.Files["input/releases/x.md"], replayed.Files["input/releases/x.md"]);
        Assert.Contains("lone \uFFFD", replayed.Files["input/releases/x.md"], StringComparison.Ordinal);
        Assert.Equal(input.Requests, replayed.Requests);
    }

    [Fact]
    public void A_crash_is_classed_by_its_type_and_the_innermost_frame_of_our_code()
    {
        Exception thrown;
        try
        {
            _ = PartnershipSite.Text.TextPolicy.Describe(int.Parse("x", System.Globalization.CultureInfo.InvariantCulture));
            throw new InvalidOperationException("unreachable");
        }
        catch (FormatException e)
        {
            thrown = e;
        }

        var finding = Oracle.Crash("build", thrown);

        Assert.StartsWith("exception in build: FormatException at ", finding.Signature, StringComparison.Ordinal);
        Assert.Contains("A_crash_is_classed", finding.Signature, StringComparison.Ordinal);
    }
}
