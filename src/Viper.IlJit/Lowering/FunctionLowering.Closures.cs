using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;
using Viper.Runtime.Objects;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Closure cells and the class cell. Cells live in frame slots as in the VM (a captured local's
/// slot holds its <see cref="PyCell"/> from MAKE_CELL on; COPY_FREE_VARS puts the function's
/// closure cells in the slots after the locals), so a nested function, the VM and compiled code
/// all see one variable. Code that reads its own function — its closure, the class cell of
/// zero-argument <c>super()</c>, or the class cell that functions it makes share — takes the
/// function as a parameter after the interpreter (see <see cref="TakesFunction"/>).
/// </summary>
internal sealed partial class FunctionLowering
{
    private const int FunctionArg = 2;

    private IlLocal? _outerClassFrame;

    /// <summary>
    /// Whether compiled code of <paramref name="code"/> needs the function it runs as: for its free
    /// variables, for <c>super()</c> or <c>__class__</c>, or for the class cell of the functions it
    /// makes (module code makes functions without one).
    /// </summary>
    public static bool TakesFunction(CodeObject code)
    {
        // A compiled generator's body takes its generator instead, which knows its function;
        // generators that use the class cell are refused (see OpcodeSupport).
        if (code.Flags.HasFlag(CodeFlags.Generator))
        {
            return false;
        }

        if (code.FreeNames.Length > 0 || code.Flags.HasFlag(CodeFlags.CallsSuper))
        {
            return true;
        }

        if (code.Flags.HasFlag(CodeFlags.Module))
        {
            return false;
        }

        var words = code.Instructions;
        foreach (var pc in code.InstructionOffsets())
        {
            if ((Opcode)words[pc] is Opcode.MakeFunction or Opcode.MakeClosure or Opcode.LoadClassCell)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Loads the function running this code: a parameter where the code takes it, a generator's
    /// own function in a generator, null in module code.
    /// </summary>
    private void LoadRunningFunction()
    {
        if (_takesFunction)
        {
            _il.Ldarg(FunctionArg);
        }
        else if (IsGenerator)
        {
            _il.Ldarg(GeneratorArg);
            _il.Call(RuntimeMembers.GeneratorFunction);
        }
        else
        {
            _il.Ldnull();
        }
    }

    /// <summary>Loads the code object and a slot number, for a helper that names the slot's variable in its error.</summary>
    private void LoadCodeAndSlot(int slot)
    {
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureCode);
        _il.LdcI4(slot);
    }

    private void EmitClosureInstruction(int pc, Opcode opcode)
    {
        switch (opcode)
        {
            case Opcode.MakeCell:
                {
                    var slot = Operand(pc, 0);
                    LoadValue(slot);
                    _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.NewCell)));
                    _il.Stloc(Boxed(slot));
                    if (slot == 0 && _outerClassFrame is not null)
                    {
                        _il.Ldarg(InterpreterArg);
                        _il.Ldloc(Boxed(slot));
                        _il.Call(RuntimeMembers.SetClassFrameFirstSlot);
                    }

                    break;
                }

            case Opcode.CopyFreeVars:
                for (var i = 0; i < Operand(pc, 1); i++)
                {
                    LoadRunningFunction();
                    _il.LdcI4(i);
                    _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.FreeVariable)));
                    _il.Stloc(Boxed(Operand(pc, 0) + i));
                }

                break;
            case Opcode.LoadDeref:
                SetPc(pc);
                LoadValue(In(pc, 1));
                LoadCodeAndSlot(Operand(pc, 1));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.LoadCell)));
                StoreValue(Out(pc, 0));
                break;
            case Opcode.StoreDeref:
                LoadValue(In(pc, 1));
                LoadValue(In(pc, 0));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.StoreCell)));
                break;
            case Opcode.LoadClassCell:
                SetPc(pc);
                LoadRunningFunction();
                _il.Call(RuntimeMembers.ClassCellContents);
                StoreValue(Out(pc, 0));
                break;
            case Opcode.DeleteDeref:
                SetPc(pc);
                LoadValue(In(pc, 0));
                LoadCodeAndSlot(Operand(pc, 0));
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.DeleteCell)));
                break;
        }
    }

    /// <summary>
    /// Code that reads the class cell tells the interpreter it runs, for <c>super()</c>, which has
    /// no VM frame to look at: its function and first slot (for on-stack replacement the frame's
    /// own, a cell if a nested function captured it), saving the frame it hides.
    /// </summary>
    private void EnterClassFrame()
    {
        if (!_code.Flags.HasFlag(CodeFlags.CallsSuper))
        {
            return;
        }

        _outerClassFrame = _il.DeclareLocal(typeof(CompiledClassFrame), "outerClassFrame");
        _il.Ldarg(InterpreterArg);
        _il.Ldarg(FunctionArg);
        if (_code.ParameterCount > 0)
        {
            _il.Ldarg(_firstParameterArg);
        }
        else
        {
            _il.Call(RuntimeMembers.None);
        }

        _il.Call(RuntimeMembers.EnterClassFrame);
        _il.Stloc(_outerClassFrame);
    }

    private void LeaveClassFrame()
    {
        if (_outerClassFrame is not null)
        {
            _il.Ldarg(InterpreterArg);
            _il.Ldloc(_outerClassFrame);
            _il.Call(RuntimeMembers.LeaveClassFrame);
        }
    }
}
