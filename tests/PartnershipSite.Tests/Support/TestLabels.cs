using PartnershipSite.Content;
using PartnershipSite.Diagnostics;
using PartnershipSite.Templates;

namespace PartnershipSite.Tests.Support;

/// <summary>The default theme's English labels, read from the repository's <c>theme/labels.yml</c> by the real reader.</summary>
public static class TestLabels
{
    /// <summary>The labels for en-GB.</summary>
    public static Labels English { get; } = Read();

    /// <summary><paramref name="release"/> with its document composed as a build composes it.</summary>
    public static Release Composed(Release release) =>
        release with { Document = ReleaseDocument.Compose(release, English, "Press office", "formats@example.org") };

    private static Labels Read()
    {
        var path = RealFiles.PathOf("theme/labels.yml");
        var bag = new DiagnosticBag();
        return LabelsFile.Read(new SourceFile(path, "theme/labels.yml", File.ReadAllText(path)), "en-GB", bag)
            ?? throw new InvalidOperationException(string.Join('\n', bag.ToSortedArray()));
    }
}
