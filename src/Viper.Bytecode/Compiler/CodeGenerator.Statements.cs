using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Frontend.Scopes;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Bytecode.Compiler;

internal sealed partial class CodeGenerator
{
    private void CompileBlock(IReadOnlyList<Stmt> body)
    {
        foreach (var statement in body)
        {
            CompileStatement(statement);
        }
    }

    private void CompileStatement(Stmt statement)
    {
        // A read no instruction of its statement consumed (a register handed on as is) says nothing about later ones.
        _pendingReads.Clear();
        using var _ = At(statement);
        var mark = TempMark;
        switch (statement)
        {
            case ExprStmt s:
                CompileExpressionStatement(s);
                break;
            case Assign s:
                CompileAssign(s);
                break;
            case AugAssign s:
                CompileAugAssign(s);
                break;
            case AnnAssign s:
                CompileAnnotatedAssignment(s);
                break;
            case Pass:
            case Global:
            case Nonlocal:
                break;
            case If s:
                CompileIf(s);
                break;
            case While s:
                CompileWhile(s);
                break;
            case For s:
                CompileFor(s);
                break;
            case Break s:
                if (_loops.Count == 0)
                {
                    throw Error(s, "'break' outside loop");
                }

                EmitCleanups(_loops.Peek().CleanupDepth);
                Emit(Opcode.Jump, _loops.Peek().Break);
                break;
            case Continue s:
                if (_loops.Count == 0)
                {
                    throw Error(s, "'continue' not properly in loop");
                }

                EmitCleanups(_loops.Peek().CleanupDepth);
                Emit(Opcode.Jump, _loops.Peek().Continue);
                break;
            case Return s:
                CompileReturn(s);
                break;
            case FunctionDef s:
                CompileFunctionDef(s);
                break;
            case Delete s:
                foreach (var target in s.Targets)
                {
                    CompileDelete(target);
                }

                break;
            case Import s:
                CompileImport(s);
                break;
            case ImportFrom s:
                CompileImportFrom(s);
                break;
            case ClassDef s:
                CompileClassDef(s);
                break;
            case Try s:
                CompileTry(s);
                break;
            case Raise s:
                CompileRaise(s);
                break;
            case With s:
                CompileWith(s);
                break;
            case Assert s:
                CompileAssert(s);
                break;
            case Match s:
                CompileMatch(s);
                break;
            default:
                throw NotSupported(statement, statement.GetType().Name);
        }

        ReleaseTo(mark);
    }

    private void CompileExpressionStatement(ExprStmt statement)
    {
        // A local is a register, which reading costs no instruction; a statement that only names
        // it still raises UnboundLocalError when it is unbound, so it is copied (MOVE checks).
        if (statement.Value is Name name && LocalSlot(name.Id) is var slot and >= 0 && !_options.Interactive)
        {
            Emit(Opcode.Move, AllocTemp(), slot);
            return;
        }

        var value = CompileExpr(statement.Value);
        if (_options.Interactive && _scope.Kind == ScopeKind.Module)
        {
            Emit(Opcode.PrintExpr, value);
        }
    }

    private void CompileAssign(Assign statement)
    {
        if (statement.Targets.Count == 1 && statement.Targets[0] is Name name && LocalSlot(name.Id) is var slot and >= 0
            && CanTargetDirectly(statement.Value))
        {
            CompileExpr(statement.Value, slot);
            return;
        }

        if (statement.Targets.Count == 1 && statement.Targets[0] is TupleExpr or ListExpr && statement.Value is TupleExpr or ListExpr)
        {
            var targets = ElementsOf(statement.Targets[0]);
            var values = ElementsOf(statement.Value);
            if (targets.Count == values.Count && !targets.Concat(values).Any(e => e is Starred))
            {
                CompileParallelAssign(targets, values);
                return;
            }
        }

        var valueSlot = CompileExpr(statement.Value);
        if (statement.Targets.Count > 1 && !IsTemp(valueSlot))
        {
            var copy = AllocTemp();
            Emit(Opcode.Move, copy, valueSlot);
            valueSlot = copy;
        }

        foreach (var target in statement.Targets)
        {
            StoreTo(target, valueSlot);
        }
    }

    /// <summary><c>a, b = b, a</c>: every value is computed into a temporary before any target is stored.</summary>
    private void CompileParallelAssign(IReadOnlyList<Expr> targets, IReadOnlyList<Expr> values)
    {
        var temps = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            temps[i] = AllocTemp();
            CompileExpr(values[i], temps[i]);
        }

        for (var i = 0; i < targets.Count; i++)
        {
            StoreTo(targets[i], temps[i]);
        }
    }

    private static IReadOnlyList<Expr> ElementsOf(Expr expr) => expr switch
    {
        TupleExpr t => t.Elements,
        ListExpr l => l.Elements,
        _ => [],
    };

    private void CompileAugAssign(AugAssign statement)
    {
        var opcode = InplaceOpcode(statement.Op);
        var kind = statement.Op;
        switch (statement.Target)
        {
            case Name name when LocalSlot(name.Id) is var slot and >= 0 && !ContainsNamedExpr(statement.Value):
                {
                    // The target is read first, as CPython loads it: an unbound one is reported at its name.
                    _pendingReads.Add(new LocalRead(slot, name.Span));
                    var right = CompileExpr(statement.Value);
                    EmitBinary(opcode, kind, slot, slot, right);
                    break;
                }

            case Name name when LocalSlot(name.Id) is var slot and >= 0:
                {
                    // A value that rebinds the target (`x += (x := 5)`) must meet the value the
                    // target had before it, which a copy taken first keeps.
                    var current = AllocTemp();
                    using (At(name))
                    {
                        Emit(Opcode.Move, current, slot);
                    }

                    var right = CompileExpr(statement.Value);
                    EmitBinary(opcode, kind, current, current, right);
                    Emit(Opcode.Move, slot, current);
                    break;
                }

            case Name name:
                {
                    var current = AllocTemp();
                    LoadName(name, current);
                    var right = CompileExpr(statement.Value);
                    EmitBinary(opcode, kind, current, current, right);
                    StoreName(name, current);
                    break;
                }

            case Subscript subscript:
                {
                    var container = CompileExprToTemp(subscript.Value);
                    var key = CompileExprToTemp(subscript.Index);
                    var current = AllocTemp();
                    using (At(subscript))
                    {
                        Emit(Opcode.GetItem, current, container, key);
                    }

                    var right = CompileExpr(statement.Value);
                    EmitBinary(opcode, kind, current, current, right);
                    using (At(subscript))
                    {
                        Emit(Opcode.SetItem, container, key, current);
                    }

                    break;
                }

            case Attribute attribute:
                {
                    var owner = CompileExprToTemp(attribute.Value);
                    var current = AllocTemp();
                    var name = NameIndex(attribute.Attr);
                    using (At(attribute))
                    {
                        Emit(Opcode.LoadAttr, current, owner, name, NewCache());
                    }

                    var right = CompileExpr(statement.Value);
                    EmitBinary(opcode, kind, current, current, right);
                    using (At(attribute))
                    {
                        Emit(Opcode.StoreAttr, owner, name, current, NewCache());
                    }

                    break;
                }

            default:
                throw Error(statement.Target, "'" + DescribeTarget(statement.Target) + "' is an illegal expression for augmented assignment");
        }
    }

    private static string DescribeTarget(Expr target) => target switch
    {
        TupleExpr => "tuple",
        ListExpr => "list",
        Call => "function call",
        _ => "expression",
    };

    private void EmitBinary(Opcode opcode, BinaryOperator kind, int dst, int left, int right)
    {
        if (opcode is Opcode.BinaryOp or Opcode.InplaceOp)
        {
            Emit(opcode, dst, left, right, (int)kind);
        }
        else
        {
            Emit(opcode, dst, left, right);
        }
    }

    private static Opcode InplaceOpcode(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => Opcode.InplaceAdd,
        BinaryOperator.Sub => Opcode.InplaceSub,
        _ => Opcode.InplaceOp,
    };

    private void CompileIf(If statement)
    {
        var orElse = NewLabel();
        var end = NewLabel();
        CompileJumpIf(statement.Test, orElse, jumpWhen: false);
        CompileBlock(statement.Body);
        if (statement.OrElse.Count > 0)
        {
            Emit(Opcode.Jump, end);
            MarkLabel(orElse);
            CompileBlock(statement.OrElse);
        }
        else
        {
            MarkLabel(orElse);
        }

        MarkLabel(end);
    }

    /// <summary>
    /// The test sits after the body, so each iteration runs one conditional jump:
    /// <c>JUMP test; body: ...; test: if cond goto body; else-block; break:</c>.
    /// </summary>
    private void CompileWhile(While statement)
    {
        var body = NewLabel();
        var test = NewLabel();
        var breakLabel = NewLabel();
        Emit(Opcode.Jump, test);
        MarkLabel(body);
        _loops.Push(new LoopLabels(breakLabel, test, _cleanups.Count));
        CompileBlock(statement.Body);
        _loops.Pop();
        MarkLabel(test);
        CompileJumpIf(statement.Test, body, jumpWhen: true);

        CompileBlock(statement.OrElse);
        MarkLabel(breakLabel);
    }

    private void CompileFor(For statement)
    {
        if (statement.IsAsync)
        {
            throw NotSupported(statement, "'async for'");
        }

        var iterator = AllocTemp();
        var source = CompileExpr(statement.Iter);

        // CPython places GET_ITER at the whole 'for' statement, so its traceback line has no carets.
        using (At(statement))
        {
            Emit(Opcode.GetIter, iterator, source);
        }

        ReleaseTo(iterator + 1);

        // The loop tests at the top once, then at the bottom: FOR_ITER_BACK fetches the next item
        // and jumps back to the body in one dispatch, where a JUMP to the top would take two.
        var body = NewLabel();
        var next = NewLabel();
        var exhausted = NewLabel();
        var breakLabel = NewLabel();
        var directSlot = statement.Target is Name name ? LocalSlot(name.Id) : -1;
        var item = directSlot >= 0 ? directSlot : AllocTemp();
        // CPython places FOR_ITER at the whole statement too: an error from the iterator has no carets.
        using (At(statement))
        {
            Emit(Opcode.ForIter, iterator, item, exhausted);
            MarkLabel(body);
            if (directSlot < 0)
            {
                StoreTo(statement.Target, item);
                ReleaseTo(item);
            }
        }

        _loops.Push(new LoopLabels(breakLabel, next, _cleanups.Count));
        CompileBlock(statement.Body);
        _loops.Pop();
        MarkLabel(next);
        using (At(statement))
        {
            // The item's temporary was released for the body; nothing in it is live here.
            Emit(Opcode.ForIterBack, iterator, item, body);
        }

        MarkLabel(exhausted);
        CompileBlock(statement.OrElse);
        MarkLabel(breakLabel);
    }

    private void CompileReturn(Return statement)
    {
        if (!IsFunction || _scope.Kind == ScopeKind.Comprehension)
        {
            throw Error(statement, "'return' outside function");
        }

        if (_cleanups.Count > 0)
        {
            // The value is computed first and kept in its own temporary: finally bodies run after it.
            var value = AllocTemp();
            if (statement.Value is null)
            {
                Emit(Opcode.LoadConst, value, Constant(null));
            }
            else
            {
                CompileExpr(statement.Value, value);
            }

            EmitCleanups(0);
            Emit(Opcode.Return, value);
            return;
        }

        if (statement.Value is null)
        {
            Emit(Opcode.ReturnConst, Constant(null));
            return;
        }

        Emit(Opcode.Return, CompileExpr(statement.Value));
    }

    private void CompileFunctionDef(FunctionDef statement)
    {
        if (statement.IsAsync)
        {
            throw NotSupported(statement, "'async def'");
        }

        // An array, not a List<int>: ReadyToRun has no List<int> code to share with the framework.
        var decorators = new int[statement.Decorators.Count];
        for (var i = 0; i < decorators.Length; i++)
        {
            decorators[i] = CompileExprToTemp(statement.Decorators[i]);
        }

        var function = AllocTemp();
        CompileFunction(statement, statement.Name, statement.Args, function, generator =>
        {
            generator.CompileBlock(statement.Body);
            generator.EmitImplicitReturn(statement.Body);
        });
        for (var i = decorators.Length - 1; i >= 0; i--)
        {
            ApplyDecorator(decorators[i], function);
        }

        StoreName(new Name(statement.BoundName) { Span = statement.Span }, function);
    }

    private void ApplyDecorator(int decorator, int function)
    {
        var callBase = AllocTemp();
        Emit(Opcode.Move, callBase, decorator);
        Emit(Opcode.Move, AllocTemp(), function);
        Emit(Opcode.Call, function, callBase, 2);
        ReleaseTo(callBase);
    }

    /// <summary>Compiles a def or lambda body into a nested code object and emits the MAKE_FUNCTION that builds it.</summary>
    private void CompileFunction(Node node, string name, Arguments args, int dst, Action<CodeGenerator> body)
    {
        var scope = _scopes[node];
        var generator = new CodeGenerator(_scopes, scope, _fileName, name, NestedQualifiedName(name), node.Span.Line, _options);
        if (node is FunctionDef { Body: [ExprStmt { Value: StrLiteral docString }, ..] })
        {
            generator._docString = docString.Value;
        }

        using (generator.At(node))
        {
            generator.EmitGeneratorStart();
            generator.EmitClosurePrologue();
        }

        body(generator);
        var code = generator.Finish(args.PosOnlyArgs.Count + args.Args.Count, args.PosOnlyArgs.Count, args.KwOnlyArgs.Count, ParameterFlags(args));

        // The keyword-only defaults' dict and the annotations dict take slots below the defaults, which
        // MAKE_FUNCTION (and MAKE_CLOSURE, with the cells after them) reads as one range; CPython
        // evaluates them second and third.
        var hasKeywordDefaults = args.KwDefaults.Any(d => d is not null);
        var returns = (node as FunctionDef)?.Returns;
        var hasAnnotations = HasAnnotations(args, returns);
        var mark = TempMark;
        var keywordDefaults = hasKeywordDefaults ? AllocTemp() : -1;
        var annotations = hasAnnotations ? AllocTemp() : -1;
        var defaultsBase = TempMark;
        foreach (var defaultValue in args.Defaults)
        {
            CompileExpr(defaultValue, AllocTemp());
        }

        using (At(node))
        {
            if (hasKeywordDefaults)
            {
                CompileKeywordDefaults(args, keywordDefaults);
            }

            if (hasAnnotations)
            {
                CompileFunctionAnnotations(args, returns, annotations);
            }

            EmitMakeFunction(node, dst, code, defaultsBase, args.Defaults.Count);
            if (hasKeywordDefaults)
            {
                Emit(Opcode.SetKwDefaults, dst, keywordDefaults);
            }

            if (hasAnnotations)
            {
                Emit(Opcode.StoreAttr, dst, NameIndex(AnnotationsName), annotations, NewCache());
            }
        }

        ReleaseTo(mark);
    }

    private void CompileDelete(Expr target)
    {
        using var _ = At(target);
        switch (target)
        {
            case Name name:
                switch (Binding(name.Id))
                {
                    case SymbolBinding.Local:
                        Emit(Opcode.DeleteFast, LocalSlot(name.Id));
                        break;
                    case SymbolBinding.Cell or SymbolBinding.Free:
                        Emit(Opcode.DeleteDeref, CellSlot(name));
                        break;
                    case SymbolBinding.Name when UsesNamespace:
                        Emit(Opcode.DeleteName, NameIndex(name.Id));
                        break;
                    default:
                        Emit(Opcode.DeleteGlobal, NameIndex(name.Id));
                        break;
                }

                break;
            case Subscript subscript:
                {
                    var container = CompileExprToTemp(subscript.Value);
                    var key = CompileExprToTemp(subscript.Index);
                    Emit(Opcode.DeleteItem, container, key);
                    break;
                }

            case Attribute attribute:
                Emit(Opcode.DeleteAttr, CompileExprToTemp(attribute.Value), NameIndex(attribute.Attr));
                break;
            case TupleExpr or ListExpr:
                foreach (var element in ElementsOf(target))
                {
                    CompileDelete(element);
                }

                break;
            default:
                throw Error(target, "cannot delete " + DescribeTarget(target));
        }
    }

    private void CompileImport(Import statement)
    {
        foreach (var alias in statement.Names)
        {
            // 'import a.b' binds the top-level package a; 'import a.b as m' binds a.b itself.
            var module = AllocTemp();
            Emit(Opcode.ImportName, module, NameIndex(alias.Name), ImportForm.Pack(0, wantsLeaf: alias.AsName is not null));
            StoreName(new Name(alias.AsName ?? alias.Name.Split('.')[0]) { Span = statement.Span }, module);
            ReleaseTo(module);
        }
    }

    private void CompileImportFrom(ImportFrom statement)
    {
        if (statement.Module == FutureFeatures.ModuleName && statement.Span.Line > _scopes.Future.LastLine)
        {
            throw Error(statement, "from __future__ imports must occur at the beginning of the file");
        }

        var module = AllocTemp();
        Emit(Opcode.ImportName, module, NameIndex(statement.Module ?? ""), ImportForm.Pack(statement.Level, wantsLeaf: true));
        foreach (var alias in statement.Names)
        {
            if (alias.Name == "*")
            {
                Emit(Opcode.ImportStar, module);
                continue;
            }

            var value = AllocTemp();
            Emit(Opcode.ImportFrom, value, module, NameIndex(alias.Name));
            StoreName(new Name(alias.AsName ?? alias.Name) { Span = statement.Span }, value);
            ReleaseTo(value);
        }

        ReleaseTo(module);
    }
}
