using System.Runtime.CompilerServices;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A version that moves whenever a dict entry holding a watched function (one that compiled code
/// calls directly, <see cref="PyFunction.BindingWatched"/>) is overwritten or removed. Compiled code
/// that read a global holding such a function when it was compiled compares this version with the
/// one it was compiled at: while they are equal, the global still holds that function, so the read
/// needs no dict access at all (one compare against the version instead of the keys version, the
/// entry and the function). The VM's LOAD_GLOBAL caches a function global the same way. The version
/// only grows, so equal at a later point means unchanged since.
/// </summary>
public static class WatchedBindings
{
    /// <summary>
    /// The version lives in an object's field, not a static field: the precompiled (ReadyToRun) VM
    /// reaches a static through a helper call on every read, and an object it reads once per run
    /// of its loop costs it one load per read. Compiled code loads the holder as a constant.
    /// </summary>
    public static readonly VersionHolder Current = new();

    /// <summary>The version of every watched binding; only <see cref="Changed"/> writes it.</summary>
    public sealed class VersionHolder
    {
        public long Version;
    }

    /// <summary>Called after an entry that held <paramref name="replaced"/> stopped holding it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Replaced(object? replaced)
    {
        if (replaced is PyFunction { BindingWatched: true })
        {
            Changed();
        }
    }

    /// <summary>
    /// Stores into a dict entry (a global's fast path) and notes a watched function it replaced.
    /// As <see cref="Value.Store"/>, the reference (and its barrier) only when it changes, and the
    /// test for a watched function only then: a loop storing ints pays one compare, as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref Value entry, Value value)
    {
        var replaced = entry.Ref;
        entry.Bits = value.Bits;
        if (!ReferenceEquals(replaced, value.Ref))
        {
            entry.Ref = value.Ref;
            Replaced(replaced);
        }
    }

    /// <remarks>
    /// The increment comes after the entry's store and is a full fence, so a compiler that reads the
    /// version and then finds the function in the entry cannot see the old function with the new
    /// version. Interlocked because interpreters on other threads (tests run several at once) move
    /// the same version: a lost increment could take it back to a value some code was compiled at.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Changed() => Interlocked.Increment(ref Current.Version);
}
