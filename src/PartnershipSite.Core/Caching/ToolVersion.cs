using System.Reflection;

namespace PartnershipSite.Caching;

/// <summary>
/// The version of the code that makes outputs, part of every cache key: the build of the engine and of each library
/// that shapes an output (Markdig, Fluid, PDFsharp), so any change to any of them is a cache miss.
/// </summary>
internal static class ToolVersion
{
    /// <summary>The cache's own format, raised when <see cref="CacheEntry"/> changes shape.</summary>
    public const int Format = 1;

    /// <summary>The current version.</summary>
    public static string Current { get; } = string.Join('+', new[]
    {
        typeof(ToolVersion).Assembly, typeof(Markdig.Markdown).Assembly, typeof(Fluid.FluidParser).Assembly, typeof(PdfSharp.Pdf.PdfDocument).Assembly,
    }.Select(Of).Prepend($"v{Format}"));

    private static string Of(Assembly assembly) =>
        $"{assembly.GetName().Name}@{assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}#{assembly.ManifestModule.ModuleVersionId:N}";
}
