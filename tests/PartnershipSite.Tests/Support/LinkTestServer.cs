using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) that answers as the web does: 200, 301, 404, 405 to HEAD,
/// 429 with Retry-After, slow answers and reset connections. It counts the requests to each path.
/// </summary>
public sealed class LinkTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    private int _inFlight;
    private int _maxInFlight;

    private LinkTestServer(WebApplication app) => _app = app;

    /// <summary>The most requests to <c>/queue/…</c> the server was answering at once.</summary>
    public int MaxConcurrent => Volatile.Read(ref _maxInFlight);

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>Starts a server; with <paramref name="certificate"/>, it answers https with it.</summary>
    public static async Task<LinkTestServer> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LinkTestServer(app);
        app.Use(async (context, next) =>
        {
            server._hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next(context);
        });
        app.MapMethods("/ok", ["GET", "HEAD"], () => Results.Ok());
        app.MapGet("/get-only", () => Results.Ok());
        app.MapMethods("/get-only", ["HEAD"], () => Results.StatusCode(405));
        app.MapMethods("/moved", ["GET", "HEAD"], () => Results.Redirect("/ok", permanent: true));
        app.MapMethods("/moved-to-missing", ["GET", "HEAD"], () => Results.Redirect("/missing", permanent: true));
        app.MapMethods("/busy-once", ["GET", "HEAD"], (HttpContext context) =>
        {
            if (server.Hits("/busy-once") > 1)
            {
                return Results.Ok();
            }
            context.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(429);
        });
        app.MapMethods("/unavailable-once", ["GET", "HEAD"], () => server.Hits("/unavailable-once") > 1 ? Results.Ok() : Results.StatusCode(503));
        app.MapMethods("/always-busy", ["GET", "HEAD"], (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(429);
        });
        app.MapMethods("/slow", ["GET", "HEAD"], async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            return Results.Ok();
        });
        app.MapMethods("/queue/{n}", ["GET", "HEAD"], async () =>
        {
            var now = Interlocked.Increment(ref server._inFlight);
            int max;
            while ((max = Volatile.Read(ref server._maxInFlight)) < now && Interlocked.CompareExchange(ref server._maxInFlight, now, max) != max)
            {
            }
            await Task.Delay(150);
            Interlocked.Decrement(ref server._inFlight);
            return Results.Ok();
        });
        app.MapMethods("/reset", ["GET", "HEAD"], (HttpContext context) =>
        {
            context.Abort();
            return Results.Empty;
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The absolute URL of a path on the server.</summary>
    public Uri Url(string path) => new(Root, path.TrimStart('/'));

    /// <summary>How many requests the path has had.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
