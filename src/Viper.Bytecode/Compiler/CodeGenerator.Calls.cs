using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>Calls with <c>*iterable</c> or <c>**mapping</c> arguments, which gather their arguments before CALL_EX.</summary>
internal sealed partial class CodeGenerator
{
    /// <summary>
    /// As CPython 3.11 compiles them: a sole <c>*iterable</c> goes to CALL_EX as it is (which checks it);
    /// otherwise the positional arguments gather into a list, and the keywords into a dict that each
    /// <c>**mapping</c> merges into, in source order.
    /// </summary>
    private void CompileUnpackingCall(Call e, int dst)
    {
        var mark = TempMark;
        var function = CompileExprToTemp(e.Func);
        var positional = AllocTemp();
        var keywords = AllocTemp();
        using var _ = At(e);
        if (e.Args is [Starred only])
        {
            CompileExpr(only.Value, positional);
        }
        else
        {
            CompilePositionalList(e.Args, positional);
        }

        if (e.Keywords.Count == 0)
        {
            Emit(Opcode.LoadConst, keywords, Constant(null));
        }
        else
        {
            CompileKeywordDict(e.Keywords, keywords, function);
        }

        Emit(Opcode.CallEx, dst, function, positional, keywords);
        ReleaseTo(mark);
    }

    private void CompilePositionalList(IReadOnlyList<Expr> args, int list) => CompileUnpackedItems(args, list, isSet: false);

    /// <summary>
    /// A list (or set) of items some of which are <c>*iterable</c>: the items before the first star are
    /// built at once, the rest appended or extended one by one, in source order.
    /// </summary>
    private void CompileUnpackedItems(IReadOnlyList<Expr> items, int target, bool isSet)
    {
        var leading = items.TakeWhile(a => a is not Starred).ToList();
        var first = TempMark;
        foreach (var item in leading)
        {
            CompileExpr(item, AllocTemp());
        }

        Emit(isSet ? Opcode.BuildSet : Opcode.BuildList, target, first, leading.Count);
        ReleaseTo(first);
        AppendUnpackedItems(items.Skip(leading.Count), target, isSet);
    }

    private void AppendUnpackedItems(IEnumerable<Expr> items, int target, bool isSet)
    {
        var mark = TempMark;
        foreach (var item in items)
        {
            var value = CompileExprToTemp(item is Starred starred ? starred.Value : item);
            Emit(item is Starred ? (isSet ? Opcode.SetUpdate : Opcode.ListExtend) : (isSet ? Opcode.SetAdd : Opcode.ListAppend), target, value);
            ReleaseTo(mark);
        }
    }

    /// <summary>Each run of named keywords becomes a dict of its own, merged like a <c>**mapping</c> so a repeat is caught.</summary>
    private void CompileKeywordDict(IReadOnlyList<Keyword> keywords, int dict, int function)
    {
        var mark = TempMark;
        Emit(Opcode.BuildDict, dict, mark, 0);
        for (var i = 0; i < keywords.Count;)
        {
            if (keywords[i].Arg is null)
            {
                Emit(Opcode.DictMerge, dict, CompileExprToTemp(keywords[i].Value), function);
                ReleaseTo(mark);
                i++;
                continue;
            }

            var group = AllocTemp();
            var first = TempMark;
            var count = 0;
            for (; i < keywords.Count && keywords[i].Arg is { } name; i++, count++)
            {
                Emit(Opcode.LoadConst, AllocTemp(), Constant(name));
                CompileExpr(keywords[i].Value, AllocTemp());
            }

            Emit(Opcode.BuildDict, group, first, 2 * count);
            Emit(Opcode.DictMerge, dict, group, function);
            ReleaseTo(mark);
        }
    }

    /// <summary>The dict of the keyword-only parameters that have defaults, for SET_KWDEFAULTS.</summary>
    private void CompileKeywordDefaults(Arguments args, int dict)
    {
        var first = TempMark;
        var count = 0;
        for (var i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            if (args.KwDefaults[i] is { } defaultValue)
            {
                Emit(Opcode.LoadConst, AllocTemp(), Constant(args.KwOnlyArgs[i].Name));
                CompileExpr(defaultValue, AllocTemp());
                count++;
            }
        }

        Emit(Opcode.BuildDict, dict, first, 2 * count);
        ReleaseTo(first);
    }

    private static CodeFlags ParameterFlags(Arguments args) =>
        (args.VarArg is null ? CodeFlags.None : CodeFlags.VarArgs) | (args.KwArg is null ? CodeFlags.None : CodeFlags.VarKeywords);
}
