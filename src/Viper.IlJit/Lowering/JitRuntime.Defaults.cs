using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

internal static partial class JitRuntime
{
    /// <summary>
    /// Whether a compiled function with a direct body (<paramref name="callee"/>, which takes exactly
    /// its positional parameters) called with <paramref name="given"/> positional arguments has
    /// defaults for the rest (<c>f(x)</c> of <c>def f(x, y=None)</c>, or a method so called).
    /// </summary>
    private static bool FillsDefaults(Value callee, int given) =>
        callee.Ref is PyFunction function && given < function.Code.ExactArgCount && function.TakesPositionally(given);

    /// <summary>
    /// A call <see cref="FillsDefaults"/> took: the direct body with the defaults after the
    /// <paramref name="given"/> arguments of <paramref name="a0"/> to <paramref name="a3"/> (a
    /// method's receiver first), as the VM pushes such a call, instead of the interpreter's binding.
    /// The call helpers return its result without holding it: a value local in them is zeroed on
    /// every call, which made their other paths (a class's instantiation, <c>*args</c>) slower.
    /// </summary>
    private static Value CallFillingDefaults(Interpreter interpreter, Value callee, int given, Value a0, Value a1, Value a2, Value a3)
    {
        var function = (PyFunction)callee.Ref!;
        var parameters = function.Code.ExactArgCount;
        var p0 = Argument(0, a0);
        var p1 = Argument(1, a1);
        var p2 = Argument(2, a2);
        var p3 = Argument(3, a3);
        return DirectBodyOf(callee) switch
        {
            Func<Interpreter, Value, Value> one => one(interpreter, p0),
            Func<Interpreter, Value, Value, Value> two => two(interpreter, p0, p1),
            Func<Interpreter, Value, Value, Value, Value> three => three(interpreter, p0, p1, p2),
            Func<Interpreter, Value, Value, Value, Value, Value> four => four(interpreter, p0, p1, p2, p3),
            Func<Interpreter, PyFunction, Value, Value> one => one(interpreter, function, p0),
            Func<Interpreter, PyFunction, Value, Value, Value> two => two(interpreter, function, p0, p1),
            Func<Interpreter, PyFunction, Value, Value, Value, Value> three => three(interpreter, function, p0, p1, p2),
            Func<Interpreter, PyFunction, Value, Value, Value, Value, Value> four => four(interpreter, function, p0, p1, p2, p3),
            _ => throw new InvalidOperationException($"{function.QualifiedName} has no direct body of {parameters} parameters"),
        };

        Value Argument(int index, Value passed) =>
            index < given ? passed : index < parameters ? function.DefaultOf(index) : default;
    }
}
