using System.Collections.Immutable;
using PartnershipSite.IO;

namespace PartnershipSite.Caching;

/// <summary>
/// What the cache keeps for one unit of work: the tool version, every file and setting it read (with the hashes they
/// had), and the output it made, stored as a content-addressed blob (or, when small, in the entry).
/// </summary>
/// <param name="Tool">The <see cref="ToolVersion"/> that made it.</param>
/// <param name="Unit">The unit of work (the table and the release's path).</param>
/// <param name="Reads">The files read; paths inside the site folder are relative to it.</param>
/// <param name="Settings">The settings used.</param>
/// <param name="Path">The output's path in the site.</param>
/// <param name="Blob">The content hash of the output's bytes, which names its blob.</param>
/// <param name="Length">The output's length in bytes.</param>
/// <param name="Extra">Facts about the output the step needs back (a PDF's page count).</param>
/// <param name="Inline">A small output's bytes, kept in the entry rather than as a blob (one file fewer to write and read); checked against <paramref name="Blob"/> all the same.</param>
internal sealed record CacheEntry(
    string Tool,
    string Unit,
    ImmutableArray<FileRead> Reads,
    ImmutableArray<SettingUse> Settings,
    string Path,
    string Blob,
    long Length,
    string Extra,
    byte[]? Inline = null);
