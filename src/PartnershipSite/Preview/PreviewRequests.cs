using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using PartnershipSite.IO;

namespace PartnershipSite.Cli.Preview;

/// <summary>
/// Answers preview requests as Netlify would: the site's files with the <c>netlify.toml</c> headers, its redirects,
/// <c>404.html</c> for misses; plus the live-reload script and events, and the error page while the build fails.
/// </summary>
internal sealed class PreviewRequests(Func<PreviewSite> site, Func<NetlifyRules> rules, ReloadSignal signal, CspReports reports, CancellationToken stopping)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value is { Length: > 0 } p ? p : "/";
        var method = http.Request.Method;
        if (path == CspReports.Path && HttpMethods.IsPost(method))
        {
            await reports.ReceiveAsync(http);
            return;
        }
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        if (path == LiveReload.ScriptPath)
        {
            http.Response.Headers.CacheControl = "no-store";
            await WriteAsync(http, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
            return;
        }
        if (path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(http);
            return;
        }
        var current = site();
        var netlify = rules();
        if (current.HasErrors && IsPage(path))
        {
            // The site has errors: every page shows them until a save fixes them.
            ApplyHeaders(http, netlify, path);
            http.Response.Headers.CacheControl = "no-store";
            var page = LiveReload.Inject(ErrorPage.Render(current.Diagnostics), current.Build);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page));
            return;
        }
        var file = current.Find(path);
        if (file is null && !path.EndsWith('/') && current.Find(path + "/") is not null)
        {
            // A folder asked for without its slash: Netlify's pretty URLs send the reader to the slashed form.
            Redirect(http, netlify, path, path + "/" + http.Request.QueryString, StatusCodes.Status301MovedPermanently);
            return;
        }
        // The site's own _redirects (old release paths) come before netlify.toml's rules, as on Netlify.
        if (file is null && current.Find("/" + Feeds.NetlifyRedirects.Path) is { } redirects
            && Feeds.NetlifyRedirects.Read(Encoding.UTF8.GetString(redirects.Content.Span)).TryGetValue(path, out var moved))
        {
            Redirect(http, netlify, path, moved, StatusCodes.Status301MovedPermanently);
            return;
        }
        // Netlify applies a redirect only where no file exists, unless the rule is forced.
        if (netlify.RedirectFor(path) is { } redirect && (file is null || redirect.Rule.Force))
        {
            if (redirect.Rule.Status is 200 or 404)
            {
                await ServeAsync(http, netlify, path, current, current.Find(redirect.Target), redirect.Rule.Status);
            }
            else
            {
                Redirect(http, netlify, path, redirect.Target, redirect.Rule.Status);
            }
            return;
        }
        await ServeAsync(http, netlify, path, current, file, StatusCodes.Status200OK);
    }

    private static async Task ServeAsync(HttpContext http, NetlifyRules netlify, string path, PreviewSite current, IO.OutputFile? file, int status)
    {
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = current.Find("/404.html");
        }
        if (file is null)
        {
            ApplyHeaders(http, netlify, path);
            await WriteAsync(http, status, "text/plain; charset=utf-8", "Not found."u8.ToArray());
            return;
        }
        var type = ContentTypeOf(file.Path);
        var bytes = file.Content.ToArray();
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            // Only served pages get the live-reload script; the files on disk and `build` output never do.
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(bytes), current.Build));
        }
        http.Response.ContentType = type;
        ApplyHeaders(http, netlify, path);
        await WriteAsync(http, status, http.Response.ContentType, bytes);
    }

    private async Task StreamEventsAsync(HttpContext http)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var token = linked.Token;
        _ = long.TryParse(http.Request.Query["since"], out var seen);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            // A comment line first, so the client knows the stream is open.
            await http.Response.WriteAsync(": connected\n\n", token);
            await http.Response.Body.FlushAsync(token);
            while (!token.IsCancellationRequested)
            {
                await signal.WaitForNewerAsync(seen, token);
                seen = signal.Build;
                await http.Response.WriteAsync($"event: reload\ndata: {seen}\n\n", token);
                await http.Response.Body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
    }

    private static void Redirect(HttpContext http, NetlifyRules netlify, string path, string location, int status)
    {
        ApplyHeaders(http, netlify, path);
        http.Response.StatusCode = status;
        http.Response.Headers.Location = location;
    }

    private static void ApplyHeaders(HttpContext http, NetlifyRules netlify, string path)
    {
        foreach (var (name, value) in netlify.HeadersFor(path))
        {
            http.Response.Headers[name] = string.Equals(name, "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
                ? CspReports.WithReporting(value)
                : value;
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, string contentType, byte[] body)
    {
        http.Response.StatusCode = status;
        if (string.IsNullOrEmpty(http.Response.ContentType))
        {
            http.Response.ContentType = contentType;
        }
        http.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private static string ContentTypeOf(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var found) ? found : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
    }

    // A page is what a reader navigates to: a folder URL, an .html file, or a name without an extension.
    private static bool IsPage(string path) =>
        path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) || !Path.GetFileName(path).Contains('.', StringComparison.Ordinal);
}
