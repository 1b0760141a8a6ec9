using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Float loops in the specialized version: an innermost range loop keeps the float slots it uses
/// in IL locals of its own, copied in where the loop is entered and out where it is left. .NET's
/// register allocator keeps a <c>double</c> that is live across a call in its stack slot for the
/// whole of a loop it is carried into (this ABI has no callee-saved XMM registers, and a loop
/// header takes the location a variable has on entry); every Python loop has calls before it
/// (<c>range(...)</c>, GET_ITER), so without its own locals the loop's floating-point chain goes
/// through memory on every iteration (5.3 ns against 3.0 ns per iteration of the float loop, measured
/// in C#). Only loops entered at their header and left only when the range is exhausted or by a
/// deoptimization qualify, so those are the only edges that copy.
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>The float loop whose instructions are being emitted, if any.</summary>
    private FloatLoop? _currentLoop;

    /// <summary>The float locals each deoptimization exit copies from (a loop's own for an exit inside it).</summary>
    private readonly Dictionary<int, IlLocal?[]> _deoptFloats = [];

    /// <summary>The qualifying loops by header offset.</summary>
    private readonly Dictionary<int, FloatLoop> _floatLoops = [];

    /// <summary>Finds the innermost range loops that use float slots and have one way in and no way out but exhaustion, and declares their own locals.</summary>
    private void FindFloatLoops()
    {
        var words = _code.Instructions;
        var offsets = _code.InstructionOffsets().ToList();
        var backEdges = new List<(int Header, int Branch)>();
        foreach (var pc in offsets)
        {
            foreach (var target in Targets(pc))
            {
                if (target <= pc)
                {
                    backEdges.Add((target, pc));
                }
            }
        }

        Dictionary<int, bool[]>? liveIn = null;
        foreach (var (header, branch) in backEdges)
        {
            var inside = offsets.Where(pc => pc >= header && pc <= branch).ToList();
            var qualifies = (Opcode)words[branch] == Opcode.ForIterBack
                && _ranges[_splitting.Read(branch, words[branch + 1])] is not null
                && !backEdges.Any(other => other != (header, branch) && other.Header >= header && other.Branch <= branch)
                && inside.All(pc => (Opcode)words[pc] is not (Opcode.Return or Opcode.ReturnConst) && Targets(pc).All(t => t >= header && t <= branch))
                && offsets.Where(pc => pc < header || pc > branch).All(pc => Targets(pc).All(t => t < header || t > branch));
            if (!qualifies)
            {
                continue;
            }

            var floats = (IlLocal?[])_specializedFloats.Clone();
            var renamed = new List<int>();
            foreach (var pc in inside)
            {
                var used = FloatSlots.Reads(words, pc).Select(slot => _splitting.Read(pc, slot))
                    .Concat(FloatSlots.Writes(words, pc).Select(slot => _splitting.Write(pc, slot)));
                foreach (var slot in used)
                {
                    if (_specializedFloats[slot] is { } outer && !renamed.Contains(slot))
                    {
                        renamed.Add(slot);
                        floats[slot] = _il.DeclareLocal(typeof(double), $"{outer.Name}:loop{header}");
                    }
                }
            }

            if (renamed.Count > 0)
            {
                // Only values the loop reads are copied in, and only values read after it copied out.
                liveIn ??= Liveness.LiveIn(_code, _splitting);
                var exit = branch + InstructionSet.Info(Opcode.ForIterBack).Length;
                int[] copyIn = [.. renamed.Where(slot => liveIn[header][slot])];
                int[] copyOut = [.. renamed.Where(slot => liveIn.TryGetValue(exit, out var live) && live[slot])];
                _floatLoops[header] = new FloatLoop(branch, floats, copyIn, copyOut, _il.DefineLabel());
            }
        }
    }

    private IEnumerable<int> Targets(int pc)
    {
        var operands = InstructionSet.Info((Opcode)_code.Instructions[pc]).Operands;
        for (var i = 0; i < operands.Length; i++)
        {
            if (operands[i] == OperandKind.Label)
            {
                yield return Operand(pc, i);
            }
        }
    }

    /// <summary>Where the specialized version enters the loop at <paramref name="header"/> from outside it.</summary>
    private IlLabel SpecializedLoopEntry(int header) =>
        _floatLoops.TryGetValue(header, out var loop) ? loop.Entry : _specializedLabels[header];

    /// <summary>Before the instruction at <paramref name="pc"/> in the specialized version: entering a float loop copies its slots in.</summary>
    private bool EnterFloatLoop(int pc)
    {
        if (!_specialized || !_floatLoops.TryGetValue(pc, out var loop))
        {
            return false;
        }

        _il.MarkLabel(loop.Entry);
        CopyFloats(loop.CopyIn, _specializedFloats, loop.Floats);
        _currentLoop = loop;
        return true;
    }

    /// <summary>After the instruction at <paramref name="pc"/>: the loop's exhausted exit copies its slots out.</summary>
    private void LeaveFloatLoop(int pc)
    {
        if (_currentLoop is { } loop && loop.BackEdge == pc)
        {
            CopyFloats(loop.CopyOut, loop.Floats, _specializedFloats);
            _currentLoop = null;
        }
    }

    private void CopyFloats(int[] slots, IlLocal?[] from, IlLocal?[] to)
    {
        foreach (var slot in slots)
        {
            _il.Ldloc(from[slot]!);
            _il.Stloc(to[slot]!);
        }
    }

    /// <summary>A float loop: its back edge, its float locals (its own for the slots it uses), the slots copied in and out, and the label before the copies in.</summary>
    private sealed record FloatLoop(int BackEdge, IlLocal?[] Floats, int[] CopyIn, int[] CopyOut, IlLabel Entry);
}
