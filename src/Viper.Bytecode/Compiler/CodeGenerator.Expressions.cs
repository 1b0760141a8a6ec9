using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Frontend.Scopes;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Bytecode.Compiler;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// Compiles <paramref name="expr"/> and returns the slot that holds its value: the local's own
    /// slot for a plain local name (no copy), otherwise <paramref name="into"/> when given, else a
    /// fresh temporary.
    /// </summary>
    private int CompileExpr(Expr expr, int into = -1)
    {
        using var _ = At(expr);
        if (expr is Name name && LocalSlot(name.Id) is var slot and >= 0)
        {
            _pendingReads.Add(new LocalRead(slot, name.Span));
            if (into >= 0 && into != slot)
            {
                Emit(Opcode.Move, into, slot);
                return into;
            }

            return slot;
        }

        var dst = into >= 0 ? into : AllocTemp();
        var mark = TempMark;
        CompileExprInto(expr, dst);
        ReleaseTo(mark);
        return dst;
    }

    /// <summary>Compiles into a temporary even for a local name, for values that must not change under later stores.</summary>
    private int CompileExprToTemp(Expr expr) => CompileExpr(expr, AllocTemp());

    /// <summary>
    /// Whether an assignment may compute straight into the target's slot. Not for expressions that
    /// write their result before they finish reading operands (<c>x = a or x</c> would clobber x).
    /// </summary>
    private static bool CanTargetDirectly(Expr value) =>
        value is not (BoolOp or IfExp or Compare { Ops.Length: > 1 } or NamedExpr) && !ContainsNamedExpr(value);

    private static bool ContainsNamedExpr(Expr expr) => expr switch
    {
        NamedExpr => true,
        BinOp b => ContainsNamedExpr(b.Left) || ContainsNamedExpr(b.Right),
        UnaryOp u => ContainsNamedExpr(u.Operand),
        BoolOp b => b.Values.Any(ContainsNamedExpr),
        Compare c => ContainsNamedExpr(c.Left) || c.Comparators.Any(ContainsNamedExpr),
        Call c => ContainsNamedExpr(c.Func) || c.Args.Any(ContainsNamedExpr) || c.Keywords.Any(k => ContainsNamedExpr(k.Value)),
        Attribute a => ContainsNamedExpr(a.Value),
        Subscript s => ContainsNamedExpr(s.Value) || ContainsNamedExpr(s.Index),
        IfExp i => ContainsNamedExpr(i.Test) || ContainsNamedExpr(i.Body) || ContainsNamedExpr(i.OrElse),
        ListExpr l => l.Elements.Any(ContainsNamedExpr),
        TupleExpr t => t.Elements.Any(ContainsNamedExpr),
        DictExpr d => d.Keys.Any(k => k is not null && ContainsNamedExpr(k)) || d.Values.Any(ContainsNamedExpr),
        Starred s => ContainsNamedExpr(s.Value),
        _ => false,
    };

    /// <summary>An operand that stays valid while later operands are evaluated: a local is copied if a later operand may rebind it.</summary>
    /// <summary><c>a, *rest, z = src</c>: every target gets a temporary, the starred one a list.</summary>
    private void CompileStarredUnpack(IReadOnlyList<Expr> elements, int star, int src)
    {
        var first = TempMark;
        for (var i = 0; i < elements.Count; i++)
        {
            AllocTemp();
        }

        Emit(Opcode.UnpackStarred, src, first, elements.Count, star);
        for (var i = 0; i < elements.Count; i++)
        {
            StoreTo(elements[i] is Starred starred ? starred.Value : elements[i], first + i);
        }
    }

    private int CompileOperand(Expr expr, bool laterMayRebind) =>
        laterMayRebind && expr is Name ? CompileExprToTemp(expr) : CompileExpr(expr);

    private void CompileExprInto(Expr expr, int dst)
    {
        switch (expr)
        {
            case var e when TryConstant(e, out var constant):
                // Tuples of literals included: CPython folds them into one constant, so each
                // evaluation gives the same object; done here, it holds with the peephole pass off too.
                Emit(Opcode.LoadConst, dst, Constant(constant));
                break;
            case Name e:
                LoadName(e, dst);
                break;
            case BinOp e:
                {
                    var left = CompileOperand(e.Left, ContainsNamedExpr(e.Right));
                    var right = CompileExpr(e.Right);
                    EmitBinary(BinaryOpcode(e.Op), e.Op, dst, left, right);
                    break;
                }

            case UnaryOp e:
                CompileUnary(e, dst);
                break;
            case BoolOp e:
                CompileBoolOp(e, dst);
                break;
            case Compare e:
                CompileCompare(e, dst);
                break;
            case IfExp e:
                {
                    var orElse = NewLabel();
                    var end = NewLabel();
                    CompileJumpIf(e.Test, orElse, jumpWhen: false);
                    CompileExpr(e.Body, dst);
                    Emit(Opcode.Jump, end);
                    MarkLabel(orElse);
                    CompileExpr(e.OrElse, dst);
                    MarkLabel(end);
                    break;
                }

            case Call e:
                CompileCall(e, dst);
                break;
            case Attribute e:
                {
                    var owner = CompileExpr(e.Value);
                    Emit(Opcode.LoadAttr, dst, owner, NameIndex(e.Attr), NewCache());
                    break;
                }

            case Subscript e:
                {
                    var container = CompileOperand(e.Value, ContainsNamedExpr(e.Index));
                    var key = CompileExpr(e.Index);
                    Emit(Opcode.GetItem, dst, container, key);
                    break;
                }

            case ListExpr e:
                CompileSequenceBuild(e, Opcode.BuildList, e.Elements, dst);
                break;
            case TupleExpr e:
                CompileSequenceBuild(e, Opcode.BuildTuple, e.Elements, dst);
                break;
            case DictExpr e:
                CompileDict(e, dst);
                break;
            case NamedExpr e:
                CompileExpr(e.Value, dst);
                StoreName(e.Target, dst);
                break;
            case SetExpr { Elements.Count: > 2 } e when ConstantTupleOf(e.Elements) is { } items:
                // CPython folds such a display into a frozenset constant that the new set copies,
                // which decides the order the set iterates in.
                Emit(Opcode.SetFromConstants, dst, Constant(items));
                break;
            case SetExpr e:
                CompileSequenceBuild(e, Opcode.BuildSet, e.Elements, dst);
                break;
            case Slice e:
                CompileSlice(e, dst);
                break;
            case JoinedStr e:
                CompileJoinedStr(e, dst);
                break;
            case FormattedValue e:
                CompileFormattedValue(e, dst);
                break;
            case ListComp e:
                CompileComprehension(e, "<listcomp>", e.Generators, dst);
                break;
            case SetComp e:
                CompileComprehension(e, "<setcomp>", e.Generators, dst);
                break;
            case DictComp e:
                CompileComprehension(e, "<dictcomp>", e.Generators, dst);
                break;
            case GeneratorExp e:
                CompileComprehension(e, "<genexpr>", e.Generators, dst);
                break;
            case Yield e:
                CompileYield(e, dst);
                break;
            case YieldFrom e:
                CompileYieldFrom(e, dst);
                break;
            case Lambda e:
                CompileFunction(e, "<lambda>", e.Args, dst, generator =>
                {
                    using var span = generator.At(e.Body);
                    generator.Emit(Opcode.Return, generator.CompileExpr(e.Body));
                });
                break;
            default:
                throw NotSupported(expr, DescribeUnsupported(expr));
        }
    }

    private static string DescribeUnsupported(Expr expr) => expr switch
    {
        Await => "'await'",
        Starred => "a starred expression",
        ImaginaryLiteral => "a complex number",
        _ => expr.GetType().Name,
    };

    private static Opcode BinaryOpcode(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => Opcode.Add,
        BinaryOperator.Sub => Opcode.Sub,
        BinaryOperator.Mult => Opcode.Mul,
        BinaryOperator.Div => Opcode.TrueDiv,
        BinaryOperator.FloorDiv => Opcode.FloorDiv,
        BinaryOperator.Mod => Opcode.Mod,
        _ => Opcode.BinaryOp,
    };

    private void CompileUnary(UnaryOp e, int dst)
    {
        var operand = CompileExpr(e.Operand);
        var opcode = e.Op switch
        {
            UnaryOperator.USub => Opcode.Neg,
            UnaryOperator.UAdd => Opcode.Pos,
            UnaryOperator.Invert => Opcode.Invert,
            _ => Opcode.Not,
        };
        Emit(opcode, dst, operand);
    }

    /// <summary><c>a or b</c> leaves in dst the first truthy operand, or the last one.</summary>
    private void CompileBoolOp(BoolOp e, int dst)
    {
        var end = NewLabel();
        for (var i = 0; i < e.Values.Count; i++)
        {
            CompileExpr(e.Values[i], dst);
            if (i < e.Values.Count - 1)
            {
                Emit(e.Op == BoolOperator.Or ? Opcode.JumpIfTrue : Opcode.JumpIfFalse, dst, end);
            }
        }

        MarkLabel(end);
    }

    /// <summary>A chain <c>a &lt; b &lt; c</c> evaluates each middle operand once and stops at the first false link.</summary>
    private void CompileCompare(Compare e, int dst)
    {
        WarnAboutIdentityWithLiteral(e);
        var rebinds = e.Comparators.Any(ContainsNamedExpr);
        var left = CompileOperand(e.Left, rebinds);
        var end = NewLabel();
        for (var i = 0; i < e.Ops.Length; i++)
        {
            var right = i < e.Ops.Length - 1 ? CompileExprToTemp(e.Comparators[i]) : CompileExpr(e.Comparators[i]);
            Emit(Opcode.Compare, dst, left, right, CompareCondition.Encode(e.Ops[i], negated: false));
            if (i < e.Ops.Length - 1)
            {
                Emit(Opcode.JumpIfFalse, dst, end);
            }

            left = right;
        }

        MarkLabel(end);
    }

    /// <summary>Jumps to <paramref name="target"/> when the truth of <paramref name="test"/> equals <paramref name="jumpWhen"/>; falls through otherwise.</summary>
    /// <summary>
    /// Jumps on a condition. The jumps themselves carry the span of the construct that branches (the
    /// <c>if</c> or <c>while</c> statement, the conditional expression), as CPython's do, so an error
    /// testing the truth of a value (a <c>__bool__</c> returning an int) is reported there.
    /// </summary>
    private void CompileJumpIf(Expr test, int target, bool jumpWhen)
    {
        var mark = TempMark;
        switch (test)
        {
            case UnaryOp { Op: UnaryOperator.Not } not:
                CompileJumpIf(not.Operand, target, !jumpWhen);
                break;
            case BoolOp boolOp:
                {
                    // 'and' jumping when false (or 'or' jumping when true) shares the target; otherwise
                    // each operand but the last skips past the whole test.
                    var sharesTarget = (boolOp.Op == BoolOperator.And) != jumpWhen;
                    var skip = NewLabel();
                    for (var i = 0; i < boolOp.Values.Count - 1; i++)
                    {
                        CompileJumpIf(boolOp.Values[i], sharesTarget ? target : skip, sharesTarget ? jumpWhen : !jumpWhen);
                    }

                    CompileJumpIf(boolOp.Values[^1], target, jumpWhen);
                    MarkLabel(skip);
                    break;
                }

            default:
                {
                    int value;
                    using (At(test))
                    {
                        value = CompileExpr(test);
                    }

                    Emit(jumpWhen ? Opcode.JumpIfTrue : Opcode.JumpIfFalse, value, target);
                    break;
                }
        }

        ReleaseTo(mark);
    }

    private void CompileCall(Call e, int dst)
    {
        if (e.Args.Any(a => a is Starred) || e.Keywords.Any(k => k.Arg is null))
        {
            CompileUnpackingCall(e, dst);
            return;
        }

        var callBase = AllocTemp();
        var isMethod = e.Func is Attribute && e.Keywords.Count == 0;
        if (isMethod)
        {
            CompileExpr(((Attribute)e.Func).Value, callBase);
        }
        else
        {
            CompileExpr(e.Func, callBase);
        }

        foreach (var arg in e.Args)
        {
            CompileExpr(arg, AllocTemp());
        }

        foreach (var keyword in e.Keywords)
        {
            CompileExpr(keyword.Value, AllocTemp());
        }

        var count = 1 + e.Args.Count + e.Keywords.Count;
        using var _ = At(e);
        if (isMethod)
        {
            Emit(Opcode.CallMethod, dst, callBase, count, NameIndex(((Attribute)e.Func).Attr), NewCache());
            _instructions[^1].FirstPartSpan = e.Func.Span;
        }
        else if (e.Keywords.Count > 0)
        {
            var names = new ConstantTuple([.. e.Keywords.Select(k => (object?)k.Arg)]);
            Emit(Opcode.CallKw, dst, callBase, count, Constant(names));
        }
        else
        {
            Emit(Opcode.Call, dst, callBase, count);
        }
    }

    private void CompileSlice(Slice e, int dst)
    {
        var laterMayRebind = (e.Upper is not null && ContainsNamedExpr(e.Upper)) || (e.Step is not null && ContainsNamedExpr(e.Step));
        var start = SliceBound(e.Lower, laterMayRebind);
        var stop = SliceBound(e.Upper, e.Step is not null && ContainsNamedExpr(e.Step));
        var step = SliceBound(e.Step, false);
        Emit(Opcode.BuildSlice, dst, start, stop, step);
    }

    /// <summary>A slice bound's slot; an omitted bound is None.</summary>
    private int SliceBound(Expr? bound, bool laterMayRebind)
    {
        if (bound is not null)
        {
            return CompileOperand(bound, laterMayRebind);
        }

        var slot = AllocTemp();
        Emit(Opcode.LoadConst, slot, Constant(null));
        return slot;
    }

    /// <summary>An f-string: each part into consecutive temporaries, then one BUILD_STRING.</summary>
    private void CompileJoinedStr(JoinedStr e, int dst)
    {
        if (e.Parts is [FormattedValue only])
        {
            CompileFormattedValue(only, dst);
            return;
        }

        if (e.Parts.Count == 0)
        {
            Emit(Opcode.LoadConst, dst, Constant(""));
            return;
        }

        var first = TempMark;
        foreach (var part in e.Parts)
        {
            CompileExpr(part, AllocTemp());
        }

        Emit(Opcode.BuildString, dst, first, e.Parts.Count);
    }

    private void CompileFormattedValue(FormattedValue e, int dst)
    {
        var value = CompileOperand(e.Value, e.FormatSpec is not null && ContainsNamedExpr(e.FormatSpec));
        if (e.FormatSpec is null)
        {
            Emit(Opcode.FormatValue, dst, value, e.Conversion);
            return;
        }

        var spec = CompileExpr(e.FormatSpec);
        Emit(Opcode.FormatWithSpec, dst, value, spec, e.Conversion);
    }

    private void CompileSequenceBuild(Expr display, Opcode opcode, IReadOnlyList<Expr> elements, int dst)
    {
        if (elements.Any(element => element is Starred))
        {
            CompileUnpackingDisplay(display, opcode, elements, dst);
            return;
        }

        var first = TempMark;
        foreach (var element in elements)
        {
            CompileExpr(element, AllocTemp());
        }

        Emit(opcode, dst, first, elements.Count);
    }

    /// <summary>
    /// A list, tuple or set display with <c>*iterable</c> elements, as CPython 3.11 compiles it (a tuple
    /// is gathered in a list and converted at the end). Errors point at the whole display, as CPython's do.
    /// </summary>
    private void CompileUnpackingDisplay(Expr display, Opcode opcode, IReadOnlyList<Expr> elements, int dst)
    {
        using var _ = At(display);
        var collection = AllocTemp();
        CompileUnpackedItems(elements, collection, isSet: opcode == Opcode.BuildSet);
        Emit(opcode == Opcode.BuildTuple ? Opcode.ListToTuple : Opcode.Move, dst, collection);
        ReleaseTo(collection);
    }

    private void CompileDict(DictExpr e, int dst)
    {
        var prefix = 0;
        while (prefix < e.Keys.Count && e.Keys[prefix] is not null)
        {
            prefix++;
        }

        var dict = prefix < e.Keys.Count ? AllocTemp() : dst;
        var first = TempMark;
        for (var i = 0; i < prefix; i++)
        {
            CompileExpr(e.Keys[i]!, AllocTemp());
            CompileExpr(e.Values[i], AllocTemp());
        }

        Emit(Opcode.BuildDict, dict, first, prefix * 2);
        if (dict == dst)
        {
            return;
        }

        // After the first '**mapping', each item goes in separately so later keys win, in order.
        ReleaseTo(first);
        for (var i = prefix; i < e.Keys.Count; i++)
        {
            var mark = TempMark;
            if (e.Keys[i] is { } key)
            {
                var keyValue = CompileExprToTemp(key);
                EmitAt(e, Opcode.SetItem, dict, keyValue, CompileExprToTemp(e.Values[i]));
            }
            else
            {
                EmitAt(e, Opcode.DictUpdate, dict, CompileExprToTemp(e.Values[i]));
            }

            ReleaseTo(mark);
        }

        Emit(Opcode.Move, dst, dict);
        ReleaseTo(dict);
    }

    private SymbolBinding Binding(string id) => _scope.Lookup(id);

    /// <summary>The constant a literal stands for, or a tuple display of literals (negative numbers included).</summary>
    private static bool TryConstant(Expr expr, out object? value)
    {
        switch (expr)
        {
            case IntLiteral e:
                value = ConstantPool.Normalize(e.Value);
                return true;
            case FloatLiteral e:
                value = e.Value;
                return true;
            case StrLiteral e:
                value = e.Value;
                return true;
            case BytesLiteral e:
                value = e.Value;
                return true;
            case BoolLiteral e:
                value = e.Value;
                return true;
            case NoneLiteral:
                value = null;
                return true;
            case EllipsisLiteral:
                value = EllipsisConstant.Instance;
                return true;
            case TupleExpr e when ConstantTupleOf(e.Elements) is { } tuple:
                value = tuple;
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>
    /// The elements of a tuple or set display as one constant tuple, when each is a literal, a
    /// negated number literal or itself such a tuple (what CPython's AST optimizer folds).
    /// </summary>
    private static ConstantTuple? ConstantTupleOf(IReadOnlyList<Expr> elements)
    {
        var items = new object?[elements.Count];
        for (var i = 0; i < items.Length; i++)
        {
            switch (elements[i])
            {
                case var element when TryConstant(element, out var item):
                    items[i] = item;
                    break;
                case UnaryOp { Op: UnaryOperator.USub, Operand: IntLiteral n }:
                    items[i] = ConstantPool.Normalize(-n.Value);
                    break;
                case UnaryOp { Op: UnaryOperator.USub, Operand: FloatLiteral f }:
                    items[i] = -f.Value;
                    break;
                default:
                    return null;
            }
        }

        return new ConstantTuple(items);
    }

    /// <summary>The first slot when every element is a plain local whose slot follows the previous one's.</summary>
    private int? ConsecutiveLocals(IReadOnlyList<Expr> elements)
    {
        var first = elements.Count > 0 && elements[0] is Name name ? LocalSlot(name.Id) : -1;
        if (first < 0)
        {
            return null;
        }

        for (var i = 1; i < elements.Count; i++)
        {
            if (elements[i] is not Name next || LocalSlot(next.Id) != first + i)
            {
                return null;
            }
        }

        return first;
    }

    /// <summary>The fixed slot of a fast local, or -1 when the name is not one.</summary>
    private int LocalSlot(string id) =>
        IsFunction && Binding(id) == SymbolBinding.Local ? _scope.SlotOf(id) : -1;

    private void LoadName(Name name, int dst)
    {
        switch (Binding(name.Id))
        {
            case SymbolBinding.Local:
                Emit(Opcode.Move, dst, LocalSlot(name.Id));
                break;
            case SymbolBinding.Free when name.Id == ClassCellName:
                Emit(Opcode.LoadClassCell, dst);
                break;
            case SymbolBinding.Cell or SymbolBinding.Free:
                Emit(Opcode.LoadDeref, dst, CellSlot(name));
                break;
            case SymbolBinding.Name when UsesNamespace:
                Emit(Opcode.LoadName, dst, NameIndex(name.Id));
                break;
            default:
                Emit(Opcode.LoadGlobal, dst, NameIndex(name.Id), NewCache());
                break;
        }
    }

    private void StoreName(Name name, int src)
    {
        using var _ = At(name);
        switch (Binding(name.Id))
        {
            case SymbolBinding.Local:
                var slot = LocalSlot(name.Id);
                if (slot != src)
                {
                    Emit(Opcode.Move, slot, src);
                }

                break;
            case SymbolBinding.Cell or SymbolBinding.Free:
                Emit(Opcode.StoreDeref, src, CellSlot(name));
                break;
            case SymbolBinding.Name when UsesNamespace:
                Emit(Opcode.StoreName, src, NameIndex(name.Id));
                break;
            default:
                Emit(Opcode.StoreGlobal, src, NameIndex(name.Id), NewCache());
                break;
        }
    }

    private void StoreTo(Expr target, int src)
    {
        using var _ = At(target);
        var mark = TempMark;
        switch (target)
        {
            case Name name:
                StoreName(name, src);
                break;
            case Subscript subscript:
                {
                    var container = CompileExpr(subscript.Value);
                    var key = CompileExpr(subscript.Index);
                    Emit(Opcode.SetItem, container, key, src);
                    break;
                }

            case Attribute attribute:
                {
                    var owner = CompileExpr(attribute.Value);
                    Emit(Opcode.StoreAttr, owner, NameIndex(attribute.Attr), src, NewCache());
                    break;
                }

            case TupleExpr or ListExpr:
                {
                    var elements = ElementsOf(target);
                    if (elements.Count(e => e is Starred) > 1)
                    {
                        throw Error(target, "multiple starred expressions in assignment");
                    }

                    var star = elements.ToList().FindIndex(e => e is Starred);
                    if (star >= 0)
                    {
                        CompileStarredUnpack(elements, star, src);
                        break;
                    }

                    // Targets that are consecutive local slots (x, y, z assigned in that order
                    // first) receive the items directly; otherwise they land in temporaries.
                    if (ConsecutiveLocals(elements) is { } firstLocal)
                    {
                        Emit(Opcode.UnpackSequence, src, firstLocal, elements.Count);
                        break;
                    }

                    var first = TempMark;
                    for (var i = 0; i < elements.Count; i++)
                    {
                        AllocTemp();
                    }

                    Emit(Opcode.UnpackSequence, src, first, elements.Count);
                    for (var i = 0; i < elements.Count; i++)
                    {
                        StoreTo(elements[i], first + i);
                    }

                    break;
                }

            case Starred:
                throw Error(target, "starred assignment target must be in a list or tuple");
            default:
                throw Error(target, $"cannot assign to {DescribeTarget(target)}");
        }

        ReleaseTo(mark);
    }
}
