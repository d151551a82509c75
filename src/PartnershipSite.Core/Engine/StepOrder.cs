using System.Collections.Immutable;

namespace PartnershipSite.Engine;

/// <summary>
/// Checks a pipeline's order against what its steps declare (Statiq's pipeline dependencies, for steps): each
/// facet a step needs is provided by an earlier step, and no step provides a facet after a step that reads it.
/// </summary>
internal static class StepOrder
{
    /// <summary>Every way the order is wrong, each as a sentence naming the steps and the facet; empty when it is right.</summary>
    public static ImmutableArray<string> Problems(IReadOnlyList<IStep> steps)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var earlier = steps.Take(i).ToList();
            var later = steps.Skip(i + 1).ToList();
            foreach (var facet in step.Needs.Concat(step.UsesIfPresent).Distinct().Order())
            {
                var after = later.Where(s => s.Provides.Contains(facet)).ToList();
                if (step.Needs.Contains(facet) && !earlier.Any(s => s.Provides.Contains(facet)))
                {
                    problems.Add(after.Count == 0
                        ? $"{step.Name} needs {facet}, which no step provides."
                        : $"{step.Name} needs {facet}, which {after[0].Name} provides only after it: move {after[0].Name} before {step.Name}.");
                    continue;
                }
                problems.AddRange(after.Select(s =>
                    $"{step.Name} reads {facet}, but {s.Name} provides more of it later: move {s.Name} before {step.Name}."));
            }
        }
        return problems.ToImmutable();
    }

    /// <summary>The steps, if their order is right.</summary>
    /// <exception cref="InvalidPipelineException">The order is wrong; the message lists every problem.</exception>
    public static ImmutableArray<IStep> Checked(ImmutableArray<IStep> steps)
    {
        var problems = Problems(steps);
        return problems.IsEmpty ? steps : throw new InvalidPipelineException(problems);
    }
}

/// <summary>A pipeline whose steps are in an order their declarations forbid: a programming error, found at start-up.</summary>
internal sealed class InvalidPipelineException(ImmutableArray<string> problems)
    : InvalidOperationException("The build's steps are in the wrong order:" + string.Concat(problems.Select(p => "\n  " + p)))
{
    /// <summary>Each problem, as a sentence.</summary>
    public ImmutableArray<string> Problems { get; } = problems;
}
