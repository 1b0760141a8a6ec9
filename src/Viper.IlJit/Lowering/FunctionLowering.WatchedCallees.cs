using System.Reflection.Emit;
using Viper.IlJit.Emission;
using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The callee of a direct call read without the dicts. When the global held the resolved function
/// at compile time and that function is watched (<see cref="WatchedBindings"/>), LOAD_GLOBAL
/// compares the watched-bindings version with the one seen at compile time: equal means the global
/// still holds the function, which is taken from the callee's closure; only a changed version reads
/// the dicts, in a cold block. The call's guard tests the same version instead of comparing the
/// callee with the resolved function, and compares only when it moved. Recursive
/// <c>fib</c>'s second read, after its first call, is one compare with a static instead of the
/// keys version, the entry and the function.
/// Only a callee in a split temporary qualifies: that slot has exactly one write, the LOAD_GLOBAL,
/// so the value the call sees is the one this read produced.
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>The watched-bindings version seen at compile time, by the callee slot a watched read filled.</summary>
    private long?[]? _watchedCalleeVersions;

    private readonly List<ColdGlobalRead> _coldGlobalReads = [];

    private Dictionary<int, DirectCallee>? _directCalleesBySlot;

    private bool TryEmitWatchedCalleeRead(int pc, IlLabel done)
    {
        var slot = Out(pc, 0);
        _watchedCalleeVersions ??= new long?[_splitting.SlotCount];
        _watchedCalleeVersions[slot] = null;
        if (slot < _code.FrameSize)
        {
            return false;
        }

        _directCalleesBySlot ??= DirectCalleesBySlot();
        if (!_directCalleesBySlot.TryGetValue(slot, out var direct) || CalleeClosure(direct).Function is not { BindingWatched: true } function)
        {
            return false;
        }

        // The version first, then the binding: a store that replaces the function moves the version after it has happened.
        var version = Volatile.Read(ref WatchedBindings.Current.Version);
        var globals = _closure.Globals;
        var position = globals.FindString(_code.Names[Operand(pc, 1)]);
        if (position < 0 || !ReferenceEquals(globals.ValueAt(position).Ref, function))
        {
            return false;
        }

        var read = _il.DefineLabel();
        _coldGlobalReads.Add(new ColdGlobalRead(pc, read, done));
        _watchedCalleeVersions[slot] = version;
        var dst = Boxed(slot);
        _il.Ldsfld(RuntimeMembers.WatchedBindingsCurrent);
        _il.Ldfld(RuntimeMembers.WatchedBindingsVersion);
        _il.LdcI8(version);
        _il.CompareBranch(OpCodes.Bne_Un, read);
        _il.Ldloca(dst);
        LoadCalleeClosure(direct);
        _il.Ldfld(RuntimeMembers.ClosureFunction);
        _il.Stfld(RuntimeMembers.ValueRef);
        _il.Ldloca(dst);
        _il.LdcI8(0);
        _il.Stfld(RuntimeMembers.ValueBits);
        return true;
    }

    /// <summary>
    /// In a direct call's guard, when the callee came from a watched read: the version test, which
    /// falls through to the call while the version holds; the returned label (which the caller
    /// marks out of line) is where the compare with the resolved function goes otherwise.
    /// </summary>
    private IlLabel? WatchedCalleeTest(int pc, int callBase)
    {
        if (_watchedCalleeVersions?[_splitting.Read(pc, callBase)] is not { } version)
        {
            return null;
        }

        var moved = _il.DefineLabel();
        _il.Ldsfld(RuntimeMembers.WatchedBindingsCurrent);
        _il.Ldfld(RuntimeMembers.WatchedBindingsVersion);
        _il.LdcI8(version);
        _il.CompareBranch(OpCodes.Bne_Un, moved);
        return moved;
    }

    /// <summary>After the generic version's instructions, inside its protected region: the dict reads of watched callees whose version moved.</summary>
    private void EmitColdGlobalReads()
    {
        foreach (var (pc, read, done) in _coldGlobalReads)
        {
            _il.MarkLabel(read);
            EmitGlobalRead(pc, done);
            _il.Branch(OpCodes.Br, done);
        }
    }

    private Dictionary<int, DirectCallee> DirectCalleesBySlot()
    {
        var bySlot = new Dictionary<int, DirectCallee>();
        foreach (var (pc, direct) in _directCalls.Sites)
        {
            bySlot[_splitting.Read(pc, Operand(pc, 1))] = direct;
        }

        return bySlot;
    }

    private JitClosure CalleeClosure(DirectCallee direct) =>
        direct.ClosureIndex >= 0 ? _directCalls.Closures[direct.ClosureIndex] : _closure;

    /// <summary>A watched callee's dict read, out of line: where its version test jumps, and where it continues.</summary>
    private sealed record ColdGlobalRead(int Pc, IlLabel Read, IlLabel Done);
}
