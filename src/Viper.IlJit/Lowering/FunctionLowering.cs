using System.Numerics;
using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.IlJit.Emission;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Lowers one code object's bytecode to the CIL of its compiled body. Every frame slot becomes a
/// <see cref="Value"/> IL local (which .NET keeps in registers); each instruction becomes its VM
/// fast path inline, specialized by the operand types the VM recorded, with the VM's own helper
/// as the slow path in the same method. Where some slots provably hold only ints, the body is
/// emitted twice in one method: first a specialized version that keeps them in <c>long</c> locals
/// and steps range loops as counters, then this generic version, which the specialized one
/// continues in when a guard fails. The body's signature is
/// <c>(closure, interpreter, parameters...)</c>, parameters as values, so direct calls between
/// compiled functions pass them in registers. A function may also get a long entry, the same body
/// emitted once more with <c>long</c> parameters and result (see <see cref="LongEntry"/>).
/// </summary>
internal sealed partial class FunctionLowering
{
    private const int ClosureArg = 0;
    private const int InterpreterArg = 1;

    private readonly CodeObject _code;
    private readonly bool _takesFunction;
    private readonly int _firstParameterArg;
    private readonly JitClosure _closure;
    private readonly IlEmitter _il;
    private readonly DirectCalls _directCalls;
    private readonly Dictionary<int, BuiltinCallSites.Site> _builtinCalls;
    private readonly IlLocal?[] _slots;
    private readonly IlLocal?[] _genericFloats;
    private readonly IlLocal?[] _specializedFloats;
    private readonly TemporarySplitting _splitting;
    private readonly IlLocal _pc;

    /// <summary>The interpreter's compiled depth outside this frame, restored when the frame returns.</summary>
    private readonly IlLocal _outerDepth;
    private readonly IlLocal _result;

    /// <summary>Whether this is the body of the long entry: parameters and result as <c>long</c>s.</summary>
    private readonly bool _longEntry;

    /// <summary>The long entry's result (its <see cref="_result"/> holds nothing).</summary>
    private readonly IlLocal? _longResult;

    /// <summary>Where the long entry returns <see cref="LongEntry.NotSmallInt"/> as an int, boxed; defined at its first use.</summary>
    private IlLabel? _returnNotSmallInt;
    private readonly List<BackEdge> _backEdges;
    private readonly IntSlots _intSlots;
    private readonly IlLocal?[] _specializedInts;
    private readonly RangeLocals?[] _ranges;
    private readonly Dictionary<int, IlLabel> _genericLabels = [];
    private readonly Dictionary<int, IlLabel> _specializedLabels = [];
    private readonly Dictionary<int, IlLabel> _deopts = [];
    private readonly IlLabel _exit;

    /// <summary>
    /// Whether the VM ran this code before it was compiled, so that a site that recorded no operand
    /// types ran only ints (the VM records nothing on its int fast path) or never ran. Without it
    /// (<c>--tier jit</c>, a callee compiled ahead of its first call) nothing is known, and such a
    /// site gets the float path after the int one.
    /// </summary>
    private readonly bool _typesRecorded;
    private Dictionary<int, IlLabel> _labels;
    private bool _specialized;

    /// <summary>What the straight-line code before this instruction established about int slots (see <see cref="StraightLineFact"/>).</summary>
    private readonly Dictionary<int, StraightLineFact> _facts = [];

    /// <summary>What the instruction being emitted establishes, recorded once its writes have cleared the old facts.</summary>
    private StraightLineFact? _fact;
    private IlLocal? _range;
    private IlLocal? _function;
    private IlLocal? _instance;
    private IlLocal? _items;

    private FunctionLowering(JitClosure closure, IlEmitter il, DirectCalls directCalls, bool longEntry)
    {
        var code = closure.Code;
        _code = code;
        _closure = closure;
        _takesFunction = TakesFunction(code);
        _firstParameterArg = _takesFunction ? FunctionArg + 1 : FunctionArg;
        _typesRecorded = code.CallCount > 1 || code.BackEdgeCount > 1;
        _il = il;
        _directCalls = directCalls;
        _builtinCalls = BuiltinCallSites.Find(code, closure.Globals, closure.BuiltinsDict);
        _longEntry = longEntry;
        _handlesExceptions = code.ExceptionTable.Length > 0;
        _deletesLocals = code.InstructionOffsets().Any(pc => (Opcode)code.Instructions[pc] == Opcode.DeleteFast);

        // Split temporaries multiply the locals that .NET's JIT tracks through the catch of a body
        // with handlers, which made compiling raytrace's main (run once, entered by on-stack
        // replacement) cost it more than the loop it runs: such bodies keep one local per slot.
        _splitting = _handlesExceptions ? TemporarySplitting.None(code) : TemporarySplitting.For(code);
        _slots = new IlLocal?[_splitting.SlotCount];
        _genericFloats = new IlLocal?[_splitting.SlotCount];
        var handlerSlots = HandlerSlots.Find(code, _splitting);
        _handlerSlots = handlerSlots;
        var unboxed = FloatSlots.Find(code, _splitting, handlerSlots);
        for (var slot = 0; slot < _splitting.SlotCount; slot++)
        {
            var name = slot < code.LocalCount ? code.LocalNames[slot] : slot < code.FrameSize ? $"r{slot}" : $"t{slot}";
            if (unboxed[slot])
            {
                _genericFloats[slot] = il.DeclareLocal(typeof(double), name);
            }
            else
            {
                _slots[slot] = il.DeclareLocal(typeof(Value), name);
            }
        }

        var notInt = new bool[unboxed.Length];
        for (var slot = 0; slot < notInt.Length; slot++)
        {
            notInt[slot] = unboxed[slot] || handlerSlots[slot];
        }

        _backEdges = BackEdge.Find(code);
        _intSlots = IntSlots.Find(code, _splitting, notInt, LongEntry.Sites(directCalls));
        _specializedInts = new IlLocal?[_splitting.SlotCount];
        _specializedFloats = new IlLocal?[_splitting.SlotCount];
        _ranges = new RangeLocals?[_splitting.SlotCount];
        if (_intSlots.Pays)
        {
            for (var slot = 0; slot < _splitting.SlotCount; slot++)
            {
                var name = _slots[slot]?.Name ?? _genericFloats[slot]!.Name;
                if (unboxed[slot])
                {
                    // Each version has its own doubles: shared ones would be live across the
                    // generic version's calls, which makes .NET keep them in memory in the loops too.
                    _specializedFloats[slot] = il.DeclareLocal(typeof(double), $"{name}:spec");
                }
                else if (_intSlots.Ints[slot])
                {
                    _specializedInts[slot] = il.DeclareLocal(typeof(long), $"{name}:int");
                }
                else if (_intSlots.Ranges[slot])
                {
                    _ranges[slot] = new RangeLocals(
                        il.DeclareLocal(typeof(PyRangeIterator), $"{name}:iterator"),
                        il.DeclareLocal(typeof(long), $"{name}:next"),
                        il.DeclareLocal(typeof(long), $"{name}:step"),
                        il.DeclareLocal(typeof(long), $"{name}:end"));
                }
            }

            FindPrivateLoops();
        }

        _pc = il.DeclareLocal(typeof(int), "pc");
        _outerDepth = il.DeclareLocal(typeof(int), "outerDepth");
        _result = il.DeclareLocal(typeof(Value), "result");
        _longResult = longEntry ? il.DeclareLocal(typeof(long), "longResult") : null;
        _exit = il.DefineLabel();
        _labels = _genericLabels;
    }

    public static Type[] BodyParameters(CodeObject code) =>
        code.Flags.HasFlag(CodeFlags.Generator) ? GeneratorParameters
        : [typeof(JitClosure), typeof(Interpreter), .. TakesFunction(code) ? [typeof(PyFunction)] : Type.EmptyTypes, .. Enumerable.Repeat(typeof(Value), code.ParameterCount)];

    /// <summary>
    /// Emits the body of the closure's code, or its long entry; returns the loop headers where a
    /// VM frame may enter it (the long entry is never entered there).
    /// </summary>
    public static HashSet<int> Emit(JitClosure closure, IlEmitter il, DirectCalls directCalls, bool longEntry)
    {
        return new FunctionLowering(closure, il, directCalls, longEntry).EmitBody();
    }

    private HashSet<int> EmitBody()
    {
        FindLabels(_genericLabels);
        var loopHeaders = new HashSet<int>();
        foreach (var (header, _) in _backEdges)
        {
            loopHeaders.Add(header);
        }

        FindLastBackEdges();
        if (IsGenerator)
        {
            // A generator is entered at its resume points, not at loop headers (its VM frame stays in the VM).
            AddResumeLabels(_genericLabels);
            loopHeaders.Clear();
        }

        foreach (var entry in _code.ExceptionTable)
        {
            _genericLabels.TryAdd(entry.Target, _il.DefineLabel());
        }

        if (_intSlots.Pays)
        {
            FindLabels(_specializedLabels);
        }

        // A call without an interpreter only makes .NET compile this method, off the VM's thread
        // (JitCompiler's warm-up): it returns before anything runs.
        var run = _il.DefineLabel();
        _il.Ldarg(InterpreterArg);
        _il.Branch(OpCodes.Brtrue, run);
        if (_longEntry)
        {
            _il.LdcI8(0);
        }
        else
        {
            _il.Call(RuntimeMembers.None);
        }

        _il.Ret();
        _il.MarkLabel(run);

        // The depth check comes before the protected region: a RecursionError raised here belongs
        // to the caller's line, as when the VM refuses to push a frame.
        _il.Ldarg(InterpreterArg);
        _il.Call(RuntimeMembers.EnterFrame);
        _il.Stloc(_outerDepth);
        EnterClassFrame();
        DeclareReraising();
        if (IsGenerator)
        {
            // The resume points are inside the protected region, which IL enters only at its start;
            // with handlers, after the region's jump to the handler to resume at, which falls
            // through on entry.
            if (_handlesExceptions)
            {
                BeginHandlerDispatch();
            }
            else
            {
                _il.BeginTry();
            }

            EmitGeneratorEntry();
        }
        else if (_longEntry)
        {
            // Every parameter is an int slot (LongEntry.Applies): the specialized version starts
            // with them, and the generic one reads them only after a deoptimization boxed them.
            for (var i = 0; i < _code.ParameterCount; i++)
            {
                _il.Ldarg(_firstParameterArg + i);
                _il.Stloc(_specializedInts[i]!);
            }

            _il.BeginTry();
        }
        else
        {
            for (var i = 0; i < _code.ParameterCount; i++)
            {
                _il.Ldarg(_firstParameterArg + i);
                _il.Stloc(Boxed(i));
            }

            if (_handlesExceptions)
            {
                BeginHandlerDispatch();
            }
            else
            {
                _il.BeginTry();
            }
        }

        var genericStart = _il.DefineLabel();
        if (loopHeaders.Count > 0 && !_longEntry)
        {
            EmitLoopEntries(loopHeaders, genericStart);
        }

        if (_intSlots.Pays)
        {
            // The specialized version first; any guard that fails there moves the frame over to
            // the generic version at the same instruction (see EmitDeoptimizations).
            _specialized = true;
            _labels = _specializedLabels;
            if (!_longEntry)
            {
                EmitParameterGuards(genericStart);
            }

            EmitInstructions();
            EmitDeoptimizations();
            _specialized = false;
            _labels = _genericLabels;
        }

        _il.MarkLabel(genericStart);
        EmitInstructions();
        EmitInterruptStubs();
        EmitColdGlobalReads();
        EmitRaiseExits();

        var error = _il.DeclareLocal(typeof(Exception), "error");
        _il.BeginFilter();
        _il.Castclass(typeof(Exception));
        _il.Stloc(error);
        if (_outerClassFrame is not null)
        {
            // Leaving restores the interpreter's record of the compiled frame super() reads, which
            // the filter cannot do: such a frame takes every exception in its catch.
            _il.LdcI4(1);
        }
        else
        {
            _il.Ldloc(error);
            _il.Ldarg(InterpreterArg);
            _il.Ldarg(ClosureArg);
            _il.Ldfld(RuntimeMembers.ClosureCode);
            _il.Ldloc(_pc);
            if (_reraising is not null)
            {
                _il.Ldloc(_reraising);
            }
            else
            {
                _il.LdcI4(0);
            }

            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CatchesHere)));
        }

        _il.BeginFilteredHandler();
        _il.Castclass(typeof(Exception));
        _il.Stloc(error);
        if (_handlesExceptions)
        {
            EmitHandlerSearch(error);
        }

        _il.Ldarg(InterpreterArg);
        _il.Call(RuntimeMembers.LeaveFrame);
        LeaveClassFrame();
        _il.Ldloc(error);
        if (!_handlesExceptions)
        {
            EmitTracebackEntry();
        }

        _il.Throw();
        _il.EndTry();

        _il.MarkLabel(_exit);
        _il.Ldarg(InterpreterArg);
        _il.Ldloc(_outerDepth);
        _il.Call(RuntimeMembers.ReturnFromFrame);
        LeaveClassFrame();
        _il.Ldloc(_longResult ?? _result);
        _il.Ret();
        return loopHeaders;
    }

    private void EmitInstructions()
    {
        var reachable = true;
        foreach (var pc in _code.InstructionOffsets())
        {
            if (EnterPrivateLoop(pc))
            {
                reachable = true;
                _facts.Clear();
            }

            if (_labels.TryGetValue(pc, out var label))
            {
                _il.MarkLabel(label);
                reachable = true;
                _facts.Clear();
                EmitInterruptPoll(pc);
            }

            // Code after a jump or return that no jump targets (the compiler leaves some) is dead.
            if (reachable)
            {
                _fact = null;
                if (pc == _fusedNext)
                {
                    // Lowered with the instruction before it (FusedTemporaries).
                    _fusedNext = -1;
                }
                else
                {
                    EmitInstruction(pc);
                }

                reachable = InstructionSet.Info((Opcode)_code.Instructions[pc]).Flow is not (FlowKind.Jump or FlowKind.Exit);
            }

            RecordFacts(pc, reachable);

            LeavePrivateLoop(pc);
        }
    }

    /// <summary>The facts that hold after the instruction at <paramref name="pc"/>: none of the slots it wrote keep theirs.</summary>
    private void RecordFacts(int pc, bool reachable)
    {
        if (!reachable)
        {
            _facts.Clear();
            return;
        }

        foreach (var slot in FloatSlots.Writes(_code.Instructions, pc))
        {
            _facts.Remove(_splitting.Write(pc, slot));
        }

        if (_fact is { } fact)
        {
            _facts[fact.Slot] = fact;
        }
    }

    /// <summary>Labels every branch target into <paramref name="labels"/>; back-edge targets are the loop headers.</summary>
    /// <summary>Defines a label for every jump target.</summary>
    private void FindLabels(Dictionary<int, IlLabel> labels)
    {
        foreach (var pc in _code.InstructionOffsets())
        {
            foreach (var target in Targets(pc))
            {
                labels.TryAdd(target, _il.DefineLabel());
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

    /// <summary>
    /// On-stack replacement: when the VM entry left a loop header in the closure, the frame's whole
    /// window (temporaries too: a running loop's iterator lives in one) becomes the locals, and
    /// execution jumps to that header.
    /// </summary>
    private void EmitLoopEntries(HashSet<int> loopHeaders, IlLabel genericStart)
    {
        var fromTop = _il.DefineLabel();
        var header = _il.DeclareLocal(typeof(int), "loopHeader");
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureOsrPc);
        _il.Stloc(header);
        _il.Ldloc(header);
        _il.Branch(OpCodes.Brfalse, fromTop);
        _il.Ldarg(ClosureArg);
        _il.LdcI4(0);
        _il.Stfld(RuntimeMembers.ClosureOsrPc);
        for (var slot = 0; slot < _code.FrameSize; slot++)
        {
            _il.Ldarg(ClosureArg);
            _il.Ldfld(RuntimeMembers.ClosureOsrStack);
            _il.Ldarg(ClosureArg);
            _il.Ldfld(RuntimeMembers.ClosureOsrBase);
            _il.LdcI4(slot);
            _il.Arithmetic(OpCodes.Add);
            _il.Ldelem(typeof(Value));
            if (_floats[slot] is { } unboxed)
            {
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.FloatOrZero)));
                _il.Stloc(unboxed);
            }
            else
            {
                _il.Stloc(Boxed(slot));
            }
        }

        if (_intSlots.Pays)
        {
            // The running frame enters the specialized version when its int slots hold small ints
            // and its loop iterators are ranges (or are not assigned yet), else the generic one.
            var generic = _il.DefineLabel();
            for (var slot = 0; slot < _code.FrameSize; slot++)
            {
                if (_specializedFloats[slot] is { } specialized)
                {
                    _il.Ldloc(_genericFloats[slot]!);
                    _il.Stloc(specialized);
                }
                else if (_ints[slot] is not null)
                {
                    UnboxInt(slot, generic, allowUnbound: true);
                }
                else if (_ranges[slot] is not null)
                {
                    UnboxRange(slot, generic, allowUnbound: true);
                }
            }

            foreach (var offset in loopHeaders.Order())
            {
                _il.Ldloc(header);
                _il.LdcI4(offset);
                _il.CompareBranch(OpCodes.Beq, SpecializedLoopEntry(offset));
            }

            _il.MarkLabel(generic);
        }

        foreach (var offset in loopHeaders.Order())
        {
            _il.Ldloc(header);
            _il.LdcI4(offset);
            _il.CompareBranch(OpCodes.Beq, _genericLabels[offset]);
        }

        _il.Branch(OpCodes.Br, genericStart);
        _il.MarkLabel(fromTop);
    }

    private int Operand(int pc, int index) => _code.Instructions[pc + 1 + index];

    /// <summary>The slot operand <paramref name="index"/> reads (a split temporary's own slot).</summary>
    private int In(int pc, int index) => _splitting.Read(pc, Operand(pc, index));

    /// <summary>The slot operand <paramref name="index"/> writes.</summary>
    private int Out(int pc, int index) => _splitting.Write(pc, Operand(pc, index));

    private void EmitInstruction(int pc)
    {
        var opcode = (Opcode)_code.Instructions[pc];
        switch (opcode)
        {
            case Opcode.Nop:
                break;
            case Opcode.Move when IsInt(Out(pc, 0)):
                _il.Ldloc(_ints[In(pc, 1)]!);
                _il.Stloc(_ints[Out(pc, 0)]!);
                break;
            case Opcode.Move when _floats[Out(pc, 0)] is { } unboxed:
                _il.Ldloc(_floats[In(pc, 1)]!);
                _il.Stloc(unboxed);
                break;
            case Opcode.Move:
                LoadChecked(In(pc, 1), pc);
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.LoadConst when IsInt(Out(pc, 0)):
                _il.LdcI8((long)Constant(Operand(pc, 1))!);
                _il.Stloc(_ints[Out(pc, 0)]!);
                KnowConstant(pc);
                break;
            case Opcode.LoadConst when _floats[Out(pc, 0)] is { } unboxed:
                _il.LdcR8((double)Constant(Operand(pc, 1))!);
                _il.Stloc(unboxed);
                break;
            case Opcode.LoadConst:
                LoadConstant(Operand(pc, 1));
                _il.Stloc(Boxed(Out(pc, 0)));
                KnowConstant(pc);
                break;
            case Opcode.LoadGlobal:
                EmitLoadGlobal(pc);
                break;
            case Opcode.StoreGlobal:
                EmitStoreGlobal(pc);
                break;
            case Opcode.InplaceAddConstGlobal:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                _il.Ldarg(ClosureArg);
                _il.LdcI4(Operand(pc, 0));
                _il.LdcI4(Operand(pc, 1));
                _il.LdcI4(Operand(pc, 2));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.InplaceAddConstGlobal)));
                break;
            case Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.TrueDiv or Opcode.FloorDiv or Opcode.Mod:
                EmitBinary(pc, ArithmeticOperator(opcode), Out(pc, 0), In(pc, 1), RightOperand.Slot(In(pc, 2)), inplace: false);
                break;
            case Opcode.InplaceAdd or Opcode.InplaceSub:
                EmitBinary(pc, ArithmeticOperator(opcode), Out(pc, 0), In(pc, 1), RightOperand.Slot(In(pc, 2)), inplace: true);
                break;
            case Opcode.BinaryOp or Opcode.InplaceOp:
                EmitBinary(pc, (BinaryOperator)Operand(pc, 3), Out(pc, 0), In(pc, 1), RightOperand.Slot(In(pc, 2)), opcode == Opcode.InplaceOp);
                break;
            case Opcode.AddConst or Opcode.SubConst or Opcode.MulConst:
                EmitBinary(pc, ArithmeticOperator(opcode), Out(pc, 0), In(pc, 1), RightOperand.Constant(Operand(pc, 2)), inplace: false);
                break;
            case Opcode.InplaceAddConst or Opcode.InplaceSubConst:
                EmitBinary(pc, ArithmeticOperator(opcode), Out(pc, 0), In(pc, 1), RightOperand.Constant(Operand(pc, 2)), inplace: true);
                break;
            case Opcode.Neg or Opcode.Pos or Opcode.Invert or Opcode.Not:
                SetPc(pc);
                _il.LdcI4((int)opcode);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Unary)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.Compare:
                EmitCompare(pc);
                break;
            case Opcode.Jump:
                _il.Branch(OpCodes.Br, _labels[Operand(pc, 0)]);
                break;
            case Opcode.JumpIfTrue or Opcode.JumpIfFalse:
                EmitConditionalJump(pc, opcode == Opcode.JumpIfTrue);
                break;
            case Opcode.CompareJump:
                EmitCondition(pc, In(pc, 0), RightOperand.Slot(In(pc, 1)), Operand(pc, 2), _labels[Operand(pc, 3)]);
                break;
            case Opcode.CompareConstJump:
                EmitCondition(pc, In(pc, 0), RightOperand.Constant(Operand(pc, 1)), Operand(pc, 2), _labels[Operand(pc, 3)]);
                break;
            case Opcode.GetIter when IsRange(Out(pc, 0)):
                EmitRangeGetIter(pc);
                break;
            case Opcode.GetIter when Interpreter.StartsLoop(_code.Instructions, pc):
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.GetLoopIterator)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.GetIter:
                SetPc(pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.GetIterator)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.ForIter or Opcode.ForIterBack when IsRange(Out(pc, 0)):
                EmitRangeForIter(pc, opcode == Opcode.ForIterBack);
                break;
            case Opcode.ForIter or Opcode.ForIterBack:
                EmitForIter(pc, opcode == Opcode.ForIterBack);
                break;
            case Opcode.Call or Opcode.CallKw:
                EmitCall(pc, opcode == Opcode.CallKw);
                break;
            case Opcode.CallMethod:
                EmitCallMethod(pc);
                break;
            case Opcode.Return or Opcode.ReturnConst when _longEntry:
                EmitLongReturn(pc, opcode);
                break;
            case Opcode.Return:
                LoadChecked(In(pc, 0), pc);
                _il.Stloc(_result);
                _il.Leave(_exit);
                break;
            case Opcode.ReturnConst:
                LoadConstant(Operand(pc, 0));
                _il.Stloc(_result);
                _il.Leave(_exit);
                break;
            case Opcode.Raise or Opcode.RaiseFrom or Opcode.Reraise or Opcode.RaiseCurrent when _code.HandlerAt(pc) is { } handler:
                EmitRaiseToHandler(pc, opcode, handler);
                break;
            case Opcode.GetItem or Opcode.GetItemConst when _code.HandlerAt(pc) is { } handler:
                EmitGetItemWithHandler(pc, opcode, handler);
                break;
            case Opcode.Raise or Opcode.RaiseFrom:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                LoadChecked(In(pc, 0), pc);
                if (opcode == Opcode.RaiseFrom)
                {
                    LoadChecked(In(pc, 1), pc);
                }

                _il.Call(RuntimeMembers.Helper(opcode == Opcode.Raise ? nameof(JitRuntime.Raise) : nameof(JitRuntime.RaiseFrom)));
                LeaveWithRaise(reraise: false);
                break;
            case Opcode.MakeFunction or Opcode.MakeClosure:
                SetPc(pc);
                _il.Ldarg(ClosureArg);
                _il.LdcI4(Operand(pc, 1));
                LoadArray(pc, Operand(pc, 2), Operand(pc, 3));
                LoadRunningFunction();
                _il.Call(RuntimeMembers.Helper(opcode == Opcode.MakeFunction ? nameof(JitRuntime.MakeFunction) : nameof(JitRuntime.MakeClosure)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.LoadAttr:
                SetPc(pc);
                var attributeLoaded = EmitTargetedAttributeLoads(pc);
                _il.Ldarg(InterpreterArg);
                _il.Ldarg(ClosureArg);
                _il.LdcI4(Operand(pc, 2));
                _il.LdcI4(Operand(pc, 3));
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.LoadAttr)));
                EmitPendingRaiseCheck();
                _il.Stloc(Boxed(Out(pc, 0)));
                if (attributeLoaded is { } loaded)
                {
                    _il.MarkLabel(loaded);
                }

                break;
            case Opcode.StoreAttr:
                SetPc(pc);
                _il.Ldarg(ClosureArg);
                _il.LdcI4(Operand(pc, 1));
                _il.LdcI4(Operand(pc, 3));
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 2), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.StoreAttr)));
                break;
            case Opcode.GetItem or Opcode.GetItemConst:
                SetPc(pc);
                LoadChecked(In(pc, 1), pc);
                LoadRight(opcode == Opcode.GetItem ? RightOperand.Slot(In(pc, 2)) : RightOperand.Constant(Operand(pc, 2)), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.GetItem)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.SetItem or Opcode.SetItemValueConst:
                SetPc(pc);
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                LoadRight(opcode == Opcode.SetItem ? RightOperand.Slot(In(pc, 2)) : RightOperand.Constant(Operand(pc, 2)), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SetItem)));
                break;
            case Opcode.DeleteItem:
                SetPc(pc);
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.DeleteItem);
                break;
            case Opcode.ListExtend:
                SetPc(pc);
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ListExtend)));
                break;
            case Opcode.DictMerge:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                LoadChecked(In(pc, 2), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.DictMerge)));
                break;
            case Opcode.ListToTuple:
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ListToTuple)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.SetAdd:
                SetPc(pc);
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SetAdd)));
                break;
            case Opcode.SetUpdate:
                SetPc(pc);
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SetUpdate)));
                break;
            case Opcode.DictUpdate:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.DictUpdate)));
                break;
            case Opcode.SetKwDefaults:
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SetKeywordDefaults)));
                break;
            case Opcode.CallEx:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                LoadChecked(In(pc, 1), pc);
                LoadChecked(In(pc, 2), pc);
                LoadChecked(In(pc, 3), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CallUnpacked)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.ListAppend:
                LoadChecked(In(pc, 0), pc);
                LoadChecked(In(pc, 1), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ListAppend)));
                break;
            case Opcode.BuildTuple when TryEmitTupleConcatenation(pc):
                break;
            case Opcode.BuildList or Opcode.BuildTuple or Opcode.BuildDict or Opcode.BuildSet or Opcode.BuildString:
                SetPc(pc);
                LoadArray(pc, Operand(pc, 1), Operand(pc, 2));
                _il.Call(RuntimeMembers.Helper(opcode switch
                {
                    Opcode.BuildList => nameof(JitRuntime.NewList),
                    Opcode.BuildTuple => nameof(JitRuntime.NewTuple),
                    Opcode.BuildSet => nameof(JitRuntime.NewSet),
                    Opcode.BuildString => nameof(JitRuntime.BuildString),
                    _ => nameof(JitRuntime.NewDict),
                }));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.FormatValue or Opcode.FormatWithSpec:
                SetPc(pc);
                LoadChecked(In(pc, 1), pc);
                if (opcode == Opcode.FormatWithSpec)
                {
                    LoadChecked(In(pc, 2), pc);
                }

                _il.LdcI4(Operand(pc, opcode == Opcode.FormatWithSpec ? 3 : 2));
                _il.Call(RuntimeMembers.Helper(opcode == Opcode.FormatWithSpec ? nameof(JitRuntime.FormatWithSpec) : nameof(JitRuntime.FormatValue)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.BuildSlice when TryEmitSliceItem(pc):
                break;
            case Opcode.BuildSlice:
                SetPc(pc);
                LoadChecked(In(pc, 1), pc);
                LoadChecked(In(pc, 2), pc);
                LoadChecked(In(pc, 3), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.NewSlice)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.UnpackSequence:
                EmitUnpack(pc);
                break;
            case Opcode.UnpackStarred:
                EmitUnpackStarred(pc);
                break;
            case Opcode.SetFromConstants:
                LoadConstant(Operand(pc, 1));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SetFromConstants)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.DeleteAttr:
                SetPc(pc);
                _il.Ldarg(ClosureArg);
                LoadChecked(In(pc, 0), pc);
                _il.LdcI4(Operand(pc, 1));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.DeleteAttr)));
                break;
            case Opcode.MatchSequence or Opcode.MatchMapping or Opcode.GetLen or Opcode.MatchKeys or Opcode.MatchClass or Opcode.CopyDictWithout:
                EmitPatternInstruction(pc, opcode);
                break;
            case Opcode.MakeCell or Opcode.CopyFreeVars or Opcode.LoadDeref or Opcode.StoreDeref or Opcode.DeleteDeref or Opcode.LoadClassCell:
                EmitClosureInstruction(pc, opcode);
                break;
            case Opcode.SetupAnnotations:
                _il.Ldarg(ClosureArg);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.SetupAnnotations)));
                break;
            case Opcode.ImportName:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                _il.Ldarg(ClosureArg);
                _il.LdcI4(Operand(pc, 1));
                _il.LdcI4(Operand(pc, 2));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Import)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.YieldValue:
                EmitYieldValue(pc);
                break;
            case Opcode.YieldFrom:
                EmitYieldFrom(pc);
                break;
            case Opcode.ImportFrom:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                _il.Ldarg(ClosureArg);
                _il.LdcI4(Operand(pc, 2));
                LoadValue(In(pc, 1));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ImportFrom)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.PushExcInfo or Opcode.PopExcept or Opcode.CheckExcMatch or Opcode.Reraise or Opcode.RaiseCurrent
                or Opcode.LoadAssertionError or Opcode.BeforeWith or Opcode.WithExceptArgs or Opcode.DeleteFast or Opcode.DeleteGlobal:
                EmitExceptionInstruction(pc, opcode);
                break;
            default:
                throw new InvalidOperationException($"{InstructionSet.Info(opcode).Name} passed the whitelist but has no lowering.");
        }
    }

    private static BinaryOperator ArithmeticOperator(Opcode opcode) => opcode switch
    {
        Opcode.Add or Opcode.InplaceAdd or Opcode.AddConst or Opcode.InplaceAddConst => BinaryOperator.Add,
        Opcode.Sub or Opcode.InplaceSub or Opcode.SubConst or Opcode.InplaceSubConst => BinaryOperator.Sub,
        Opcode.Mul or Opcode.MulConst => BinaryOperator.Mult,
        Opcode.TrueDiv => BinaryOperator.Div,
        Opcode.FloorDiv => BinaryOperator.FloorDiv,
        _ => BinaryOperator.Mod,
    };

    /// <summary>Records the offset of the instruction about to do something that may raise, for the traceback.</summary>
    private void SetPc(int pc)
    {
        _il.LdcI4(pc);
        _il.Stloc(_pc);
    }

    /// <summary>
    /// Loads a slot where the VM raises UnboundLocalError for an unbound local. Parameters are
    /// bound unless the code deletes locals, and temporaries are written before they are read, so
    /// only other locals are checked.
    /// </summary>
    private void LoadChecked(int slot, int pc)
    {
        LoadValue(slot);
        if ((slot >= _code.ParameterCount || _deletesLocals) && slot < _code.LocalCount && _floats[slot] is null && !IsInt(slot))
        {
            SetPc(pc);
            _il.Ldarg(ClosureArg);
            _il.Ldfld(RuntimeMembers.ClosureCode);
            _il.LdcI4(slot);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Bound)));
        }
    }

    private void LoadRight(RightOperand operand, int pc)
    {
        if (operand.IsConstant)
        {
            LoadConstant(operand.Index);
        }
        else
        {
            LoadChecked(operand.Index, pc);
        }
    }

    /// <summary>A constant as a value: ints, floats, None and bools built inline, anything else from the VM's constant values.</summary>
    private void LoadConstant(int index)
    {
        switch (Constant(index))
        {
            case long integer:
                _il.LdcI8(integer);
                _il.Call(RuntimeMembers.FromInt);
                break;
            case double real:
                _il.LdcR8(real);
                _il.Call(RuntimeMembers.FromFloat);
                break;
            case null:
                _il.Call(RuntimeMembers.None);
                break;
            case bool flag:
                _il.Call(flag ? RuntimeMembers.True : RuntimeMembers.False);
                break;
            default:
                _il.Ldarg(ClosureArg);
                _il.Ldfld(RuntimeMembers.ClosureState);
                _il.Ldfld(RuntimeMembers.StateConstants);
                _il.LdcI4(index);
                _il.Ldelem(typeof(Value));
                break;
        }
    }

    /// <summary>A constant, with an int that fits in 64 bits (the compiler may keep one as a BigInteger) as a <c>long</c>.</summary>
    private object? Constant(int index) => _code.Constants[index] switch
    {
        BigInteger big when big >= long.MinValue && big <= long.MaxValue => (long)big,
        var other => other,
    };

    /// <summary>A new <c>Value[]</c> holding slots <c>[first, first + count)</c> as the instruction at <paramref name="pc"/> reads them.</summary>
    private void LoadArray(int pc, int first, int count)
    {
        _il.LdcI4(count);
        _il.Newarr(typeof(Value));
        for (var i = 0; i < count; i++)
        {
            _il.Dup();
            _il.LdcI4(i);
            LoadValue(_splitting.Read(pc, first + i));
            _il.Stelem(typeof(Value));
        }
    }

    private void EmitUnpack(int pc)
    {
        SetPc(pc);
        var count = Operand(pc, 2);
        _il.Ldarg(ClosureArg);
        LoadChecked(In(pc, 0), pc);
        _il.LdcI4(count);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.UnpackItems)));
        StoreUnpackedItems(pc, count);
        if (IsUnpackedBody(pc))
        {
            _il.MarkLabel(UnpackExit(pc));
        }
    }

    /// <summary>UNPACK_STARRED: the targets' values come back in an array, as UNPACK_SEQUENCE's items do.</summary>
    private void EmitUnpackStarred(int pc)
    {
        SetPc(pc);
        var count = Operand(pc, 2);
        LoadChecked(In(pc, 0), pc);
        _il.LdcI4(count);
        _il.LdcI4(Operand(pc, 3));
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.UnpackStarred)));
        StoreUnpackedItems(pc, count);
    }

    /// <summary>Stores the <c>Value[]</c> on the IL stack into the instruction's <paramref name="count"/> target slots.</summary>
    private void StoreUnpackedItems(int pc, int count)
    {
        _items ??= _il.DeclareLocal(typeof(Value[]), "items");
        _il.Stloc(_items);
        for (var i = 0; i < count; i++)
        {
            _il.Ldloc(_items);
            _il.LdcI4(i);
            _il.Ldelem(typeof(Value));
            _il.Stloc(Boxed(_splitting.Write(pc, Operand(pc, 1) + i)));
        }
    }

    /// <summary>Stores the object in <paramref name="value"/> into <paramref name="target"/> if it has the target's type, else branches to <paramref name="otherwise"/>.</summary>
    private void CastReference(IlLocal value, IlLocal target, IlLabel otherwise)
    {
        _il.Ldloca(value);
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.Isinst(target.Type);
        _il.Stloc(target);
        _il.Ldloc(target);
        _il.Branch(OpCodes.Brfalse, otherwise);
    }

    /// <summary>The IL local of a slot that holds a boxed value (every slot but the unboxed floats, and the unboxed ints of the specialized version).</summary>
    private IlLocal Boxed(int slot) =>
        IsInt(slot) ? throw new InvalidOperationException($"Slot {slot} of {_code.QualifiedName} is an unboxed int, used as a value.")
        : _slots[slot] ?? throw new InvalidOperationException($"Slot {slot} of {_code.QualifiedName} is an unboxed float, used as a value.");

    /// <summary>Stores the <c>long</c> on the IL stack into a slot: as it is into an unboxed int's local, boxed into any other.</summary>
    private void StoreLong(int slot)
    {
        if (IsInt(slot))
        {
            _il.Stloc(_ints[slot]!);
        }
        else
        {
            _il.Call(RuntimeMembers.FromInt);
            _il.Stloc(Boxed(slot));
        }
    }

    /// <summary>Loads a slot as a value, boxing an unboxed float or int.</summary>
    private void LoadValue(int slot)
    {
        if (IsInt(slot))
        {
            _il.Ldloc(_ints[slot]!);
            _il.Call(RuntimeMembers.FromInt);
        }
        else if (_floats[slot] is { } unboxed)
        {
            _il.Ldloc(unboxed);
            _il.Call(RuntimeMembers.FromFloat);
        }
        else
        {
            _il.Ldloc(Boxed(slot));
        }
    }

    /// <summary>Stores the value on the stack into a slot (unboxing into a float slot: only its float arithmetic's unreachable slow path does).</summary>
    private void StoreValue(int slot)
    {
        if (_floats[slot] is { } unboxed)
        {
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.FloatOrZero)));
            _il.Stloc(unboxed);
        }
        else
        {
            _il.Stloc(Boxed(slot));
        }
    }

    /// <summary>The right operand of an instruction: a frame slot, or (in the fused <c>_CONST</c> forms) a constant.</summary>
    private readonly record struct RightOperand(bool IsConstant, int Index)
    {
        public static RightOperand Slot(int slot) => new(false, slot);

        public static RightOperand Constant(int index) => new(true, index);
    }
}
