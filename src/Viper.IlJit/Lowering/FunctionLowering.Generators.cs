using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Generator bodies. A compiled generator is entered once per resumption with the generator, the
/// offset to go on from and an exception to raise there, if any (see
/// <see cref="CompiledGeneratorBody"/>). The frame's state lives in the
/// generator's slots between resumptions, as in the VM: the prologue loads every frame slot from
/// them and jumps to the offset; a yield saves every frame slot back, marks the generator
/// suspended and returns the item. Temporaries live across a yield keep their frame slot (a
/// yield ends a block for <see cref="TemporarySplitting"/>), so the saved slots are the whole
/// state; the int-specialized version is not emitted, so no slot is a <c>long</c> there. In a body
/// with handlers, the slots a handler may read (see <see cref="HandlerSlots"/>) are kept across
/// every yield too: an exception thrown in at the yield reaches the handler from there.
/// </summary>
internal sealed partial class FunctionLowering
{
    private const int GeneratorArg = 2;
    private const int ResumePcArg = 3;
    private const int ThrownArg = 4;
    private const int ConsumerArg = 5;

    private readonly bool[] _handlerSlots;
    private IlLocal? _generatorSlots;
    private Dictionary<int, bool[]>? _liveIn;
    private Dictionary<int, bool[]>? _keptAcrossYields;
    private IlLocal? _offer;

    private bool IsGenerator => _code.Flags.HasFlag(CodeFlags.Generator);

    private static Type[] GeneratorParameters =>
        [typeof(JitClosure), typeof(Interpreter), typeof(PyGenerator), typeof(int), typeof(PyBaseException), typeof(ItemConsumer)];

    /// <summary>
    /// The offsets a resumption goes on from: after each YIELD_VALUE; each YIELD_FROM, which runs
    /// again to forward the sent value; and after each YIELD_FROM, where <c>throw()</c> resumes
    /// with the value its delegate stopped with.
    /// </summary>
    private static IEnumerable<int> ResumePoints(CodeObject code)
    {
        var words = code.Instructions;
        foreach (var pc in code.InstructionOffsets())
        {
            var opcode = (Opcode)words[pc];
            if (opcode == Opcode.YieldFrom)
            {
                yield return pc;
            }

            if (opcode is Opcode.YieldValue or Opcode.YieldFrom)
            {
                yield return pc + InstructionSet.LengthOf(opcode);
            }
        }
    }

    private void AddResumeLabels(Dictionary<int, IlLabel> labels)
    {
        foreach (var pc in ResumePoints(_code))
        {
            labels.TryAdd(pc, _il.DefineLabel());
        }
    }

    /// <summary>
    /// The prologue: the thrown exception raised at the offset, after loading the slots a handler
    /// may read; or the frame slots live there loaded from the generator and a jump to it. A slot
    /// dead at a resume point is not loaded: whatever reads it later writes it first.
    /// </summary>
    private void EmitGeneratorEntry()
    {
        _liveIn ??= Liveness.LiveIn(_code, _splitting);
        _keptAcrossYields = KeptAcrossYields(_liveIn);
        _generatorSlots = _il.DeclareLocal(typeof(Value[]), "generatorSlots");
        _il.Ldarg(GeneratorArg);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.GeneratorSlots)));
        _il.Stloc(_generatorSlots);

        var resume = _il.DefineLabel();
        _il.Ldarg(ThrownArg);
        _il.Branch(OpCodes.Brfalse, resume);
        if (_handlesExceptions)
        {
            LoadSlotsForThrown();
        }

        _il.Ldarg(ResumePcArg);
        _il.Stloc(_pc);
        _il.Ldarg(ThrownArg);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ThrowIntoGenerator)));
        _il.Throw();

        _il.MarkLabel(resume);
        foreach (var offset in ResumePoints(_code).Distinct())
        {
            var other = _il.DefineLabel();
            _il.Ldarg(ResumePcArg);
            _il.LdcI4(offset);
            _il.CompareBranch(OpCodes.Bne_Un, other);
            LoadLiveSlots(offset);
            _il.Branch(OpCodes.Br, _genericLabels[offset]);
            _il.MarkLabel(other);
        }

        LoadLiveSlots(0);
    }

    /// <summary>The slots saved at each resume point: those live there, and in a body with handlers those a handler may read.</summary>
    private Dictionary<int, bool[]> KeptAcrossYields(Dictionary<int, bool[]> liveIn)
    {
        if (!_handlesExceptions)
        {
            return liveIn;
        }

        var kept = new Dictionary<int, bool[]>();
        foreach (var pc in ResumePoints(_code).Append(0))
        {
            var live = (bool[])liveIn[pc].Clone();
            for (var slot = 0; slot < live.Length; slot++)
            {
                live[slot] |= _handlerSlots[slot];
            }

            kept[pc] = live;
        }

        return kept;
    }

    /// <summary>
    /// An exception thrown in where the generator is suspended (a yield, whose saved slots are
    /// those kept at the resume point after it, or a yield from) may reach a handler: the slots it
    /// may read are loaded first.
    /// </summary>
    private void LoadSlotsForThrown()
    {
        var words = _code.Instructions;
        var done = _il.DefineLabel();
        foreach (var pc in _code.InstructionOffsets())
        {
            var opcode = (Opcode)words[pc];
            if (opcode is not (Opcode.YieldValue or Opcode.YieldFrom))
            {
                continue;
            }

            var other = _il.DefineLabel();
            _il.Ldarg(ResumePcArg);
            _il.LdcI4(pc);
            _il.CompareBranch(OpCodes.Bne_Un, other);
            LoadLiveSlots(opcode == Opcode.YieldValue ? pc + InstructionSet.LengthOf(opcode) : pc);
            _il.Branch(OpCodes.Br, done);
            _il.MarkLabel(other);
        }

        _il.MarkLabel(done);
    }

    private void LoadLiveSlots(int pc)
    {
        var live = _keptAcrossYields![pc];
        for (var slot = 0; slot < _code.FrameSize; slot++)
        {
            if (live[slot])
            {
                _il.Ldloc(_generatorSlots!);
                _il.LdcI4(slot);
                _il.Ldelem(typeof(Value));
                StoreValue(slot);
            }
        }
    }

    /// <summary>
    /// The frame slots live where the generator resumes back into it, for the VM or the next
    /// compiled resumption. Most of them still hold what the resumption loaded (the loop's
    /// iterator, its source, an int counter whose tag is the same), so each is saved without
    /// rewriting an unchanged reference and paying the GC's write barrier for it.
    /// </summary>
    private void SaveGeneratorSlots(int resumePc, int sentSlot)
    {
        var live = _keptAcrossYields![resumePc];
        for (var slot = 0; slot < _code.FrameSize; slot++)
        {
            // The sent value overwrites the target slot on resumption, unless an exception is thrown in and a handler reads the slot.
            if (live[slot] && (slot != sentSlot || _handlerSlots[slot]))
            {
                _il.Ldloc(_generatorSlots!);
                _il.LdcI4(slot);
                LoadValue(slot);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SaveSlot)));
            }
        }
    }

    /// <summary>
    /// YIELD_VALUE: suspends with the item; the resumption goes on at the next instruction, with
    /// the sent value in the target slot. Under a consuming builtin, an item the consumer takes
    /// quietly does not suspend: the yield evaluates to None and the body goes on.
    /// </summary>
    private void EmitYieldValue(int pc)
    {
        var suspend = _il.DefineLabel();
        LoadChecked(In(pc, 1), pc);
        _il.Stloc(_result);
        _il.Ldarg(ConsumerArg);
        _il.Branch(OpCodes.Brfalse, suspend);
        _offer ??= _il.DeclareLocal(typeof(int), "offer");
        _il.Ldarg(ConsumerArg);
        _il.Ldloc(_result);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.OfferItem)));
        _il.Stloc(_offer);
        var notTaken = _il.DefineLabel();
        _il.Ldloc(_offer);
        _il.LdcI4(JitRuntime.ItemTakenWantsMore);
        _il.CompareBranch(OpCodes.Bne_Un, notTaken);
        _il.Call(RuntimeMembers.None);
        StoreValue(Out(pc, 0));
        _il.Branch(OpCodes.Br, _labels[pc + InstructionSet.LengthOf(Opcode.YieldValue)]);

        // Taken, and the consumer's result is settled: the body suspends with an unbound value, which tells the consumer's loop so.
        _il.MarkLabel(notTaken);
        _il.Ldloc(_offer);
        _il.LdcI4(JitRuntime.ItemNotTaken);
        _il.CompareBranch(OpCodes.Beq, suspend);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Unbound)));
        _il.Stloc(_result);

        _il.MarkLabel(suspend);

        // The resumption stores the sent value in the target slot itself.
        SaveGeneratorSlots(pc + InstructionSet.LengthOf(Opcode.YieldValue), Operand(pc, 0));
        _il.Ldarg(GeneratorArg);
        _il.LdcI4(pc);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SuspendGenerator)));
        _il.Leave(_exit);
    }

    /// <summary>
    /// YIELD_FROM: sends the value in its slot to the delegate; suspends here with what the
    /// delegate yields (the resumption runs this instruction again), or stores its return value
    /// and goes on.
    /// </summary>
    private void EmitYieldFrom(int pc)
    {
        SetPc(pc);
        var stopped = _il.DefineLabel();
        _il.Ldarg(InterpreterArg);
        LoadValue(In(pc, 1));
        LoadValue(In(pc, 2));
        _il.Ldloca(_result);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.YieldFromNext)));
        _il.Branch(OpCodes.Brfalse, stopped);
        SaveGeneratorSlots(pc, Operand(pc, 2));
        _il.Ldarg(GeneratorArg);
        _il.LdcI4(pc);
        LoadValue(In(pc, 1));
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SuspendDelegating)));
        _il.Leave(_exit);

        _il.MarkLabel(stopped);
        _il.Ldloc(_result);
        StoreValue(Out(pc, 0));
    }
}
