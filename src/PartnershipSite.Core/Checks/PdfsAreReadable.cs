namespace PartnershipSite.Checks;

/// <summary>Every PDF output can be parsed: one that cannot is reported (PS0436), never passed unchecked.</summary>
internal sealed class PdfsAreReadable : ICheck;
