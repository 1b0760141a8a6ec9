using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// The <c>with</c> statement, compiled as CPython 3.11 does on try/finally's machinery: BEFORE_WITH
/// fetches the bound <c>__exit__</c> and <c>__enter__</c>, the body (and the store of the <c>as</c>
/// target) is protected by an exception-table handler that calls <c>__exit__(type, value,
/// traceback)</c> and re-raises unless the result is true, and every way out of the body — falling
/// off its end, <c>return</c>, <c>break</c>, <c>continue</c> — calls <c>__exit__(None, None, None)</c>.
/// Several items nest as if each were its own statement. The calls are located at the whole
/// statement, as CPython's are, so their traceback line is the <c>with</c> line.
/// </summary>
internal sealed partial class CodeGenerator
{
    private void CompileWith(With statement)
    {
        if (statement.IsAsync)
        {
            throw NotSupported(statement, "'async with'");
        }

        CompileWithItem(statement, 0);
    }

    private void CompileWithItem(With statement, int index)
    {
        var item = statement.Items[index];
        var manager = CompileExpr(item.Context);
        var exit = AllocTemp();
        var exception = AllocTemp();
        var previous = AllocTemp();
        var entered = AllocTemp();
        Emit(Opcode.BeforeWith, exit, entered, manager);
        Emit(Opcode.Call, entered, entered, 1);

        var outer = _handler;
        var onException = NewLabel();
        var end = NewLabel();
        _handler = new HandlerLabel(onException, exception);
        _cleanups.Add(new WithCleanup(exit, statement, outer));
        if (item.OptionalVars is { } target)
        {
            StoreTo(target, entered);
        }

        ReleaseTo(entered);
        if (index + 1 < statement.Items.Count)
        {
            CompileWithItem(statement, index + 1);
        }
        else
        {
            CompileBlock(statement.Body);
        }

        _cleanups.RemoveAt(_cleanups.Count - 1);
        _handler = outer;
        EmitExitWithNones(exit);
        Emit(Opcode.Jump, end);

        var cleanup = BeginHandler(onException, previous, exception);
        _handler = cleanup;
        var suppress = NewLabel();
        var result = BeginExitCall(exit);
        Emit(Opcode.WithExceptArgs, AllocTemp(), AllocTemp(), AllocTemp(), exception);
        Emit(Opcode.Call, result, result, 4);
        Emit(Opcode.JumpIfTrue, result, suppress);
        Emit(Opcode.Reraise, exception);
        MarkLabel(suppress);
        _handler = outer;
        Emit(Opcode.PopExcept, previous);
        Emit(Opcode.Jump, end);
        EmitHandlerCleanup(cleanup, previous);
        MarkLabel(end);
    }

    /// <summary><c>__exit__(None, None, None)</c>, its result dropped: how the body is left without an exception.</summary>
    private void EmitExitWithNones(int exit)
    {
        var callBase = BeginExitCall(exit);
        var none = Constant(null);
        for (var i = 0; i < 3; i++)
        {
            Emit(Opcode.LoadConst, AllocTemp(), none);
        }

        Emit(Opcode.Call, callBase, callBase, 4);
        ReleaseTo(callBase);
    }

    /// <summary>Copies the bound <c>__exit__</c> to a fresh call base (the call overwrites it, and other paths still need it).</summary>
    private int BeginExitCall(int exit)
    {
        var callBase = AllocTemp();
        Emit(Opcode.Move, callBase, exit);
        return callBase;
    }
}
