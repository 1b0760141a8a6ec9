using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Calls with <c>*iterable</c> or <c>**mapping</c> arguments (CALL_EX and the LIST_EXTEND and
/// DICT_MERGE that gather them), with CPython's errors naming the callee as <c>module.qualname()</c>.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>LIST_EXTEND: <c>list.extend(iterable)</c> for a <c>*iterable</c> among other positional arguments.</summary>
    internal static void ListExtend(Value list, Value source)
    {
        var target = (PyList)list.Ref!;
        if (source.Ref is PyList or PyTuple)
        {
            target.AddRange(source.Ref is PyList l ? l.Items : ((PyTuple)source.Ref).Items);
            return;
        }

        var iterator = Iteration.TryGetIterator(source)
            ?? throw PyErrors.TypeError($"Value after * must be an iterable, not {TypeNames.Of(source)}");
        // A range too long for any list fails now, as CPython's length hint makes it fail, instead
        // of appending until memory runs out.
        _ = Iteration.PreallocationLength(source);
        while (iterator.TryNext(out var item))
        {
            target.Append(item);
        }
    }

    /// <summary>DICT_MERGE: adds a <c>**mapping</c>'s items to a call's keywords; a repeated key is an error.</summary>
    internal void DictMerge(Value dict, Value source, Value callee)
    {
        var target = (PyDict)dict.Ref!;
        var items = MappingItems(source, () => $"{CallableNames.Describe(callee)} argument after ** must be a mapping, not {TypeNames.Of(source)}");
        foreach (var (key, value) in items)
        {
            AddKeyword(target, key, value, callee);
        }
    }

    private static void AddKeyword(PyDict target, Value key, Value value, Value callee)
    {
        if (target.ContainsKey(key))
        {
            var name = key.Ref is PyStr s ? s.Value : Repr.Of(key);
            throw PyErrors.TypeError($"{CallableNames.Describe(callee)} got multiple values for keyword argument '{name}'");
        }

        target.SetItem(key, value);
    }

    /// <summary>
    /// CALL_EX's arguments as one array, positional values then keyword values, with the keywords' names;
    /// <paramref name="positional"/> is a tuple or list built by the call site, or the sole <c>*iterable</c>.
    /// </summary>
    private static Value[] UnpackCallArguments(Value callee, Value positional, Value keywords, out string[]? keywordNames)
    {
        List<Value> values;
        if (positional.Ref is PyTuple or PyList)
        {
            values = Iteration.ToList(positional);
        }
        else
        {
            var iterator = Iteration.TryGetIterator(positional)
                ?? throw PyErrors.TypeError($"{CallableNames.Describe(callee)} argument after * must be an iterable, not {TypeNames.Of(positional)}");
            values = new List<Value>(Iteration.PreallocationLength(positional));
            while (iterator.TryNext(out var item))
            {
                values.Add(item);
            }
        }

        keywordNames = null;
        if (keywords.Ref is PyDict { Count: > 0 } dict)
        {
            keywordNames = new string[dict.Count];
            var k = 0;
            foreach (var (key, value) in dict.Items())
            {
                keywordNames[k++] = key.Ref is PyStr name ? name.Value : throw PyErrors.TypeError("keywords must be strings");
                values.Add(value);
            }
        }

        return [.. values];
    }

    /// <summary>CALL_EX from compiled code, which calls through <see cref="Call"/>.</summary>
    internal Value CallUnpacked(Value callee, Value positional, Value keywords)
    {
        var arguments = UnpackCallArguments(callee, positional, keywords, out var keywordNames);
        return Call(callee, arguments, keywordNames);
    }

    /// <summary>
    /// Pushes a VM frame for a CALL_EX whose callee is a Python function (or a method bound to one)
    /// still running in the VM, its arguments copied above the caller's frame; null for any other
    /// callee, which the caller then calls through <see cref="Call"/>.
    /// </summary>
    private Frame? TryEnterUnpacked(Value callee, Value[] arguments, string[]? keywordNames, int returnSlot, int resumePc)
    {
        Value self = default;
        if (callee.Ref is PyBoundMethod { Function.Ref: PyFunction } bound)
        {
            self = bound.Self;
            callee = bound.Function;
        }

        // A generator function's call makes a generator instead of entering a frame: Call does that.
        if (callee.Ref is not PyFunction function || function.Code.CompiledEntry is not null || IsGeneratorCode(function.Code))
        {
            return null;
        }

        var argBase = StackTop();
        var count = arguments.Length + (self.IsBound ? 1 : 0);
        EnsureStack(argBase + count + function.Code.FrameSize);
        if (self.IsBound)
        {
            _stack[argBase] = self;
        }

        arguments.CopyTo(_stack.AsSpan(argBase + count - arguments.Length));
        CountCall(function.Code, function.Globals);
        var frame = EnterFunction(function, argBase, count, keywordNames, returnSlot);
        frame.ResumePc = resumePc;
        return frame;
    }

    /// <summary>SET_KWDEFAULTS: a new function's <c>__kwdefaults__</c>.</summary>
    internal static void SetKeywordDefaults(Value function, Value defaults) =>
        ((PyFunction)function.Ref!).KeywordDefaults = (PyDict)defaults.Ref!;
}
