namespace PartnershipSite.Content;

/// <summary>An organisation or topic as a release's frame names it, with the site path of its page.</summary>
public sealed record DocumentTerm(string Name, string SitePath);
