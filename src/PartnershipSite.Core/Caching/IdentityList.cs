using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace PartnershipSite.Caching;

/// <summary>
/// A <see cref="BuildCache"/> key part for a list of objects compared item by item by reference: a listing page's
/// releases, which earlier cached steps hand on as the very same objects while they are unchanged.
/// </summary>
internal readonly struct IdentityList<T>(ImmutableArray<T> items) : IEquatable<IdentityList<T>>
    where T : class
{
    private readonly int _hash = Hash(items);

    /// <summary>The objects compared.</summary>
    public ImmutableArray<T> Items { get; } = items;

    /// <inheritdoc />
    public bool Equals(IdentityList<T> other)
    {
        if (_hash != other._hash || Items.Length != other.Items.Length)
        {
            return false;
        }
        for (var i = 0; i < Items.Length; i++)
        {
            if (!ReferenceEquals(Items[i], other.Items[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IdentityList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Item-by-item reference equality.</summary>
    public static bool operator ==(IdentityList<T> left, IdentityList<T> right) => left.Equals(right);

    /// <summary>Item-by-item reference inequality.</summary>
    public static bool operator !=(IdentityList<T> left, IdentityList<T> right) => !left.Equals(right);

    private static int Hash(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(RuntimeHelpers.GetHashCode(item));
        }
        return hash.ToHashCode();
    }
}
