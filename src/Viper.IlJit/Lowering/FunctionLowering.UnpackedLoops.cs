using System.Reflection.Emit;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.IlJit.Lowering;

/// <summary>
/// For loops whose body starts by unpacking the item (<c>for i, x in enumerate(xs)</c>,
/// <c>for a, b in zip(xs, ys)</c>, <c>for k, v in d.items()</c>): the compiler puts the item in a
/// temporary that the UNPACK_SEQUENCE right after FOR_ITER takes apart, so the tuple those iterators
/// make is garbage at once. When nothing else reads that temporary, FOR_ITER asks the iterator for
/// the items themselves (<see cref="JitRuntime.TryNextUnpacked"/>), stores them in the unpacking's
/// targets and jumps past the UNPACK_SEQUENCE; any other iterator takes the ordinary path, which
/// still runs the UNPACK_SEQUENCE (a VM frame entering at the loop header does too).
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>The UNPACK_SEQUENCE offsets some FOR_ITER jumps past, found on first use.</summary>
    private HashSet<int>? _unpackedBodies;

    /// <summary>The label after each of those UNPACK_SEQUENCEs, per version.</summary>
    private readonly Dictionary<int, IlLabel> _genericUnpackExits = [];
    private readonly Dictionary<int, IlLabel> _specializedUnpackExits = [];

    private IlLocal? _unpackState;

    /// <summary>
    /// The offset of the UNPACK_SEQUENCE that starts the body of the loop whose FOR_ITER (or
    /// FOR_ITER_BACK) is at <paramref name="pc"/> and takes its item apart, when the item is a
    /// temporary read nowhere after that; else -1.
    /// </summary>
    private int UnpackedBody(int pc)
    {
        var back = (Opcode)_code.Instructions[pc] == Opcode.ForIterBack;
        var body = back ? Operand(pc, 2) : pc + InstructionSet.LengthOf(Opcode.ForIter);
        var item = Operand(pc, 1);
        if ((Opcode)_code.Instructions[body] != Opcode.UnpackSequence || Operand(body, 0) != item || Operand(body, 2) != 2
            || item < _code.LocalCount || In(body, 0) != Out(pc, 1))
        {
            return -1;
        }

        _liveIn ??= Liveness.LiveIn(_code, _splitting);
        var after = body + InstructionSet.LengthOf(Opcode.UnpackSequence);
        return _liveIn.TryGetValue(after, out var live) && live[Out(pc, 1)] ? -1 : body;
    }

    /// <summary>Whether some FOR_ITER jumps past the UNPACK_SEQUENCE at <paramref name="pc"/>, which then marks the label it jumps to.</summary>
    private bool IsUnpackedBody(int pc)
    {
        if (_unpackedBodies is null)
        {
            _unpackedBodies = [];
            foreach (var offset in _code.InstructionOffsets())
            {
                if ((Opcode)_code.Instructions[offset] is Opcode.ForIter or Opcode.ForIterBack && UnpackedBody(offset) is var body and >= 0)
                {
                    _unpackedBodies.Add(body);
                }
            }
        }

        return _unpackedBodies.Contains(pc);
    }

    private IlLabel UnpackExit(int body)
    {
        var exits = _specialized ? _specializedUnpackExits : _genericUnpackExits;
        if (!exits.TryGetValue(body, out var label))
        {
            label = _il.DefineLabel();
            exits[body] = label;
        }

        return label;
    }

    /// <summary>
    /// FOR_ITER's path for the iterators that hand over their items unpacked: jumps to
    /// <paramref name="exhausted"/> when the iterator is, past the UNPACK_SEQUENCE at
    /// <paramref name="body"/> with its targets stored when there are items, and falls through
    /// (to the ordinary FOR_ITER) for any other iterator.
    /// </summary>
    private void EmitNextUnpacked(IlLocal iterator, int body, IlLabel exhausted)
    {
        var ordinary = _il.DefineLabel();
        _unpackState ??= _il.DeclareLocal(typeof(int), "unpacked");
        _items ??= _il.DeclareLocal(typeof(Value[]), "items");
        _il.Ldarg(ClosureArg);
        _il.Ldloc(iterator);
        _il.Ldloca(_items);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.TryNextUnpacked)));
        _il.Stloc(_unpackState);
        _il.Ldloc(_unpackState);
        _il.Branch(OpCodes.Brfalse, exhausted);
        _il.Ldloc(_unpackState);
        _il.LdcI4((int)PairStep.NotPairs);
        _il.CompareBranch(OpCodes.Beq, ordinary);
        for (var i = 0; i < 2; i++)
        {
            _il.Ldloc(_items);
            _il.LdcI4(i);
            _il.Ldelem(typeof(Value));
            _il.Stloc(Boxed(_splitting.Write(body, Operand(body, 1) + i)));
        }

        _il.Branch(OpCodes.Br, UnpackExit(body));
        _il.MarkLabel(ordinary);
    }
}
