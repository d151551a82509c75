using PartnershipSite.IO;

namespace PartnershipSite.Tests.Support;

/// <summary>
/// An <see cref="IFileSystem"/> that passes every call to another one, except where a test makes a call fail: a full
/// disk on the n-th write, a process killed at the n-th rename.
/// </summary>
public sealed class FaultyFileSystem(IFileSystem inner) : IFileSystem
{
    /// <summary>Asked before each write; an exception it returns is thrown instead of writing.</summary>
    public Func<string, Exception?> OnWrite { get; set; } = _ => null;

    /// <summary>Asked before each directory rename; an exception it returns is thrown instead of renaming.</summary>
    public Func<string, string, Exception?> OnMove { get; set; } = (_, _) => null;

    public string GetFullPath(string path) => inner.GetFullPath(path);
    public bool FileExists(string path) => inner.FileExists(path);
    public bool DirectoryExists(string path) => inner.DirectoryExists(path);
    public FileStamp Stamp(string path) => inner.Stamp(path);
    public byte[] ReadAllBytes(string path) => inner.ReadAllBytes(path);
    public IReadOnlyList<string> ListFiles(string directory, bool recursive) => inner.ListFiles(directory, recursive);
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        if (OnWrite(path) is { } failure)
        {
            throw failure;
        }
        inner.WriteAllBytes(path, content);
    }
    public void CreateFile(string path, ReadOnlySpan<byte> content)
    {
        if (OnWrite(path) is { } failure)
        {
            throw failure;
        }
        inner.CreateFile(path, content);
    }
    public void DeleteFile(string path) => inner.DeleteFile(path);
    public void MoveFile(string source, string destination)
    {
        if (OnMove(source, destination) is { } failure)
        {
            throw failure;
        }
        inner.MoveFile(source, destination);
    }
    public void CreateDirectory(string path) => inner.CreateDirectory(path);
    public void DeleteDirectory(string path) => inner.DeleteDirectory(path);
    public void MoveDirectory(string source, string destination)
    {
        if (OnMove(source, destination) is { } failure)
        {
            throw failure;
        }
        inner.MoveDirectory(source, destination);
    }
    public bool TryLinkFile(string existing, string link) => inner.TryLinkFile(existing, link);
}

/// <summary>Stands for the process being killed: nothing after it runs, so no handler may catch and tidy up.</summary>
public sealed class SimulatedKillException : Exception
{
    public SimulatedKillException() : base("killed") { }
    public SimulatedKillException(string message) : base(message) { }
    public SimulatedKillException(string message, Exception innerException) : base(message, innerException) { }
}
