using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// List, set and dict comprehensions compile as CPython 3.11's do: the body becomes a nested
/// function (<c>&lt;listcomp&gt;</c>, ...) with one parameter, the iterator of the first iterable,
/// which the enclosing scope evaluates and passes in a call made on the spot. So the loop
/// variables stay inside, and a comprehension in a class body does not see the class's names.
/// A generator expression is the same nested function as a generator: the call makes the
/// generator, and each element is yielded.
/// </summary>
internal sealed partial class CodeGenerator
{
    private void CompileComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, int dst)
    {
        if (generators.FirstOrDefault(g => g.IsAsync) is { } asynchronous)
        {
            throw NotSupported(asynchronous, "an asynchronous comprehension");
        }

        var generator = new CodeGenerator(_scopes, _scopes[node], _fileName, name, NestedQualifiedName(name), node.Span.Line, _options);
        using (generator.At(node))
        {
            generator.EmitGeneratorStart();
            generator.EmitClosurePrologue();
            generator.CompileComprehensionBody(node, generators);
        }

        var code = generator.Finish(argCount: 1, positionalOnly: 0, keywordOnly: 0, CodeFlags.None);
        var callBase = AllocTemp();
        using (At(node))
        {
            EmitMakeFunction(node, callBase, code, TempMark, 0);
        }

        var iterator = AllocTemp();
        var source = CompileExpr(generators[0].Iter);
        // CPython attributes the GET_ITER, FOR_ITER and the addition to the whole comprehension.
        using (At(node))
        {
            Emit(Opcode.GetIter, iterator, source);
            ReleaseTo(iterator + 1);
            Emit(Opcode.Call, dst, callBase, 2);
        }

        ReleaseTo(callBase);
    }

    private void CompileComprehensionBody(Expr node, IReadOnlyList<Comprehension> generators)
    {
        if (node is GeneratorExp)
        {
            CompileComprehensionLoop(node, generators, 0, -1);
            Emit(Opcode.ReturnConst, Constant(null));
            return;
        }

        var result = AllocTemp();
        var build = node switch
        {
            ListComp => Opcode.BuildList,
            SetComp => Opcode.BuildSet,
            _ => Opcode.BuildDict,
        };
        Emit(build, result, TempMark, 0);
        CompileComprehensionLoop(node, generators, 0, result);
        Emit(Opcode.Return, result);
    }

    /// <summary>The loop of generator <paramref name="level"/>, whose body is the next loop or, innermost, the element's addition.</summary>
    private void CompileComprehensionLoop(Expr node, IReadOnlyList<Comprehension> generators, int level, int result)
    {
        var mark = TempMark;
        var clause = generators[level];
        int iterator;
        if (level == 0)
        {
            iterator = _scope.SlotOf(".0");
        }
        else
        {
            iterator = AllocTemp();
            var source = CompileExpr(clause.Iter);
            using (At(node))
            {
                Emit(Opcode.GetIter, iterator, source);
            }

            ReleaseTo(iterator + 1);
        }

        var body = NewLabel();
        var next = NewLabel();
        var exhausted = NewLabel();
        var item = AllocTemp();
        using (At(node))
        {
            Emit(Opcode.ForIter, iterator, item, exhausted);
            MarkLabel(body);
        }

        StoreTo(clause.Target, item);
        foreach (var condition in clause.Ifs)
        {
            CompileJumpIf(condition, next, jumpWhen: false);
        }

        if (level + 1 < generators.Count)
        {
            CompileComprehensionLoop(node, generators, level + 1, result);
        }
        else
        {
            CompileComprehensionElement(node, result);
        }

        MarkLabel(next);
        using (At(node))
        {
            Emit(Opcode.ForIterBack, iterator, item, body);
        }

        MarkLabel(exhausted);
        ReleaseTo(mark);
    }

    private void EmitAt(Node node, Opcode opcode, params int[] operands)
    {
        using var _ = At(node);
        Emit(opcode, operands);
    }

    private void CompileComprehensionElement(Expr node, int result)
    {
        var mark = TempMark;
        switch (node)
        {
            case ListComp e:
                EmitAt(node, Opcode.ListAppend, result, CompileExpr(e.Element));
                break;
            case SetComp e:
                EmitAt(node, Opcode.SetAdd, result, CompileExpr(e.Element));
                break;
            case DictComp e:
                var key = CompileExprToTemp(e.Key);
                EmitAt(node, Opcode.SetItem, result, key, CompileExprToTemp(e.Value));
                break;
            case GeneratorExp e:
                var element = CompileExpr(e.Element);
                EmitAt(node, Opcode.YieldValue, AllocTemp(), element);
                break;
        }

        ReleaseTo(mark);
    }
}
