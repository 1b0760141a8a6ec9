using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;
using Viper.Runtime.Values;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Try statements. IL cannot branch into a protected region except at its first instruction, so a
/// body with an exception table is one region that starts with a switch on the handler to resume
/// at: none on entry, and after an exception that a row of the table covers, that row's handler.
/// The catch delivers the exception as the VM does for one frame (traceback entry, context), looks
/// the offset of the instruction that raised up in the table, stores the exception in the row's
/// slot and leaves to just before the region, which it enters again. Handlers run in the generic
/// version, whichever version raised: what they read is kept boxed (see <see cref="HandlerSlots"/>).
/// </summary>
internal sealed partial class FunctionLowering
{
    private readonly bool _handlesExceptions;
    private readonly bool _deletesLocals;
    private IlLocal? _handler;
    private IlLocal? _reraising;
    private IlLabel? _resume;
    private IlLocal? _item;

    /// <summary>
    /// A re-raise (RERAISE, a bare <c>raise</c>) adds no traceback entry for the frame it runs in, as
    /// in the VM and CPython: it sets a flag that the catch reads, in bodies that can re-raise.
    /// </summary>
    private void DeclareReraising()
    {
        if (_handlesExceptions || _code.InstructionOffsets().Any(pc => (Opcode)_code.Instructions[pc] == Opcode.RaiseCurrent))
        {
            _reraising = _il.DeclareLocal(typeof(bool), "reraising");
        }
    }

    /// <summary>Starts the protected region of a body with handlers, with the jump to the handler to resume at.</summary>
    private void BeginHandlerDispatch()
    {
        _handler = _il.DeclareLocal(typeof(int), "handler");
        _resume = _il.DefineLabel();
        _il.LdcI4(-1);
        _il.Stloc(_handler);
        _il.MarkLabel(_resume);
        _il.BeginTry();
        _il.Ldloc(_handler);
        _il.Switch([.. _code.ExceptionTable.Select(entry => _genericLabels[entry.Target])]);
    }

    /// <summary>
    /// With an exception leaving the frame on the stack: this frame's traceback entry added to it
    /// (or, for a bare re-raise, the entry it already has kept), the exception left on the stack.
    /// </summary>
    private void EmitTracebackEntry()
    {
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureCode);
        _il.Ldloc(_pc);
        if (_reraising is not null)
        {
            _il.Ldloc(_reraising);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Delivered)));
        }
        else
        {
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.AddTraceback)));
        }
    }

    /// <summary>
    /// In the catch: resumes at the handler that takes the exception in <paramref name="error"/>, or
    /// falls through with the exception as it leaves the frame in <paramref name="error"/>.
    /// </summary>
    private void EmitHandlerSearch(IlLocal error)
    {
        _il.Ldloc(error);
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureCode);
        _il.Ldloc(_pc);
        _il.Ldloc(_reraising!);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Delivered)));
        _il.Stloc(error);
        _il.LdcI4(0);
        _il.Stloc(_reraising!);
        _il.Ldloc(error);
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureCode);
        _il.Ldloc(_pc);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.HandlerIndex)));
        _il.Stloc(_handler!);

        var leavesFrame = _il.DefineLabel();
        var table = _code.ExceptionTable;
        var stores = table.Select(_ => _il.DefineLabel()).ToArray();
        _il.Ldloc(_handler!);
        _il.Switch(stores);
        _il.Branch(OpCodes.Br, leavesFrame);
        for (var index = 0; index < table.Length; index++)
        {
            _il.MarkLabel(stores[index]);
            _il.Ldloc(error);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CaughtValue)));
            _il.Stloc(Boxed(table[index].Slot));
            _il.Leave(_resume!);
        }

        _il.MarkLabel(leavesFrame);
    }

    private void EmitExceptionInstruction(int pc, Opcode opcode)
    {
        switch (opcode)
        {
            case Opcode.PushExcInfo:
                _il.Ldarg(InterpreterArg);
                LoadValue(In(pc, 1));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.PushExceptionInfo)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.PopExcept:
                _il.Ldarg(InterpreterArg);
                LoadValue(In(pc, 0));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.PopExcept)));
                break;
            case Opcode.CheckExcMatch:
                SetPc(pc);
                LoadValue(In(pc, 1));
                LoadChecked(In(pc, 2), pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CheckExceptionMatch)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.Reraise:
                SetPc(pc);
                LoadValue(In(pc, 0));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Reraise)));
                LeaveWithRaise(reraise: true);
                break;
            case Opcode.RaiseCurrent:
                SetPc(pc);
                _il.Ldarg(InterpreterArg);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.RaiseCurrent)));
                LeaveWithRaise(reraise: true);
                break;
            case Opcode.LoadAssertionError:
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.LoadAssertionError)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.BeforeWith:
                SetPc(pc);
                LoadChecked(In(pc, 2), pc);
                _il.Ldloca(Boxed(Out(pc, 1)));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ContextManagerMethods)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.WithExceptArgs:
                LoadValue(In(pc, 3));
                _il.Ldloca(Boxed(Out(pc, 1)));
                _il.Ldloca(Boxed(Out(pc, 2)));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ExitArguments)));
                _il.Stloc(Boxed(Out(pc, 0)));
                break;
            case Opcode.DeleteGlobal:
                SetPc(pc);
                _il.Ldarg(ClosureArg);
                _il.LdcI4(Operand(pc, 0));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.DeleteGlobal)));
                break;
            case Opcode.DeleteFast:
                SetPc(pc);
                LoadValue(Operand(pc, 0));
                LoadCodeAndSlot(Operand(pc, 0));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Deleted)));
                _il.Stloc(Boxed(Operand(pc, 0)));
                break;
        }
    }

    /// <summary>
    /// A raise that a handler of this frame takes goes straight to it, with no .NET exception
    /// (whose throw and catch cost microseconds): delivered as the catch would deliver it.
    /// </summary>
    private void EmitRaiseToHandler(int pc, Opcode opcode, ExceptionTableEntry handler)
    {
        SetPc(pc);
        switch (opcode)
        {
            case Opcode.Raise or Opcode.RaiseFrom:
                _il.Ldarg(InterpreterArg);
                LoadChecked(In(pc, 0), pc);
                if (opcode == Opcode.RaiseFrom)
                {
                    LoadChecked(In(pc, 1), pc);
                }

                _il.Call(RuntimeMembers.Helper(opcode == Opcode.Raise ? nameof(JitRuntime.Raise) : nameof(JitRuntime.RaiseFrom)));
                _il.Ldarg(ClosureArg);
                _il.Ldfld(RuntimeMembers.ClosureCode);
                _il.LdcI4(pc);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CaughtHere)));
                break;
            case Opcode.Reraise:
                // A re-raise adds no traceback entry and keeps its context.
                LoadValue(In(pc, 0));
                break;
            default:
                _il.Ldarg(InterpreterArg);
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CurrentException)));
                break;
        }

        _il.Stloc(Boxed(handler.Slot));
        _il.Branch(OpCodes.Br, _genericLabels[handler.Target]);
    }

    /// <summary>
    /// GET_ITEM under a handler: a key missing from a dict (<c>try: d[k] except KeyError:</c> is an
    /// everyday idiom) reaches the handler without a .NET exception, as it does in the VM.
    /// </summary>
    private void EmitGetItemWithHandler(int pc, Opcode opcode, ExceptionTableEntry handler)
    {
        SetPc(pc);
        _item ??= _il.DeclareLocal(typeof(Value), "item");
        var found = _il.DefineLabel();
        LoadChecked(In(pc, 1), pc);
        LoadRight(opcode == Opcode.GetItem ? RightOperand.Slot(In(pc, 2)) : RightOperand.Constant(Operand(pc, 2)), pc);
        _il.Ldloca(_item);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.TryGetItem)));
        _il.Dup();
        _il.Branch(OpCodes.Brfalse, found);
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureCode);
        _il.LdcI4(pc);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.KeyErrorCaughtHere)));
        _il.Stloc(Boxed(handler.Slot));
        _il.Branch(OpCodes.Br, _genericLabels[handler.Target]);
        _il.MarkLabel(found);
        _il.Pop();
        _il.Ldloc(_item);
        _il.Stloc(Boxed(Out(pc, 0)));
    }
}
