using PartnershipSite.Engine;
using PartnershipSite.Templates;

namespace PartnershipSite.Steps;

/// <summary>Renders the home page: every release, newest first, with its date and summary.</summary>
public sealed class RenderHomePage : IStep
{
    /// <inheritdoc />
    public ValueTask<BuildState> RunAsync(BuildState state, BuildContext context, CancellationToken cancellationToken)
    {
        var config = state.RequireConfig();
        var values = new Dictionary<string, object>
        {
            ["site"] = ViewFactory.Site(config, state.Assets),
            ["page"] = ViewFactory.Page(config, config.Title, config.Description, "", config.Language, "home"),
            ["releases"] = state.Releases.Select(r => ViewFactory.Release(config, r)).ToList(),
        };
        var html = state.Theme!.Render("home", values, context.Diagnostics);
        return ValueTask.FromResult(html is null ? state : state.AddOutputs([OutputFile.FromText("index.html", html, state.Theme.PathOf("home"))]));
    }
}
