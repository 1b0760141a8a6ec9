namespace Viper.Runtime.Vm;

/// <summary>
/// The other receivers a polymorphic attribute or method site has seen (a base class's
/// <c>__init__</c> storing <c>self.x</c> into instances of several subclasses, one call reaching
/// several classes' <c>run</c>): when the site's own entry misses, a remembered one for this
/// receiver's layout takes its place, instead of a fresh lookup.
/// </summary>
internal sealed class PolymorphicCache
{
    private const int Capacity = 8;

    private readonly InlineCache[] _entries = new InlineCache[Capacity];
    private int _next;

    /// <summary>Makes the remembered entry for <paramref name="owner"/> at <paramref name="version"/> the site's own; false when there is none.</summary>
    public bool TryRestore(ref InlineCache cache, object owner, int version)
    {
        foreach (ref var entry in _entries.AsSpan())
        {
            if (ReferenceEquals(entry.Owner, owner) && entry.Version == version)
            {
                cache.Owner = entry.Owner;
                cache.Version = entry.Version;
                cache.Index = entry.Index;
                cache.Value = entry.Value;
                cache.Target = entry.Target;
                return true;
            }
        }

        return false;
    }

    /// <summary>The entries remembered so far (empty ones have no owner).</summary>
    public ReadOnlySpan<InlineCache> Entries => _entries;

    /// <summary>Remembers the site's entry just filled, replacing the oldest one.</summary>
    public void Remember(in InlineCache cache)
    {
        ref var entry = ref _entries[_next];
        entry.Owner = cache.Owner;
        entry.Version = cache.Version;
        entry.Index = cache.Index;
        entry.Value = cache.Value;
        entry.Target = cache.Target;
        _next = (_next + 1) % Capacity;
    }

    /// <summary>After a fill of <paramref name="cache"/>: remembers it when the site has had another entry before, starting the site's memory then.</summary>
    public static void RememberFill(ref InlineCache cache, in InlineCache previous)
    {
        if (cache.Seen is { } known)
        {
            known.Remember(cache);
        }
        else if (previous.Owner is not null && !ReferenceEquals(previous.Owner, cache.Owner))
        {
            var started = new PolymorphicCache();
            started.Remember(previous);
            started.Remember(cache);
            cache.Seen = started;
        }
    }
}
