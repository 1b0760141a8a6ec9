using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// try/except/else/finally, raise and assert, compiled as CPython 3.11 does: protected code runs
/// with no setup instruction at all; each instruction is tagged with its innermost handler and
/// the assembler turns the tags into the code object's exception table. Handler code saves and
/// restores the exception being handled (PUSH_EXC_INFO/POP_EXCEPT) and is itself protected by a
/// cleanup handler that restores it when the handler body raises. Finally bodies are compiled
/// twice (normal and exceptional path), plus once more at every return, break or continue
/// that leaves them.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly List<Cleanup> _cleanups = [];
    private HandlerLabel? _handler;

    private void CompileTry(Try statement)
    {
        if (statement.IsStar)
        {
            throw NotSupported(statement, "'except*'");
        }

        if (statement.FinalBody.Count == 0)
        {
            CompileTryExcept(statement);
            return;
        }

        var outer = _handler;
        var onException = NewLabel();
        var end = NewLabel();
        var exception = AllocTemp();
        var previous = AllocTemp();
        _cleanups.Add(new FinallyCleanup(statement.FinalBody, _loops.Count, outer));
        _handler = new HandlerLabel(onException, exception);
        if (statement.Handlers.Count > 0)
        {
            CompileTryExcept(statement);
        }
        else
        {
            CompileBlock(statement.Body);
        }

        _handler = outer;
        _cleanups.RemoveAt(_cleanups.Count - 1);
        CompileBlock(statement.FinalBody);
        Emit(Opcode.Jump, end);

        var cleanup = BeginHandler(onException, previous, exception);
        _handler = cleanup;
        _cleanups.Add(new HandlerCleanup(previous, null, outer));
        CompileBlock(statement.FinalBody);
        _cleanups.RemoveAt(_cleanups.Count - 1);
        _handler = outer;
        Emit(Opcode.PopExcept, previous);
        Emit(Opcode.Reraise, exception);
        EmitHandlerCleanup(cleanup, previous);
        MarkLabel(end);
    }

    /// <summary>The try body, its else block and its except clauses (any finally is compiled around this).</summary>
    private void CompileTryExcept(Try statement)
    {
        var outer = _handler;
        var onException = NewLabel();
        var end = NewLabel();
        var exception = AllocTemp();
        var previous = AllocTemp();
        _handler = new HandlerLabel(onException, exception);
        CompileBlock(statement.Body);
        _handler = outer;
        CompileBlock(statement.OrElse);
        Emit(Opcode.Jump, end);

        var inHandlers = BeginHandler(onException, previous, exception);
        _handler = inHandlers;
        foreach (var clause in statement.Handlers)
        {
            var next = NewLabel();
            if (clause.Type is not null)
            {
                var mark = TempMark;
                var type = CompileExprToTemp(clause.Type);
                // CPython reports a bad class at the whole clause, so its traceback line has no carets.
                using (At(clause))
                {
                    Emit(Opcode.CheckExcMatch, type, exception, type);
                    Emit(Opcode.JumpIfFalse, type, next);
                }

                ReleaseTo(mark);
            }

            CompileExceptBody(clause, exception, previous, end, outer, inHandlers);
            MarkLabel(next);
        }

        // No clause matched: the exception goes on, after the cleanup restores the one handled before.
        Emit(Opcode.Reraise, exception);
        _handler = outer;
        EmitHandlerCleanup(inHandlers, previous);
        MarkLabel(end);
    }

    /// <summary>
    /// One except clause's body, then a jump to <paramref name="end"/>; <c>except E as name</c>
    /// unbinds the name however the body ends, as CPython does.
    /// </summary>
    private void CompileExceptBody(ExceptHandler clause, int exception, int previous, int end, HandlerLabel? outer, HandlerLabel inHandlers)
    {
        var boundName = clause.Name is { } id ? new Name(id) { Span = clause.Span } : null;
        var unbindOnError = NewLabel();
        var unbindException = -1;
        if (boundName is not null)
        {
            StoreName(boundName, exception);
            unbindException = AllocTemp();
            _handler = new HandlerLabel(unbindOnError, unbindException);
        }

        _cleanups.Add(new HandlerCleanup(previous, boundName, outer));
        CompileBlock(clause.Body);
        _cleanups.RemoveAt(_cleanups.Count - 1);
        _handler = inHandlers;
        Emit(Opcode.PopExcept, previous);
        if (boundName is null)
        {
            Emit(Opcode.Jump, end);
            return;
        }

        EmitUnbind(boundName);
        Emit(Opcode.Jump, end);
        MarkLabel(unbindOnError);
        EmitUnbind(boundName);
        Emit(Opcode.Reraise, unbindException);
    }

    /// <summary>
    /// Starts handler code at <paramref name="label"/>: the exception handled so far is saved in
    /// <paramref name="previous"/> and <paramref name="exception"/> becomes the handled one. Returns
    /// the cleanup handler that must protect the handler code.
    /// </summary>
    private HandlerLabel BeginHandler(int label, int previous, int exception)
    {
        MarkLabel(label);
        var cleanup = new HandlerLabel(NewLabel(), AllocTemp());
        Emit(Opcode.PushExcInfo, previous, exception);
        return cleanup;
    }

    /// <summary>Where an exception raised inside handler code lands: the handled exception is restored and the new one goes on.</summary>
    private void EmitHandlerCleanup(HandlerLabel cleanup, int previous)
    {
        MarkLabel(cleanup.Label);
        Emit(Opcode.PopExcept, previous);
        Emit(Opcode.Reraise, cleanup.Slot);
    }

    /// <summary><c>name = None; del name</c>, so the exception (and its frames) is not kept alive by the name.</summary>
    private void EmitUnbind(Name name)
    {
        var none = AllocTemp();
        Emit(Opcode.LoadConst, none, Constant(null));
        StoreName(name, none);
        ReleaseTo(none);
        CompileDelete(name);
    }

    /// <summary>
    /// Emits the cleanups of the try statements a jump leaves: every one above <paramref name="downTo"/>,
    /// innermost first. Each runs with the handler and loops outside its statement, as if the code
    /// stood there, so a return or break inside a finally body leaves the right way.
    /// </summary>
    private void EmitCleanups(int downTo)
    {
        var savedCleanups = _cleanups.ToArray();
        var savedLoops = _loops.ToArray();
        var savedHandler = _handler;
        while (_cleanups.Count > downTo)
        {
            var cleanup = _cleanups[^1];
            _cleanups.RemoveAt(_cleanups.Count - 1);
            _handler = cleanup.OuterHandler;
            switch (cleanup)
            {
                case FinallyCleanup finallyCleanup:
                    while (_loops.Count > finallyCleanup.LoopDepth)
                    {
                        _loops.Pop();
                    }

                    CompileBlock(finallyCleanup.Body);
                    break;
                case HandlerCleanup handlerCleanup:
                    Emit(Opcode.PopExcept, handlerCleanup.PreviousSlot);
                    if (handlerCleanup.BoundName is { } name)
                    {
                        EmitUnbind(name);
                    }

                    break;
                case WithCleanup withCleanup:
                    using (At(withCleanup.Statement))
                    {
                        EmitExitWithNones(withCleanup.ExitSlot);
                    }

                    break;
            }
        }

        _cleanups.Clear();
        _cleanups.AddRange(savedCleanups);
        _loops.Clear();
        for (var i = savedLoops.Length - 1; i >= 0; i--)
        {
            _loops.Push(savedLoops[i]);
        }

        _handler = savedHandler;
    }

    private void CompileRaise(Raise statement)
    {
        if (statement.Exception is null)
        {
            Emit(Opcode.RaiseCurrent);
            return;
        }

        var exception = CompileExprToTemp(statement.Exception);
        if (statement.Cause is null)
        {
            Emit(Opcode.Raise, exception);
            return;
        }

        var cause = CompileExprToTemp(statement.Cause);
        Emit(Opcode.RaiseFrom, exception, cause);
    }

    /// <summary><c>assert test, message</c>: raises the builtin AssertionError (with the message, evaluated only on failure).</summary>
    private void CompileAssert(Assert statement)
    {
        WarnAboutAlwaysTrueAssert(statement);
        var passed = NewLabel();
        CompileJumpIf(statement.Test, passed, jumpWhen: true);

        // CPython's traceback underlines the test of a failed assert.
        using var _ = At(statement.Test);
        var callBase = AllocTemp();
        Emit(Opcode.LoadAssertionError, callBase);
        if (statement.Message is not null)
        {
            CompileExpr(statement.Message, AllocTemp());
            Emit(Opcode.Call, callBase, callBase, 2);
        }

        Emit(Opcode.Raise, callBase);
        MarkLabel(passed);
    }
}
