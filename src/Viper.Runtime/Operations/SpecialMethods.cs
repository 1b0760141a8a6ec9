using System.Runtime.CompilerServices;
using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Operations;

/// <summary>
/// Finding and calling the special methods (<c>__add__</c>, <c>__repr__</c>, ...) a class written in
/// Python defines. The builtin operations consult these only on their slow paths, once the builtin
/// types' own cases have not matched, so ints, floats and strs never get here.
/// </summary>
public static class SpecialMethods
{
    /// <summary>
    /// True for an instance of a class written in Python, subclasses of builtin types included. An
    /// inline int or float is ruled out first by one compare of the sealed tag's type: the test for
    /// the unsealed <see cref="PyObject"/> calls .NET's cast helper when it fails.
    /// </summary>
    public static bool IsUserObject(Value value) => value.Ref is not InlineTag && value.Ref is PyObject { Type.IsBuiltin: false };

    /// <summary>
    /// Looks a special method up on the type (never the instance) in the classes written in Python, up to a
    /// builtin base that has it (whose own behaviour then applies): found only when one of them defines it.
    /// </summary>
    public static bool TryFind(PyType type, string name, out Value method)
    {
        if (type.IsBuiltin)
        {
            method = default;
            return false;
        }

        var cache = CacheOf(type);
        if (cache.TryGetRecent(name, out method))
        {
            return method.Ref is not null;
        }

        if (!cache.ByName.TryGetValue(name, out method))
        {
            method = default;
            foreach (var candidate in type.Mro)
            {
                if (!candidate.IsBuiltin && candidate.TryGetOwn(name, out method))
                {
                    break;
                }

                // A builtin base that has the method itself comes first in the MRO, as in CPython: int's
                // __hash__ wins over a mixin's after it (class Level(int, Named)). Object's never does.
                if (candidate.IsBuiltin && candidate != PyType.Object && candidate.TryGetOwn(name, out _))
                {
                    method = default;
                    break;
                }
            }

            cache.ByName.Set(name, method);
        }

        cache.Remember(name, method);
        return method.Ref is not null;
    }

    /// <summary>The class's cache of special-method answers, a new one if the class changed since the last.</summary>
    private static SpecialMethodCache CacheOf(PyType type)
    {
        var cache = type.SpecialMethodCache;
        if (cache is null || cache.Version != type.Version)
        {
            cache = type.SpecialMethodCache = new SpecialMethodCache(type.Version);
        }

        return cache;
    }

    /// <summary>What a class's <see cref="SpecialMethodCache.Operators"/> holds for a method it does not have.</summary>
    private static readonly object NoOperatorMethod = new();

    /// <summary>
    /// <see cref="TryFind"/> for a binary operator's method, remembered by index in the class's
    /// <see cref="SpecialMethodCache.Operators"/>.
    /// </summary>
    internal static bool TryFindOperator(PyType type, BinaryOperator op, OperatorForm form, out Value method)
    {
        if (type.IsBuiltin)
        {
            method = default;
            return false;
        }

        var cache = CacheOf(type);
        var operators = cache.Operators ??= new Value[OperatorNames.SlotCount];
        ref var entry = ref operators[OperatorNames.Slot(op, form)];
        if (entry.Ref is null)
        {
            entry = TryFind(type, OperatorNames.Of(op).Name(form), out var looked) ? looked : new Value { Ref = NoOperatorMethod };
        }

        method = entry;
        return !ReferenceEquals(entry.Ref, NoOperatorMethod);
    }

    /// <summary>
    /// Calls a binary operator's method of <paramref name="self"/>'s class on <paramref name="other"/>
    /// when the class defines it; false otherwise. A method set to None is called too, as CPython's
    /// slots call it: <c>'NoneType' object is not callable</c>.
    /// </summary>
    internal static bool TryCallOperator(Value self, BinaryOperator op, OperatorForm form, Value other, out Value result)
    {
        if (TryFindOperator(self.Type, op, form, out var method))
        {
            result = CallBound(method, self, [other]);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Calls <c>self.name(*args)</c> when the class defines it; false otherwise.</summary>
    public static bool TryCall(Value self, string name, ReadOnlySpan<Value> args, out Value result)
    {
        if (TryFind(self.Type, name, out var method) && !method.IsNone)
        {
            result = CallBound(method, self, args);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Calls a method found on <paramref name="self"/>'s type as <c>self.method(*args)</c> would.</summary>
    public static Value CallBound(Value method, Value self, ReadOnlySpan<Value> args, string[]? keywordNames = null)
    {
        var vm = Interpreter.Current;
        switch (method.Ref)
        {
            case PyStaticMethod staticMethod:
                return vm.Call(staticMethod.Function, args, keywordNames);
            case PyClassMethod classMethod:
                return vm.CallWithSelf(classMethod.Function, Value.FromObject(self.Type), args, keywordNames);
            case PyFunction function when keywordNames is null && TryCallDirectBody(vm, function, self, args, out var result):
                return result;
            case PyFunction or PyBuiltinFunction { IsMethod: true }:
                return vm.CallWithSelf(method, self, args, keywordNames);
            default:
                return vm.Call(InstanceAttributes.Bind(method, self, self.Type), args, keywordNames);
        }
    }

    /// <summary>
    /// A compiled method taking the receiver and up to one argument, called through its direct body
    /// (a vector class's <c>__add__</c>, a <c>__hash__</c>): the arguments pass as values instead of
    /// being copied to the VM's stack and bound there.
    /// </summary>
    private static bool TryCallDirectBody(Interpreter vm, PyFunction function, Value self, ReadOnlySpan<Value> args, out Value result)
    {
        if (args.Length == 0 ? TryCallDirectBody(vm, function, self, out result) : args.Length == 1 && TryCallDirectBody(vm, function, self, args[0], out result))
        {
            result = vm.ThrowIfPending(result);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>
    /// <paramref name="function"/>'s direct body called with the receiver alone, when it is compiled
    /// with one; a raise in it comes back parked (compiled code calls this to pass it on without a throw).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryCallDirectBody(Interpreter vm, PyFunction function, Value self, out Value result)
    {
        switch (DirectBodyOf(function))
        {
            case Func<Interpreter, Value, Value> body:
                result = body(vm, self);
                return true;
            case Func<Interpreter, PyFunction, Value, Value> body:
                result = body(vm, function, self);
                return true;
            default:
                return NotCalled(out result);
        }
    }

    /// <summary>As the one-operand form, with the receiver and one argument (<c>a - b</c>, <c>a &lt; b</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryCallDirectBody(Interpreter vm, PyFunction function, Value self, Value other, out Value result)
    {
        switch (DirectBodyOf(function))
        {
            case Func<Interpreter, Value, Value, Value> body:
                result = body(vm, self, other);
                return true;
            case Func<Interpreter, PyFunction, Value, Value, Value> body:
                result = body(vm, function, self, other);
                return true;
            default:
                return NotCalled(out result);
        }
    }

    /// <summary>The direct body of a function compiled for its own globals, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Delegate? DirectBodyOf(PyFunction function) =>
        function.Code.CompiledEntry is CompiledCode compiled && ReferenceEquals(compiled.Globals, function.Globals) ? compiled.DirectBody : null;

    private static bool NotCalled(out Value result)
    {
        result = default;
        return false;
    }

    public static bool IsNotImplemented(Value value) => ReferenceEquals(value.Ref, PyNotImplemented.Instance);

    /// <summary>Calls <c>self.name()</c>, requiring the result to be an int that fits a machine word (as <c>__len__</c>).</summary>
    public static long CallForIndex(Value self, string name, Value method)
    {
        var result = CallBound(method, self, []);

        // An int past the machine word is an OverflowError here, where a subscript's index is an
        // IndexError; as in CPython, a negative one fails the sign check first.
        if (Numbers.Classify(result, out _, out var big, out _) == NumberKind.Big)
        {
            throw big.Sign < 0
                ? PyErrors.ValueError($"{name}() should return >= 0")
                : PyErrors.Overflow("cannot fit 'int' into an index-sized integer");
        }

        if (!Numbers.TryGetIndex(result, out var index))
        {
            throw PyErrors.TypeError($"'{TypeNames.Of(result)}' object cannot be interpreted as an integer");
        }

        return index;
    }
}
