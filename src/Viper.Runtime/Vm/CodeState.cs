using System.Numerics;
using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>What the VM attaches to a code object on its first run: constants as values, keyword-name tables and inline caches.</summary>
internal sealed class CodeState
{
    private CodeState(CodeObject code)
    {
        _code = code;
        Instructions = code.Instructions;
        OperandTypesSeen = code.OperandTypesSeen;
        Constants = new Value[code.Constants.Length];
        KeywordNames = new string[]?[code.Constants.Length];
        for (var i = 0; i < code.Constants.Length; i++)
        {
            Constants[i] = ToValue(code.Constants[i]);
            if (code.Constants[i] is ConstantTuple tuple)
            {
                KeywordNames[i] = NamesOf(tuple);
            }
        }

        Caches = new InlineCache[code.CacheCount];
        BaseCase = InlineBaseCase.Find(code, Constants);
    }

    /// <summary>A tuple of strs as a keyword-name table; null for any other tuple.</summary>
    private static string[]? NamesOf(ConstantTuple tuple)
    {
        var names = new string[tuple.Items.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (tuple.Items[i] is not string name)
            {
                return null;
            }

            names[i] = name;
        }

        return names;
    }

    // The dispatch loop reads these three at every frame switch (call, return, generator
    // resumption). Fields rather than properties: the loop is too large for .NET's inliner to take
    // the getters, and their calls were 3% of a generator pipeline's time in the VM.
    public readonly Value[] Constants;

    /// <summary>The code's instructions.</summary>
    public readonly int[] Instructions;

    /// <summary>The code's operand types seen (<see cref="CodeObject.OperandTypesSeen"/>).</summary>
    public readonly OperandTypes[] OperandTypesSeen;

    private readonly CodeObject _code;

    /// <summary>The code as a Python object, <c>function.__code__</c>: one per code, as in CPython, so every function made from a <c>def</c> shares it.</summary>
    public PyCode PythonCode => field ??= new PyCode(_code, isExpression: false);

    public string[]?[] KeywordNames { get; }

    public InlineCache[] Caches { get; }

    /// <summary>The base case the VM's calls decide in place of the call, when the code starts with one.</summary>
    public InlineBaseCase? BaseCase { get; }

    /// <summary>
    /// Where <c>__name__</c> was last found in the globals functions of this code are made in: the
    /// dict, its entry position and key object. Every lambda, closure and genexpr made at run time
    /// reads it for <c>__module__</c>; hashing the name afresh each time was a tenth of making a
    /// genexpr. The hint holds while that entry still has that key (an entry removed, or moved by
    /// a resize, has another key or none).
    /// </summary>
    private (PyDict Globals, int Entry, object Key)? _moduleNameHint;

    private PyStr? _docString;

    /// <summary>The code's docstring as one str shared by every function made from it (CPython's share the code's constant); None when it has none.</summary>
    public Value DocString => _code.DocString is { } doc ? Value.FromObject(_docString ??= PyStr.Create(doc)) : Value.None;

    /// <summary><c>globals['__name__']</c>, or None when it has none: a new function's <c>__module__</c>.</summary>
    public Value ModuleNameIn(PyDict globals)
    {
        if (_moduleNameHint is var (hintGlobals, entry, key) && ReferenceEquals(hintGlobals, globals) && globals.HasKeyAt(entry, key))
        {
            return globals.ValueAt(entry);
        }

        var found = globals.FindString("__name__");
        if (found < 0)
        {
            return Value.None;
        }

        _moduleNameHint = (globals, found, globals.KeyAt(found).Ref!);
        return globals.ValueAt(found);
    }

    public static CodeState For(CodeObject code) =>
        code.RuntimeState as CodeState ?? (CodeState)(code.RuntimeState = new CodeState(code));

    public static Value ToValue(object? constant) => constant switch
    {
        null => Value.None,
        long l => Value.FromInt(l),
        double d => Value.FromFloat(d),
        bool b => Value.FromBool(b),
        string s => Value.FromString(s),
        byte[] bytes => Value.FromObject(new PyBytes(bytes)),
        ConstantTuple tuple => Value.FromObject(PyTuple.Of(TupleItems(tuple))),
        EllipsisConstant => Value.FromObject(PyEllipsis.Instance),
        _ => BigIntegerConstant(constant),
    };

    /// <remarks>
    /// A method of its own: testing for <see cref="BigInteger"/> loads System.Runtime.Numerics when
    /// the method is first prepared, and every module's constants go through <see cref="ToValue"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value BigIntegerConstant(object constant) => constant is BigInteger big ? Value.FromBigInteger(big) : Value.None;

    /// <remarks>Loops, not LINQ, here and in <see cref="NamesOf"/>: every module's constants are converted at its first run, and LINQ's assembly would load at every start for them alone.</remarks>
    private static Value[] TupleItems(ConstantTuple tuple)
    {
        var items = new Value[tuple.Items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ToValue(tuple.Items[i]);
        }

        return items;
    }
}
