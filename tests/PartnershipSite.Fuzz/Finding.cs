namespace PartnershipSite.Fuzz;

/// <summary>
/// A broken promise: <paramref name="Signature"/> names its class (the kind and where it happened, without the
/// input's details) so that thousands of inputs hitting one bug count as one; <paramref name="Detail"/> says what.
/// </summary>
public sealed record Finding(string Signature, string Detail);
