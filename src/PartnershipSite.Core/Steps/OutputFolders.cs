using PartnershipSite.IO;

namespace PartnershipSite.Steps;

/// <summary>
/// The output folder and the two folders publishing keeps beside it while it swaps a new site in. Their names carry
/// the tool's name (<c>.output.partnershipsite-staging</c>), so that no user folder has them by accident, and each
/// holds the <see cref="WriteOutput.MarkerFile"/>: a folder by that name without the marker is never deleted.
/// </summary>
internal sealed record OutputFolders(string Output, string Staging, string Previous)
{
    /// <summary>The folders for publishing to <paramref name="output"/> (a full path).</summary>
    public static OutputFolders For(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        return new OutputFolders(output, Path.Join(parent, $".{name}.partnershipsite-staging"), Path.Join(parent, $".{name}.partnershipsite-previous"));
    }

    /// <summary>Lets the build read the staging and previous folders (the previous output is compared and linked from).</summary>
    public void Trust(Engine.BuildContext context)
    {
        context.Trust(Staging);
        context.Trust(Previous);
    }

    /// <summary>True when <paramref name="folder"/> exists and holds the marker, so the tool made it.</summary>
    public static bool IsOurs(IFileSystem fs, string folder) =>
        fs.DirectoryExists(folder) && fs.FileExists(Path.Join(folder, WriteOutput.MarkerFile));

    /// <summary>
    /// Puts back the previous site when a publish was interrupted after it moved the output aside and before it moved
    /// the new site in (the process was killed between the two renames). Returns true when it did.
    /// </summary>
    public bool RecoverInterrupted(IFileSystem fs)
    {
        if (fs.DirectoryExists(Output) || !IsOurs(fs, Previous))
        {
            return false;
        }
        fs.MoveDirectory(Previous, Output);
        return true;
    }

    /// <summary>
    /// Why a leftover staging or previous folder cannot be removed (it is not ours, or it holds the input or theme),
    /// or null when there is none or it may go.
    /// </summary>
    public string? LeftoverProblem(IFileSystem fs, IEnumerable<string> protectedFolders)
    {
        foreach (var folder in new[] { Staging, Previous })
        {
            if (protectedFolders.Any(p => WriteOutput.IsAtOrBelow(p, folder)))
            {
                return $"the folder '{folder}' that publishing uses beside the output is, or contains, the input or theme folder";
            }
            if (fs.DirectoryExists(folder) && !IsOurs(fs, folder))
            {
                return $"a folder '{Path.GetFileName(folder)}' beside the output was not made by PartnershipSite (it has no {WriteOutput.MarkerFile} marker), so it is not deleted";
            }
        }
        return null;
    }
}
