using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>The out-of-line halves of instructions: everything the dispatch loop's fast paths don't cover.</summary>
public sealed partial class Interpreter
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PythonException Unbound(Frame frame, int slot) =>
        slot < frame.Code.LocalCount
            ? PyErrors.UnboundLocalRead(frame.Code, slot)
            : throw new InvalidOperationException($"Temporary r{slot} read before it was written in {frame.Code.QualifiedName}.");

    /// <summary>Records where the frame is before raising, since the loop stores the offset only on its slow paths.</summary>
    private static PythonException UnboundAt(Frame frame, int pc, int slot)
    {
        frame.Pc = pc;
        return Unbound(frame, slot);
    }

    private Value Bound(Frame frame, int slot)
    {
        var value = _stack[frame.Base + slot];
        return value.Ref is null ? throw Unbound(frame, slot) : value;
    }

    private static void RecordTypes(Frame frame, int pc, Value a, Value b)
    {
        var seen = a.IsInt && b.IsInt ? OperandTypes.Int
            : a.IsFloat || b.IsFloat ? OperandTypes.Float | (a.IsFloat && b.IsFloat ? 0 : OperandTypes.Other)
            : OperandTypes.Other;
        frame.Code.OperandTypesSeen[pc] |= seen;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value BinarySlow(Frame frame, int pc, BinaryOperator op, int left, int right, bool inplace)
    {
        frame.Pc = pc;
        var a = Bound(frame, left);
        var b = Bound(frame, right);
        RecordTypes(frame, pc, a, b);
        return Arithmetic.Binary(op, a, b, inplace);
    }

    /// <summary>
    /// The slow path of <c>/</c>, <c>//</c> and <c>%</c>. A division of builtin numbers by zero is
    /// delivered as a ZeroDivisionError without a .NET throw: false means a handler took it and
    /// the loop resumes there.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryDivisionSlow(Frame frame, int pc, BinaryOperator op, int left, int right, int entryFrame, out Value result)
    {
        frame.Pc = pc;
        var a = Bound(frame, left);
        var b = Bound(frame, right);
        RecordTypes(frame, pc, a, b);
        if (DivisionByZero.MessageFor(op, a, b) is { } message)
        {
            RaiseInLoop(PyErrors.ZeroDivision(message).Value, entryFrame);
            result = default;
            return false;
        }

        result = Arithmetic.Binary(op, a, b);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value BinaryConstSlow(Frame frame, int pc, BinaryOperator op, int left, Value b, bool inplace)
    {
        frame.Pc = pc;
        var a = Bound(frame, left);
        RecordTypes(frame, pc, a, b);
        return Arithmetic.Binary(op, a, b, inplace);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value Unary(Frame frame, Opcode opcode, int operand)
    {
        var value = Bound(frame, operand);
        return opcode switch
        {
            Opcode.Neg => Arithmetic.Negate(value),
            Opcode.Pos => Arithmetic.Positive(value),
            Opcode.Invert => Arithmetic.Invert(value),
            _ => Value.FromBool(!Truth.IsTrue(value)),
        };
    }

    /// <summary>A COMPARE_JUMP's condition, when its operands are not two ints.</summary>
    /// <param name="rightSlot">The right operand's slot, or -1 when it is a constant (always bound).</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CompareSlow(Frame frame, int pc, Value a, Value b, int leftSlot, int rightSlot, int condition)
    {
        CheckCompareOperands(frame, pc, a, b, leftSlot, rightSlot);
        var result = Comparison.CompareToBool(a, b, CompareCondition.Operator(condition));
        return result != CompareCondition.IsNegated(condition);
    }

    /// <summary>A COMPARE's result, when its operands are not two ints: what a class's rich comparison returned, not only its truth.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value CompareValueSlow(Frame frame, int pc, Value a, Value b, int leftSlot, int rightSlot, int condition)
    {
        CheckCompareOperands(frame, pc, a, b, leftSlot, rightSlot);
        return Comparison.Compare(a, b, condition);
    }

    private void CheckCompareOperands(Frame frame, int pc, Value a, Value b, int leftSlot, int rightSlot)
    {
        frame.Pc = pc;
        if (a.Ref is null)
        {
            throw Unbound(frame, leftSlot);
        }

        if (b.Ref is null)
        {
            throw Unbound(frame, rightSlot);
        }

        RecordTypes(frame, pc, a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TruthSlow(Frame frame, int pc, Value value, int slot)
    {
        frame.Pc = pc;
        return value.Ref is null ? throw Unbound(frame, slot) : Truth.IsTrue(value);
    }

    /// <summary>
    /// Reads a global through the instruction's inline cache: while the globals' keys version is
    /// unchanged, the cached entry position is still where the name lives (and a cached builtin
    /// is still not shadowed by a global, and lives where the builtins' keys version says).
    /// </summary>
    private Value LoadGlobal(Frame frame, int nameIndex, int cacheIndex) => LoadGlobal(frame.Globals, frame.State, frame.Code, nameIndex, cacheIndex);

    /// <summary>LOAD_GLOBAL in the given globals, for the VM and for compiled code alike.</summary>
    internal Value LoadGlobal(PyDict globals, CodeState state, CodeObject code, int nameIndex, int cacheIndex)
    {
        ref var cache = ref state.Caches[cacheIndex];
        if (ReferenceEquals(cache.Owner, globals) && cache.Version == globals.KeysVersion)
        {
            if (cache.Index >= 0)
            {
                return globals.ValueAt(cache.Index);
            }

            if (cache.SecondaryVersion == Runtime.Builtins.KeysVersion)
            {
                return Runtime.Builtins.ValueAt(cache.SecondaryIndex);
            }
        }

        return LoadGlobalMiss(globals, code, nameIndex, ref cache);
    }

    /// <summary>A <see cref="InlineCache.BindingVersion"/> the watched-bindings version, which starts at 0 and only grows, never has.</summary>
    private const long NoBindingVersion = -1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value LoadGlobalMiss(PyDict globals, CodeObject code, int nameIndex, ref InlineCache cache)
    {
        var name = code.Names[nameIndex];
        var bindingVersion = Volatile.Read(ref WatchedBindings.Current.Version);
        var position = globals.FindString(name);
        cache.Owner = globals;
        cache.Version = globals.KeysVersion;
        cache.Index = position;
        cache.BindingVersion = NoBindingVersion;
        if (position >= 0)
        {
            var value = globals.ValueAt(position);
            if (ExactType.Is(value.Ref, out PyFunction? function))
            {
                // The version was read before the entry: a store that replaces the function after
                // this read moves the version past the one remembered here.
                function.BindingWatched = true;
                cache.Value = value;
                cache.BindingVersion = bindingVersion;
            }

            return value;
        }

        // The builtin's entry, not its value: `builtins.abs = f` rebinds without changing the keys.
        var builtinPosition = Runtime.Builtins.FindString(name);
        if (builtinPosition >= 0)
        {
            cache.SecondaryVersion = Runtime.Builtins.KeysVersion;
            cache.SecondaryIndex = builtinPosition;
            return Runtime.Builtins.ValueAt(builtinPosition);
        }

        cache.Owner = null;
        throw PyErrors.NameError(name);
    }

    private void StoreGlobal(Frame frame, int nameIndex, int cacheIndex, Value value) =>
        StoreGlobal(frame.Globals, frame.State, frame.Code, nameIndex, cacheIndex, value);

    /// <summary>STORE_GLOBAL in the given globals, for the VM and for compiled code alike.</summary>
    internal static void StoreGlobal(PyDict globals, CodeState state, CodeObject code, int nameIndex, int cacheIndex, Value value)
    {
        ref var cache = ref state.Caches[cacheIndex];
        if (ReferenceEquals(cache.Owner, globals) && cache.Version == globals.KeysVersion && cache.Index >= 0)
        {
            WatchedBindings.Store(ref globals.ValueAt(cache.Index), value);
            return;
        }

        var position = globals.SetItem(Value.FromString(code.Names[nameIndex]), Hashing.OfString(code.Names[nameIndex]), value);
        cache.Owner = globals;
        cache.Version = globals.KeysVersion;
        cache.Index = position;
        cache.BindingVersion = NoBindingVersion;
    }

    private void InplaceAddConstGlobal(Frame frame, int nameIndex, Value constant, int cacheIndex) =>
        InplaceAddConstGlobal(frame.Globals, frame.State, frame.Code, nameIndex, constant, cacheIndex);

    internal void InplaceAddConstGlobal(PyDict globals, CodeState state, CodeObject code, int nameIndex, Value constant, int cacheIndex)
    {
        var current = LoadGlobal(globals, state, code, nameIndex, cacheIndex);
        Value result;
        if (current.IsInt && constant.IsInt && !Overflows(current.AsInt, constant.AsInt))
        {
            result = Value.FromInt(current.AsInt + constant.AsInt);
        }
        else
        {
            result = Arithmetic.Binary(BinaryOperator.Add, current, constant, inplace: true);
        }

        StoreGlobal(globals, state, code, nameIndex, cacheIndex, result);
    }

    private static bool Overflows(long x, long y)
    {
        var sum = x + y;
        return ((x ^ sum) & (y ^ sum)) < 0;
    }

    private static void DeleteGlobal(Frame frame, int nameIndex) => DeleteGlobal(frame.Globals, frame.Code, nameIndex);

    /// <summary>DELETE_GLOBAL, for the VM and compiled code (module code deletes an <c>except ... as</c> name with it).</summary>
    internal static void DeleteGlobal(PyDict globals, CodeObject code, int nameIndex)
    {
        var name = code.Names[nameIndex];
        if (!globals.Remove(Value.FromString(name), out _))
        {
            throw PyErrors.NameError(name);
        }
    }

    private PyIterator GetIterator(Frame frame, int slot) => Iteration.GetIterator(Bound(frame, slot));

    /// <summary>Calls anything that is not a Python function: builtins, bound builtins, types.</summary>
    public Value CallNative(Value callee, CallArgs args)
    {
        switch (callee.Ref)
        {
            case PyBuiltinFunction builtin:
                return builtin.Body(this, args);
            case PyBoundBuiltin bound:
                {
                    var withSelf = new Value[args.All.Length + 1];
                    withSelf[0] = bound.Self;
                    args.All.CopyTo(withSelf.AsSpan(1));
                    return bound.Function.Body(this, new CallArgs(withSelf, args.KeywordNames));
                }

            case PyType { Constructor: { } constructor }:
                return constructor(this, args);
            case PyFunction:
                return Call(callee, args.All, args.KeywordNames);
            case PyBoundMethod method:
                return CallWithSelf(method.Function, method.Self, args.All, args.KeywordNames);
            case PyGenericAlias alias:
                return TypeHints.Call(this, alias, args);
            case PyObject { Type.IsBuiltin: false } when UserProtocols.TryCall(callee, args, out var result):
                return result;
            default:
                throw PyErrors.TypeError($"'{TypeNames.Of(callee)}' object is not callable");
        }
    }

    private Value MakeFunction(Frame frame, int codeIndex, int defaultsBase, int defaultsCount) =>
        MakeFunction((CodeObject)frame.Code.Constants[codeIndex]!, frame.Globals, _stack.AsSpan(frame.Base + defaultsBase, defaultsCount), frame.Function);

    internal static Value BuildSet(ReadOnlySpan<Value> items)
    {
        var set = new PySet(PyType.Set);
        foreach (var item in items)
        {
            set.Add(item);
        }

        return Value.FromObject(set);
    }

    /// <summary>An f-string's pieces, all str by construction, joined.</summary>
    internal static Value BuildString(ReadOnlySpan<Value> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += ((PyStr)part.Ref!).Value.Length;
        }

        return Value.FromObject(PyStr.Create(string.Create(length, parts.ToArray(), static (chars, pieces) =>
        {
            foreach (var piece in pieces)
            {
                var text = ((PyStr)piece.Ref!).Value;
                text.CopyTo(chars);
                chars = chars[text.Length..];
            }
        })));
    }

    /// <summary>One f-string field: a str with no conversion or spec is itself, as in CPython.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Value FormatValue(Value value, char conversion, PyStr? spec)
    {
        if (conversion != '\0')
        {
            value = Value.FromString(Formatting.Conversion.Apply(value, conversion));
        }

        if (value.Ref is PyStr { Type.IsBuiltin: true } && (spec is null || spec.Length == 0))
        {
            return value;
        }

        return Value.FromString(Formatting.ValueFormatter.Format(value, spec?.Value ?? ""));
    }

    /// <param name="enclosing">The function running the MAKE_FUNCTION, whose class cell (for <c>super()</c>) the new one shares.</param>
    internal static Value MakeFunction(CodeObject code, PyDict globals, ReadOnlySpan<Value> defaults, PyFunction? enclosing) =>
        Value.FromObject(new PyFunction(code, globals, defaults.ToArray(), null) { ClassCell = enclosing?.ClassCell });

    internal static Value BuildDict(ReadOnlySpan<Value> pairs)
    {
        var dict = new PyDict();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            dict.SetItem(pairs[i], pairs[i + 1]);
        }

        return Value.FromObject(dict);
    }

    private void Unpack(Frame frame, int sourceSlot, int firstTarget, int count) =>
        UnpackItems(Bound(frame, sourceSlot), count).AsSpan().CopyTo(_stack.AsSpan(frame.Base + firstTarget, count));

    /// <summary>
    /// <c>a, *rest, z = source</c>: the <paramref name="count"/> targets from <paramref name="firstTarget"/>
    /// on, the one at <paramref name="star"/> receiving a list of what the others leave.
    /// </summary>
    private void UnpackStarred(Frame frame, int sourceSlot, int firstTarget, int count, int star) =>
        UnpackStarredItems(Bound(frame, sourceSlot), count, star).CopyTo(_stack.AsSpan(frame.Base + firstTarget, count));

    /// <summary>The <paramref name="count"/> targets of <c>a, *b, c = source</c>, target number <paramref name="star"/> taking a list of the items the others leave.</summary>
    internal static Value[] UnpackStarredItems(Value source, int count, int star)
    {
        if (Iteration.TryGetIterator(source) is null)
        {
            throw PyErrors.TypeError($"cannot unpack non-iterable {TypeNames.Of(source)} object");
        }

        var items = Iteration.ToList(source);
        var others = count - 1;
        if (items.Count < others)
        {
            throw PyErrors.ValueError($"not enough values to unpack (expected at least {others}, got {items.Count})");
        }

        var targets = new Value[count];
        var after = count - star - 1;
        var starred = items.Count - others;
        for (var i = 0; i < star; i++)
        {
            targets[i] = items[i];
        }

        targets[star] = Value.FromObject(new PyList(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items).Slice(star, starred)));
        for (var i = 0; i < after; i++)
        {
            targets[star + 1 + i] = items[star + starred + i];
        }

        return targets;
    }

    /// <summary>The items of <paramref name="source"/>, which must be exactly <paramref name="count"/>.</summary>
    internal static Value[] UnpackItems(Value source, int count)
    {
        Value[] items = source.Ref switch
        {
            PyTuple tuple => tuple.Items,
            PyList list => list.ToArray(),
            _ when Iteration.TryGetIterator(source) is { } iterator => Drain(iterator, count),
            _ => throw PyErrors.TypeError($"cannot unpack non-iterable {TypeNames.Of(source)} object"),
        };
        if (items.Length < count)
        {
            throw PyErrors.ValueError($"not enough values to unpack (expected {count}, got {items.Length})");
        }

        if (items.Length > count)
        {
            throw PyErrors.ValueError($"too many values to unpack (expected {count})");
        }

        return items;
    }

    /// <summary>Takes at most one item more than expected, so unpacking an endless iterator still fails fast.</summary>
    private static Value[] Drain(PyIterator iterator, int expected)
    {
        var items = new List<Value>();
        while (items.Count <= expected && iterator.TryNext(out var item))
        {
            items.Add(item);
        }

        return [.. items];
    }
}
