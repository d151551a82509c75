using System.Runtime.CompilerServices;

namespace PartnershipSite.Caching;

/// <summary>
/// A <see cref="BuildCache"/> key part that compares an object by reference: cheap for inputs that an earlier
/// cached step hands on unchanged as the very same object (a release, the parsed theme).
/// </summary>
internal readonly struct Identity(object value) : IEquatable<Identity>
{
    /// <summary>The object compared.</summary>
    public object Value { get; } = value;

    /// <inheritdoc />
    public bool Equals(Identity other) => ReferenceEquals(Value, other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Identity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Value);

    /// <summary>Reference equality.</summary>
    public static bool operator ==(Identity left, Identity right) => left.Equals(right);

    /// <summary>Reference inequality.</summary>
    public static bool operator !=(Identity left, Identity right) => !left.Equals(right);
}
