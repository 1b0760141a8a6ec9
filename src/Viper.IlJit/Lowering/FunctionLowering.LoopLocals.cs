using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Loop-private locals in the specialized version: an innermost range loop keeps the int and float
/// slots it uses, and its range's position, in IL locals of its own, copied in where the loop is
/// entered and out where it is left. .NET's register allocator gives a variable carried into a loop
/// the location it has on the loop header's first entry, and keeps it there for the whole loop. A
/// <c>double</c> live across a call is in its stack slot (this ABI has no callee-saved XMM
/// registers), and every Python loop has calls before it (<c>range(...)</c>, GET_ITER): without its
/// own locals the loop's floating-point chain goes through memory on every iteration (5.3 ns
/// against 3.0 ns per iteration of the float loop, measured in C#). A range's end value, defined
/// both before the loop and at the on-stack-replacement entry, was likewise loaded from and stored
/// back to its stack slot on every iteration of the int loop, and nested_loops' inner counters
/// lived in stack slots. Only loops entered at their header and left only when the range is
/// exhausted or by a deoptimization qualify, so those are the only edges that copy.
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>The loop with private locals whose instructions are being emitted, if any.</summary>
    private PrivateLoop? _currentLoop;

    /// <summary>The int, float and range locals each deoptimization exit copies from (a loop's own for an exit inside it).</summary>
    private readonly Dictionary<int, LoopLocals> _deoptLocals = [];

    /// <summary>The qualifying loops by header offset.</summary>
    private readonly Dictionary<int, PrivateLoop> _privateLoops = [];

    /// <summary>Finds the innermost range loops that have one way in and no way out but exhaustion, and declares their own locals.</summary>
    private void FindPrivateLoops()
    {
        var words = _code.Instructions;
        var offsets = _code.InstructionOffsets().ToList();
        Dictionary<int, bool[]>? liveIn = null;
        foreach (var loop in _backEdges)
        {
            var (header, branch) = loop;
            if ((Opcode)words[branch] != Opcode.ForIterBack)
            {
                continue;
            }

            var inside = offsets.Where(pc => pc >= header && pc <= branch).ToList();
            var rangeSlot = _splitting.Read(branch, words[branch + 1]);
            var qualifies = _ranges[rangeSlot] is not null
                && !loop.EnclosesAnother(_backEdges)
                && inside.All(pc => (Opcode)words[pc] is not (Opcode.Return or Opcode.ReturnConst) && Targets(pc).All(t => t >= header && t <= branch))
                && offsets.Where(pc => pc < header || pc > branch).All(pc => Targets(pc).All(t => t < header || t > branch));
            if (!qualifies)
            {
                continue;
            }

            var ints = (IlLocal?[])_specializedInts.Clone();
            var floats = (IlLocal?[])_specializedFloats.Clone();
            var renamed = new List<int>();
            foreach (var pc in inside)
            {
                var used = FloatSlots.Reads(words, pc).Select(slot => _splitting.Read(pc, slot))
                    .Concat(FloatSlots.Writes(words, pc).Select(slot => _splitting.Write(pc, slot)));
                foreach (var slot in used)
                {
                    if (renamed.Contains(slot))
                    {
                        continue;
                    }

                    if (_specializedInts[slot] is { } outerInt)
                    {
                        renamed.Add(slot);
                        ints[slot] = _il.DeclareLocal(typeof(long), $"{outerInt.Name}:loop{header}");
                    }
                    else if (_specializedFloats[slot] is { } outerFloat)
                    {
                        renamed.Add(slot);
                        floats[slot] = _il.DeclareLocal(typeof(double), $"{outerFloat.Name}:loop{header}");
                    }
                }
            }

            var range = _ranges[rangeSlot]!;
            var ranges = (RangeLocals?[])_ranges.Clone();
            ranges[rangeSlot] = range with
            {
                Next = _il.DeclareLocal(typeof(long), $"{range.Next.Name}:loop{header}"),
                Step = _il.DeclareLocal(typeof(long), $"{range.Step.Name}:loop{header}"),
                End = _il.DeclareLocal(typeof(long), $"{range.End.Name}:loop{header}"),
            };

            // Only values the loop reads are copied in, and only values read after it copied out; the
            // range's iterator is dead after its exhaustion, so its position is not copied out.
            liveIn ??= Liveness.LiveIn(_code, _splitting);
            var exit = branch + InstructionSet.Info(Opcode.ForIterBack).Length;
            int[] copyIn = [.. renamed.Where(slot => liveIn[header][slot])];
            int[] copyOut = [.. renamed.Where(slot => liveIn.TryGetValue(exit, out var live) && live[slot])];
            _privateLoops[header] = new PrivateLoop(branch, new LoopLocals(ints, floats, ranges), copyIn, copyOut, rangeSlot, _il.DefineLabel());
        }
    }

    /// <summary>Where the specialized version enters the loop at <paramref name="header"/> from outside it.</summary>
    private IlLabel SpecializedLoopEntry(int header) =>
        _privateLoops.TryGetValue(header, out var loop) ? loop.Entry : _specializedLabels[header];

    /// <summary>Before the instruction at <paramref name="pc"/> in the specialized version: entering a loop with private locals copies them in.</summary>
    private bool EnterPrivateLoop(int pc)
    {
        if (!_specialized || !_privateLoops.TryGetValue(pc, out var loop))
        {
            return false;
        }

        _il.MarkLabel(loop.Entry);
        CopySlots(loop.CopyIn, Outer, loop.Locals);
        var outer = _ranges[loop.RangeSlot]!;
        var inner = loop.Locals.Ranges[loop.RangeSlot]!;
        CopyLocal(outer.Next, inner.Next);
        CopyLocal(outer.Step, inner.Step);
        CopyLocal(outer.End, inner.End);

        _currentLoop = loop;
        return true;
    }

    /// <summary>After the instruction at <paramref name="pc"/>: the loop's exhausted exit copies its ints and floats out.</summary>
    private void LeavePrivateLoop(int pc)
    {
        if (_currentLoop is { } loop && loop.BackEdge == pc)
        {
            CopySlots(loop.CopyOut, loop.Locals, Outer);
            _currentLoop = null;
        }
    }

    /// <summary>The specialized version's locals outside its private loops.</summary>
    private LoopLocals Outer => new(_specializedInts, _specializedFloats, _ranges);

    private void CopySlots(int[] slots, LoopLocals from, LoopLocals to)
    {
        foreach (var slot in slots)
        {
            if (from.Ints[slot] is { } unboxed)
            {
                CopyLocal(unboxed, to.Ints[slot]!);
            }
            else
            {
                CopyLocal(from.Floats[slot]!, to.Floats[slot]!);
            }
        }
    }

    private void CopyLocal(IlLocal from, IlLocal to)
    {
        _il.Ldloc(from);
        _il.Stloc(to);
    }

    /// <summary>The unboxed locals of the specialized version at some point: the function's, or a private loop's.</summary>
    private sealed record LoopLocals(IlLocal?[] Ints, IlLocal?[] Floats, RangeLocals?[] Ranges);

    /// <summary>
    /// A loop with private locals: its back edge, its locals (its own for the int and float slots it
    /// uses and for the position of its range), the int and float slots copied in and out, the slot
    /// of the range it iterates, and the label before the copies in.
    /// </summary>
    private sealed record PrivateLoop(int BackEdge, LoopLocals Locals, int[] CopyIn, int[] CopyOut, int RangeSlot, IlLabel Entry);
}
