namespace PartnershipSite.Diagnostics;

/// <summary>One accepted warning: its code, its file (relative to the input folder) and its <see cref="Fingerprint"/>.</summary>
/// <param name="Code">The warning's code.</param>
/// <param name="Path">Its file, relative to the input folder, <c>/</c>-separated.</param>
/// <param name="Fingerprint">The <see cref="Diagnostics.Fingerprint"/> of its message.</param>
/// <param name="Message">The message when it was recorded: for the reader of the file, not used to match.</param>
public sealed record BaselineEntry(string Code, string Path, string Fingerprint, string Message);
