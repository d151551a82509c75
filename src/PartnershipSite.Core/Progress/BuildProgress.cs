namespace PartnershipSite.Progress;

/// <summary>
/// How far a build has got, as data for whoever shows it (the CLI's progress display): the running step and, for a
/// step that works item by item, how many of its items are done.
/// </summary>
/// <param name="Step">The step's name, e.g. <c>RenderPdf</c>.</param>
/// <param name="Items">What the step counts, e.g. "PDFs rendered"; null for a step that does not count.</param>
/// <param name="Done">Items done so far.</param>
/// <param name="Total">Items the step has; 0 for a step that does not count.</param>
public sealed record BuildProgress(string Step, string? Items, int Done, int Total);
