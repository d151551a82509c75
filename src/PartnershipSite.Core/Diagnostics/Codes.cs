namespace PartnershipSite.Diagnostics;

/// <summary>
/// The catalogue of diagnostics. PS00xx: site set-up; PS01xx: content; PS02xx: theme and templates;
/// PS03xx: links; PS04xx: accessibility; PS05xx: PDF; PS09xx: output. Each family has its own file
/// (<c>Codes.SiteSetup.cs</c>, <c>Codes.Content.cs</c>, …), in code order.
/// </summary>
internal static partial class Codes;
