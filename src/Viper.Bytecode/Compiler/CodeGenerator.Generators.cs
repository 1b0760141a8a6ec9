using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Frontend.Scopes;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// <c>yield</c> and <c>yield from</c>. A function containing either is flagged a generator (see
/// <see cref="Finish"/>); calling it makes a generator object holding the suspended frame, and
/// these instructions are where that frame suspends and resumes.
/// </summary>
internal sealed partial class CodeGenerator
{
    /// <summary>
    /// A generator's first instruction is on the def line, as CPython's RETURN_GENERATOR is: an
    /// exception thrown into a generator that has not started is raised there.
    /// </summary>
    private void EmitGeneratorStart()
    {
        if (_scope.IsGenerator)
        {
            Emit(Opcode.Nop);
        }
    }

    private void CompileYield(Yield e, int dst)
    {
        CheckYieldAllowed(e);
        var mark = TempMark;
        int value;
        if (e.Value is null)
        {
            value = AllocTemp();
            Emit(Opcode.LoadConst, value, Constant(null));
        }
        else
        {
            value = CompileExpr(e.Value);
        }

        Emit(Opcode.YieldValue, dst, value);
        ReleaseTo(mark);
    }

    /// <summary>The delegation loop lives in YIELD_FROM, which the frame re-executes on every resumption until the iterator stops.</summary>
    private void CompileYieldFrom(YieldFrom e, int dst)
    {
        CheckYieldAllowed(e);
        var mark = TempMark;
        var iterator = AllocTemp();
        var sent = AllocTemp();
        var source = CompileExpr(e.Value);
        Emit(Opcode.GetIter, iterator, source);
        Emit(Opcode.LoadConst, sent, Constant(null));
        Emit(Opcode.YieldFrom, dst, iterator, sent);
        ReleaseTo(mark);
    }

    private void CheckYieldAllowed(Expr e)
    {
        var where = _scope.Kind switch
        {
            ScopeKind.Module or ScopeKind.Class => "outside function",
            ScopeKind.Comprehension => _scope.Name switch
            {
                "<listcomp>" => "inside list comprehension",
                "<setcomp>" => "inside set comprehension",
                "<dictcomp>" => "inside dict comprehension",
                _ => "inside generator expression",
            },
            _ => null,
        };
        if (where is not null)
        {
            throw Error(e, $"'yield' {where}");
        }
    }
}
