namespace PartnershipSite.IO;

/// <summary>
/// Thrown by <see cref="ConfinedFileSystem"/> when a caller reads a file it refused without asking first; the refusal
/// has already been reported as a diagnostic, so the build turns this into a stop, not a crash.
/// </summary>
internal sealed class RefusedReadException : IOException
{
    /// <summary>A refusal of <paramref name="refusal"/>'s path.</summary>
    public RefusedReadException(RefusedRead refusal)
        : base($"Refused to read '{refusal.Path}': it leads outside the trusted folders.") => Refusal = refusal;

    /// <summary>What was refused.</summary>
    public RefusedRead? Refusal { get; }

    /// <inheritdoc />
    public RefusedReadException() { }

    /// <inheritdoc />
    public RefusedReadException(string message) : base(message) { }

    /// <inheritdoc />
    public RefusedReadException(string message, Exception innerException) : base(message, innerException) { }
}
