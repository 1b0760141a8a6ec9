using static Viper.Bytecode.Instructions.OperandKind;

namespace Viper.Bytecode.Instructions;

/// <summary>
/// The single description of every instruction: its operands, how control leaves it, and what it
/// does. The VM's decoder, the disassembler, the peephole pass and liveness all read this table,
/// so they cannot disagree about an instruction's shape. Operands are frame slots unless their
/// kind says otherwise; an instruction reads all its inputs before it writes its output, so an
/// output may share a slot with an input.
/// </summary>
public static class InstructionSet
{
    private static readonly OpcodeInfo[] Table =
    [
        Row(Opcode.Nop, "NOP", [], "nothing"),
        Row(Opcode.Move, "MOVE", [Out, In], "dst = src"),
        Row(Opcode.LoadConst, "LOAD_CONST", [Out, Const], "dst = consts[k]"),
        Row(Opcode.LoadGlobal, "LOAD_GLOBAL", [Out, Name, Cache], "dst = globals[name] or builtins[name]; NameError if neither"),
        Row(Opcode.StoreGlobal, "STORE_GLOBAL", [In, Name, Cache], "globals[name] = src"),
        Row(Opcode.DeleteGlobal, "DELETE_GLOBAL", [Name], "del globals[name]; NameError if unbound"),
        Row(Opcode.DeleteFast, "DELETE_FAST", [InOut], "unbind a local; UnboundLocalError if unbound"),
        Row(Opcode.MakeCell, "MAKE_CELL", [InOut], "r[i] = cell(r[i]) for a captured local (an unbound one makes an empty cell)"),
        Row(Opcode.CopyFreeVars, "COPY_FREE_VARS", [OutRange, Count], "r[base : base+count] = the running function's closure cells"),
        Row(Opcode.LoadDeref, "LOAD_DEREF", [Out, In], "dst = the contents of the cell in r[i]; UnboundLocalError or NameError if empty"),
        Row(Opcode.StoreDeref, "STORE_DEREF", [In, In], "the contents of the cell in r[i] = src"),
        Row(Opcode.DeleteDeref, "DELETE_DEREF", [In], "empty the cell in r[i]; UnboundLocalError or NameError if already empty"),
        Row(Opcode.LoadClassCell, "LOAD_CLASS_CELL", [Out], "dst = the class in the running function's implicit __class__ cell; NameError before the class exists"),

        Row(Opcode.Add, "ADD", [Out, In, In], "dst = a + b"),
        Row(Opcode.Sub, "SUB", [Out, In, In], "dst = a - b"),
        Row(Opcode.Mul, "MUL", [Out, In, In], "dst = a * b"),
        Row(Opcode.TrueDiv, "TRUE_DIV", [Out, In, In], "dst = a / b"),
        Row(Opcode.FloorDiv, "FLOOR_DIV", [Out, In, In], "dst = a // b"),
        Row(Opcode.Mod, "MOD", [Out, In, In], "dst = a % b"),
        Row(Opcode.BinaryOp, "BINARY_OP", [Out, In, In, BinaryKind], "dst = a <op> b for the less common operators"),
        Row(Opcode.InplaceAdd, "INPLACE_ADD", [Out, In, In], "dst = a += b (mutates a list in place)"),
        Row(Opcode.InplaceSub, "INPLACE_SUB", [Out, In, In], "dst = a -= b"),
        Row(Opcode.InplaceOp, "INPLACE_OP", [Out, In, In, BinaryKind], "dst = a <op>= b"),
        Row(Opcode.AddConst, "ADD_CONST", [Out, In, Const], "dst = a + consts[k] (fused LOAD_CONST + ADD)"),
        Row(Opcode.SubConst, "SUB_CONST", [Out, In, Const], "dst = a - consts[k] (fused LOAD_CONST + SUB)"),
        Row(Opcode.MulConst, "MUL_CONST", [Out, In, Const], "dst = a * consts[k] (fused LOAD_CONST + MUL)"),
        Row(Opcode.InplaceAddConst, "INPLACE_ADD_CONST", [Out, In, Const], "dst = a += consts[k] (fused LOAD_CONST + INPLACE_ADD)"),
        Row(Opcode.InplaceSubConst, "INPLACE_SUB_CONST", [Out, In, Const], "dst = a -= consts[k] (fused LOAD_CONST + INPLACE_SUB)"),
        Row(Opcode.InplaceAddConstGlobal, "INPLACE_ADD_CONST_GLOBAL", [Name, Const, Cache], "globals[name] += consts[k] (fused LOAD_GLOBAL + LOAD_CONST + INPLACE_ADD + STORE_GLOBAL)"),

        Row(Opcode.Neg, "NEG", [Out, In], "dst = -a"),
        Row(Opcode.Pos, "POS", [Out, In], "dst = +a"),
        Row(Opcode.Invert, "INVERT", [Out, In], "dst = ~a"),
        Row(Opcode.Not, "NOT", [Out, In], "dst = not a"),
        Row(Opcode.Compare, "COMPARE", [Out, In, In, Condition], "dst = a <cond> b"),

        Row(Opcode.Jump, "JUMP", [Label], "goto L", FlowKind.Jump),
        Row(Opcode.JumpIfTrue, "JUMP_IF_TRUE", [In, Label], "if a: goto L", FlowKind.Branch),
        Row(Opcode.JumpIfFalse, "JUMP_IF_FALSE", [In, Label], "if not a: goto L", FlowKind.Branch),
        Row(Opcode.CompareJump, "COMPARE_JUMP", [In, In, Condition, Label], "if a <cond> b: goto L (fused COMPARE + JUMP_IF)", FlowKind.Branch),
        Row(Opcode.CompareConstJump, "COMPARE_CONST_JUMP", [In, Const, Condition, Label], "if a <cond> consts[k]: goto L (fused LOAD_CONST + COMPARE + JUMP_IF)", FlowKind.Branch),

        Row(Opcode.GetIter, "GET_ITER", [Out, In], "dst = iter(src)"),
        Row(Opcode.ForIter, "FOR_ITER", [InOut, Out, Label], "dst = next(it), or goto L when it is exhausted", FlowKind.Branch),
        Row(Opcode.ForIterBack, "FOR_ITER_BACK", [InOut, Out, Label], "dst = next(it) and goto L (the loop body), or fall through when it is exhausted", FlowKind.Branch),

        Row(Opcode.Call, "CALL", [Out, InRange, Count], "dst = r[base](*r[base+1 : base+count])"),
        Row(Opcode.CallKw, "CALL_KW", [Out, InRange, Count, Const], "like CALL; the last len(consts[k]) arguments are keywords named by the tuple consts[k]"),
        Row(Opcode.CallMethod, "CALL_METHOD", [Out, InRange, Count, Name, Cache], "dst = r[base].name(*r[base+1 : base+count]) without making a bound method"),
        Row(Opcode.CallEx, "CALL_EX", [Out, In, In, In], "dst = r[func](*r[args], **r[kwargs]); args is the tuple or list a call site built or its sole *iterable, kwargs a dict or None"),
        Row(Opcode.Return, "RETURN", [In], "return src", FlowKind.Exit),
        Row(Opcode.ReturnConst, "RETURN_CONST", [Const], "return consts[k]", FlowKind.Exit),
        Row(Opcode.MakeFunction, "MAKE_FUNCTION", [Out, Const, InRange, Count], "dst = function(code consts[k], defaults r[base : base+count])"),
        Row(Opcode.MakeClosure, "MAKE_CLOSURE", [Out, Const, InRange, Count], "like MAKE_FUNCTION; the last len(code.FreeNames) slots of the range are the closure's cells"),
        Row(Opcode.SetKwDefaults, "SET_KWDEFAULTS", [In, In], "r[function].__kwdefaults__ = r[dict]"),

        Row(Opcode.LoadAttr, "LOAD_ATTR", [Out, In, Name, Cache], "dst = obj.name"),
        Row(Opcode.StoreAttr, "STORE_ATTR", [In, Name, In, Cache], "obj.name = src"),
        Row(Opcode.GetItem, "GET_ITEM", [Out, In, In], "dst = obj[key]"),
        Row(Opcode.GetItemConst, "GET_ITEM_CONST", [Out, In, Const], "dst = obj[consts[k]] (fused LOAD_CONST + GET_ITEM)"),
        Row(Opcode.SetItem, "SET_ITEM", [In, In, In], "obj[key] = src"),
        Row(Opcode.SetItemValueConst, "SET_ITEM_VALUE_CONST", [In, In, Const], "obj[key] = consts[k] (fused LOAD_CONST + SET_ITEM)"),
        Row(Opcode.DeleteItem, "DELETE_ITEM", [In, In], "del obj[key]"),

        Row(Opcode.BuildList, "BUILD_LIST", [Out, InRange, Count], "dst = [r[base], ..., r[base+count-1]]"),
        Row(Opcode.BuildTuple, "BUILD_TUPLE", [Out, InRange, Count], "dst = (r[base], ..., r[base+count-1])"),
        Row(Opcode.BuildDict, "BUILD_DICT", [Out, InRange, Count], "dst = {r[base]: r[base+1], ...}; count is twice the number of pairs"),
        Row(Opcode.BuildString, "BUILD_STRING", [Out, InRange, Count], "dst = r[base] + ... + r[base+count-1], all str (an f-string)"),
        Row(Opcode.BuildSet, "BUILD_SET", [Out, InRange, Count], "dst = {r[base], ..., r[base+count-1]}"),
        Row(Opcode.ListAppend, "LIST_APPEND", [In, In], "r[list].append(src), for a list comprehension"),
        Row(Opcode.SetAdd, "SET_ADD", [In, In], "r[set].add(src), for a set comprehension"),
        Row(Opcode.ListExtend, "LIST_EXTEND", [In, In], "r[list].extend(src), for a *iterable among a call's positional arguments"),
        Row(Opcode.DictMerge, "DICT_MERGE", [In, In, In], "add the mapping src's items to r[dict], a call's keywords; r[func] (the callee) names it in the errors"),
        Row(Opcode.ListToTuple, "LIST_TO_TUPLE", [Out, In], "dst = tuple(r[list]), for a tuple display with *iterable"),
        Row(Opcode.SetUpdate, "SET_UPDATE", [In, In], "r[set].update(src), for a *iterable in a set display"),
        Row(Opcode.DictUpdate, "DICT_UPDATE", [In, In], "r[dict].update(src), for a **mapping in a dict display; later keys win"),
        Row(Opcode.SetFromConstants, "SET_FROM_CONSTANTS", [Out, Const], "dst = set(frozenset(consts[k])), as CPython builds a display of three or more constants"),
        Row(Opcode.BuildSlice, "BUILD_SLICE", [Out, In, In, In], "dst = slice(start, stop, step)"),
        Row(Opcode.FormatValue, "FORMAT_VALUE", [Out, In, Conversion], "dst = format(convert(src)), convert being !s, !r, !a or none"),
        Row(Opcode.FormatWithSpec, "FORMAT_WITH_SPEC", [Out, In, In, Conversion], "dst = format(convert(src), spec)"),
        Row(Opcode.UnpackSequence, "UNPACK_SEQUENCE", [In, OutRange, Count], "r[base : base+count] = src, which must have exactly count items"),
        Row(Opcode.UnpackStarred, "UNPACK_STARRED", [In, OutRange, Count, Count], "r[base : base+count] = src with target number 'star' (the last operand) taking a list of the items the others leave"),

        Row(Opcode.MatchSequence, "MATCH_SEQUENCE", [Out, In], "dst = src is a sequence to a sequence pattern (list, tuple, range and their subclasses; not str or bytes)"),
        Row(Opcode.MatchMapping, "MATCH_MAPPING", [Out, In], "dst = src is a mapping to a mapping pattern (a dict or a subclass)"),
        Row(Opcode.GetLen, "GET_LEN", [Out, In], "dst = len(src)"),
        Row(Opcode.MatchKeys, "MATCH_KEYS", [Out, In, In], "dst = a tuple of subject.get(key) for each key of the tuple keys, or None if one is missing"),
        Row(Opcode.MatchClass, "MATCH_CLASS", [Out, In, In, Count, Const], "dst = a tuple of subject's count positional and consts[k]-named attributes if it is an instance of cls, else None"),
        Row(Opcode.CopyDictWithout, "COPY_DICT_WITHOUT", [Out, In, In], "dst = a dict of subject's items without the keys of the tuple keys (a mapping pattern's **rest)"),

        Row(Opcode.ImportName, "IMPORT_NAME", [Out, Name, OperandKind.ImportForm], "dst = the module named name (relative to the package for level > 0), imported once: the top-level package unless the leaf is wanted"),
        Row(Opcode.ImportFrom, "IMPORT_FROM", [Out, In, Name], "dst = module.name, or the submodule module.name; ImportError if neither"),
        Row(Opcode.ImportStar, "IMPORT_STAR", [In], "bind the module's __all__, or its names without a leading underscore, in the module namespace"),
        Row(Opcode.PrintExpr, "PRINT_EXPR", [In], "in the REPL, print repr(src) unless it is None"),

        Row(Opcode.LoadName, "LOAD_NAME", [Out, Name], "dst = the class body's namespace[name], else globals[name] or builtins[name]"),
        Row(Opcode.StoreName, "STORE_NAME", [In, Name], "the class body's namespace[name] = src"),
        Row(Opcode.DeleteName, "DELETE_NAME", [Name], "del the class body's namespace[name]; NameError if unbound"),
        Row(Opcode.SetupAnnotations, "SETUP_ANNOTATIONS", [], "the body's namespace gets an empty __annotations__ dict unless it has one"),
        Row(Opcode.DeleteAttr, "DELETE_ATTR", [In, Name], "del obj.name"),
        Row(Opcode.Raise, "RAISE", [In], "raise src (an exception, or a class to instantiate)", FlowKind.Exit),
        Row(Opcode.RaiseFrom, "RAISE_FROM", [In, In], "raise src from cause (None suppresses the context)", FlowKind.Exit),
        Row(Opcode.Reraise, "RERAISE", [In], "raise src again, keeping its traceback and adding no frame", FlowKind.Exit),
        Row(Opcode.RaiseCurrent, "RAISE_CURRENT", [], "bare raise: re-raise the exception being handled; RuntimeError if none", FlowKind.Exit),
        Row(Opcode.PushExcInfo, "PUSH_EXC_INFO", [Out, In], "prev = the exception being handled (or None); exc becomes the one being handled"),
        Row(Opcode.PopExcept, "POP_EXCEPT", [In], "prev becomes the exception being handled again"),
        Row(Opcode.CheckExcMatch, "CHECK_EXC_MATCH", [Out, In, In], "dst = exc is an instance of type (a class or tuple of classes, as except tests)"),
        Row(Opcode.LoadAssertionError, "LOAD_ASSERTION_ERROR", [Out], "dst = AssertionError (the builtin, whatever the name is bound to)"),
        Row(Opcode.BeforeWith, "BEFORE_WITH", [Out, Out, In], "exit, enter = mgr.__exit__, mgr.__enter__, looked up on the type and bound; TypeError if either is missing"),
        Row(Opcode.WithExceptArgs, "WITH_EXCEPT_ARGS", [Out, Out, Out, In], "type, value, traceback = type(exc), exc, exc.__traceback__ (what __exit__ receives)"),

        Row(Opcode.YieldValue, "YIELD_VALUE", [Out, In], "suspend the generator, producing src; dst = the value sent in when it resumes"),
        Row(Opcode.YieldFrom, "YIELD_FROM", [Out, In, InOut], "send r[value] to the iterator r[it] (next() for None); suspend producing what it yields, resuming here with the next sent value in r[value]; dst = its return value once it stops"),
    ];

    static InstructionSet()
    {
        for (var i = 0; i < Table.Length; i++)
        {
            if ((int)Table[i].Opcode != i)
            {
                throw new InvalidOperationException($"Instruction table row {i} is {Table[i].Name}: keep it in Opcode order.");
            }
        }
    }

    public static int OpcodeCount => Table.Length;

    public static OpcodeInfo Info(Opcode opcode) => Table[(int)opcode];

    public static int LengthOf(Opcode opcode) => Table[(int)opcode].Length;

    private static OpcodeInfo Row(Opcode opcode, string name, OperandKind[] operands, string effect, FlowKind flow = FlowKind.Next) =>
        new(opcode, name, operands, flow, effect);
}
