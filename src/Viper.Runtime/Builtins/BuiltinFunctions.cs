using Viper.Runtime.Errors;
using Viper.Runtime.Formatting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>The builtin functions (the types' constructors are in <see cref="TypeConstructors"/>).</summary>
public static class BuiltinFunctions
{
    public static (string Name, BuiltinBody Body)[] All =>
    [
        ("print", Print),
        ("len", Len),
        ("repr", (vm, args) => { ArgumentCheck.Exactly(args, "repr", 1); return Value.FromString(Repr.Of(args[0])); }),
        ("abs", Abs),
        ("isinstance", ClassChecks.IsInstanceBuiltin),
        ("hash", (vm, args) => { ArgumentCheck.Exactly(args, "hash", 1); return FixedArityBuiltins.Hash(vm, args[0]); }),
        ("id", (vm, args) => { ArgumentCheck.Exactly(args, "id", 1); return Value.FromInt(args[0].Ref is PyObject o ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o) : args[0].Bits); }),
        ("chr", Chr),
        ("ord", Ord),
        ("iter", Iter),
        ("next", Next),
        ("format", Format),
        ("input", Input),
        ("exit", Exit),
        ("quit", Exit),
        ("callable", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "callable", 1);
            return FixedArityBuiltins.Callable(vm, args[0]);
        }),
    ];

    /// <summary><c>input([prompt])</c>: the prompt to stdout unterminated, then one line of input without its newline.</summary>
    private static Value Input(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "input", 0, 1);
        if (args.Count == 1)
        {
            var output = vm.Runtime.Output;
            output.Write(Repr.Str(args[0]));
            output.Flush();
        }

        var line = PyTextInput.ReadLine(vm.Runtime.Input, -1);
        return line.Length > 0
            ? Value.FromString(line.EndsWith('\n') ? line[..^1] : line)
            : throw PyErrors.New(ExceptionTypes.EOFError, "EOF when reading a line");
    }

    /// <summary><c>exit([code])</c> and <c>quit([code])</c>, which the site module gives CPython's scripts too.</summary>
    private static Value Exit(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "exit", 0, 1);
        throw new PythonException(new PyBaseException(ExceptionTypes.SystemExit, args.Count == 0 ? [] : [args[0]]));
    }

    internal static bool IsCallable(Value value) =>
        value.Ref is PyFunction or PyBuiltinFunction or PyBoundBuiltin or PyBoundMethod or PyType
        || (SpecialMethods.IsUserObject(value) && SpecialMethods.TryFind(value.Type, "__call__", out _));

    private static Value Format(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "format", 1, 2);
        var spec = args.Count == 2 ? ArgumentCheck.Str(args[1], "format() argument 2").Value : "";
        return Value.FromString(ValueFormatter.Format(args[0], spec));
    }

    private static Value Print(Interpreter vm, CallArgs args)
    {
        var separator = " ";
        var end = "\n";
        Value file = default;
        var flush = false;
        if (args.KeywordNames is not null)
        {
            for (var i = 0; i < args.KeywordNames.Length; i++)
            {
                var value = args.All[args.Count + i];
                switch (args.KeywordNames[i])
                {
                    case "sep":
                        separator = OptionalString(value, "sep") ?? " ";
                        break;
                    case "end":
                        end = OptionalString(value, "end") ?? "\n";
                        break;
                    case "file":
                        file = value;
                        break;
                    case "flush":
                        flush = Truth.IsTrue(value);
                        break;
                    default:
                        throw PyErrors.TypeError($"'{args.KeywordNames[i]}' is an invalid keyword argument for print()");
                }
            }
        }

        // Like CPython, print writes to whatever sys.stdout is now, if the script has rebound it.
        if (file.Ref is null or PyNone)
        {
            file = vm.Runtime.Modules.CurrentStdout();
        }

        if (file.IsNone)
        {
            return Value.None;
        }

        var writer = file.Ref switch
        {
            null => vm.Runtime.Output,
            PyTextStream stream => stream.Writer,
            _ => null,
        };
        var positional = args.Positional;
        if (writer is null)
        {
            PrintToObject(vm, file, positional, separator, end, flush);
            return Value.None;
        }

        for (var i = 0; i < positional.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(separator);
            }

            writer.Write(Repr.Str(positional[i]));
        }

        writer.Write(end);
        if (flush)
        {
            writer.Flush();
        }

        return Value.None;
    }

    /// <summary>print(..., file=obj) for any object with a <c>write</c> method: one call per piece, as CPython makes them.</summary>
    private static void PrintToObject(Interpreter vm, Value file, ReadOnlySpan<Value> positional, string separator, string end, bool flush)
    {
        var write = Attributes.Get(file, "write");
        for (var i = 0; i < positional.Length; i++)
        {
            if (i > 0)
            {
                vm.Call(write, [Value.FromString(separator)]);
            }

            vm.Call(write, [Value.FromString(Repr.Str(positional[i]))]);
        }

        vm.Call(write, [Value.FromString(end)]);
        if (flush)
        {
            vm.Call(Attributes.Get(file, "flush"), []);
        }
    }

    private static string? OptionalString(Value value, string name) => value.Ref switch
    {
        PyNone => null,
        PyStr s => s.Value,
        _ => throw PyErrors.TypeError($"{name} must be None or a string, not {TypeNames.Of(value)}"),
    };

    private static Value Len(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "len", 1);
        return FixedArityBuiltins.Len(vm, args[0]);
    }

    internal static long Length(Value value)
    {
        var common = ContainerLength.OfBuiltin(value.Ref);
        if (common >= 0)
        {
            return common;
        }

        return value.Ref is PyObject { Type.IsBuiltin: false } && UserProtocols.TryLength(value, out var userLength) ? userLength : BuiltinLength(value);
    }

    /// <summary>The builtin types' own length (what <c>super().__len__()</c> reaches in a subclass).</summary>
    internal static long BuiltinLength(Value value)
    {
        return value.Ref switch
        {
            PyStr s => s.Length,
            PyList l => l.Count,
            PyTuple t => t.Count,
            PyDict d => d.Count,
            PySet s => s.Count,
            PyDictView v => v.Dict.Count,
            PyBytes b => b.Value.Length,
            PyByteArray a => a.Items.Count,
            PyRange r => r.Length <= long.MaxValue ? (long)r.Length : throw PyErrors.Overflow("Python int too large to convert to C ssize_t"),
            _ => throw PyErrors.TypeError($"object of type '{TypeNames.Of(value)}' has no len()"),
        };
    }

    private static Value Abs(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "abs", 1);
        return FixedArityBuiltins.Abs(vm, args[0]);
    }

    internal static Value AbsoluteValue(Value value)
    {
        if (value.Ref is PyBigInt { IsExact: true } exactBig)
        {
            return exactBig.IsNegative ? exactBig.Negate() : value;
        }

        if (SpecialMethods.IsUserObject(value) && UserOperators.TryUnary("__abs__", value, out var overridden))
        {
            return overridden;
        }

        return Numbers.Classify(value, out var small, out var big, out var real) switch
        {
            NumberKind.Small => small == long.MinValue ? PyBigInt.Negated(small) : Value.FromInt(Math.Abs(small)),
            NumberKind.Float => Value.FromFloat(Math.Abs(real)),
            NumberKind.Big => Value.FromBigInteger(System.Numerics.BigInteger.Abs(big)),
            _ => UserOperators.TryUnary("__abs__", value, out var result) ? result : throw PyErrors.TypeError($"bad operand type for abs(): '{TypeNames.Of(value)}'"),
        };
    }

    private static Value Chr(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "chr", 1);
        return FixedArityBuiltins.Chr(vm, args[0]);
    }

    private static Value Ord(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "ord", 1);
        return FixedArityBuiltins.Ord(vm, args[0]);
    }

    private static Value Iter(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "iter", 1, 2);
        if (args.Count == 2)
        {
            return IsCallable(args[0])
                ? Value.FromObject(new PyCallableIterator(args[0], args[1]))
                : throw PyErrors.TypeError("iter(v, w): v must be callable");
        }

        return SpecialMethods.IsUserObject(args[0]) && UserProtocols.TryIter(args[0], out var iterator)
            ? iterator
            : Value.FromObject(Iteration.GetIterator(args[0]));
    }

    internal static Value Next(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "next", 1, 2);
        bool exhausted;
        Value item;
        if (args[0].Ref is PyGenerator generator && args.Count == 1)
        {
            return generator.Send(Value.None);
        }

        if (args[0].Ref is PyIterator iterator)
        {
            exhausted = !iterator.TryNext(out item);
            if (exhausted && args.Count == 1)
            {
                throw iterator.TakeStopIteration() ?? PyErrors.StopIteration();
            }
        }
        else if (args.Count == 1 && SpecialMethods.IsUserObject(args[0]) && SpecialMethods.TryCall(args[0], "__next__", [], out var next))
        {
            // Without a default, the iterator's own StopIteration (its args, its value) is what next() raises.
            return next;
        }
        else if (!SpecialMethods.IsUserObject(args[0]) || !UserProtocols.TryNext(args[0], out item, out exhausted))
        {
            throw PyErrors.TypeError($"'{TypeNames.Of(args[0])}' object is not an iterator");
        }

        if (!exhausted)
        {
            return item;
        }

        return args.Count == 2 ? args[1] : throw PyErrors.StopIteration();
    }
}
