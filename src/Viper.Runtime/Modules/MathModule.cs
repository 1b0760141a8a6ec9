using System.Numerics;
using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Modules;

/// <summary>
/// The <c>math</c> module: the C library's functions (the same glibc CPython calls, so the same
/// bits), CPython's own algorithms where it has them (<c>hypot</c>, <c>fsum</c>), and its error
/// rules: a NaN from a non-NaN argument is "math domain error", an infinity from a finite one is
/// "math range error" for the functions that can overflow and a domain error for the rest.
/// The integer functions are in MathModule.Integers.cs.
/// </summary>
public static partial class MathModule
{
    public static PyModule Create(PythonRuntime runtime)
    {
        var dict = new PyDict();
        dict.SetItem("__name__", Value.FromString("math"));
        dict.SetItem("pi", Value.FromFloat(Math.PI));
        dict.SetItem("e", Value.FromFloat(Math.E));
        dict.SetItem("tau", Value.FromFloat(Math.Tau));
        dict.SetItem("inf", Value.FromFloat(double.PositiveInfinity));
        dict.SetItem("nan", Value.FromFloat(double.NaN));

        OneFloat(dict, "sqrt", Math.Sqrt);
        OneFloat(dict, "exp", Math.Exp, canOverflow: true);
        OneFloat(dict, "exp2", x => Math.Pow(2, x), canOverflow: true);
        OneFloat(dict, "cbrt", Math.Cbrt);
        OneFloat(dict, "sin", Math.Sin);
        OneFloat(dict, "cos", Math.Cos);
        OneFloat(dict, "tan", Math.Tan);
        OneFloat(dict, "asin", Math.Asin);
        OneFloat(dict, "acos", Math.Acos);
        OneFloat(dict, "atan", Math.Atan);
        OneFloat(dict, "sinh", Math.Sinh, canOverflow: true);
        OneFloat(dict, "cosh", Math.Cosh, canOverflow: true);
        OneFloat(dict, "tanh", Math.Tanh);
        OneFloat(dict, "asinh", Math.Asinh);
        OneFloat(dict, "acosh", Math.Acosh);
        OneFloat(dict, "atanh", Math.Atanh);
        OneFloat(dict, "fabs", Math.Abs);
        OneFloat(dict, "degrees", x => x * (180.0 / Math.PI));
        OneFloat(dict, "radians", x => x * (Math.PI / 180.0));
        Add(dict, "log", Log);
        Add(dict, "log2", (vm, args) => { ArgumentCheck.Exactly(args, "log2", 1); return Value.FromFloat(Logarithm(args[0], Math.Log2)); });
        Add(dict, "log10", (vm, args) => { ArgumentCheck.Exactly(args, "log10", 1); return Value.FromFloat(Logarithm(args[0], Math.Log10)); });
        Add(dict, "pow", (vm, args) => { ArgumentCheck.Exactly(args, "pow", 2); return Value.FromFloat(Power(Real(args[0]), Real(args[1]))); });
        TwoFloats(dict, "atan2", Math.Atan2);
        TwoFloats(dict, "copysign", Math.CopySign);
        TwoFloats(dict, "fmod", (x, y) => x % y);
        TwoFloats(dict, "remainder", (x, y) => double.IsInfinity(y) && double.IsFinite(x) ? x : Math.IEEERemainder(x, y));
        TwoFloats(dict, "nextafter", (x, y) => double.IsNaN(x) || double.IsNaN(y) ? double.NaN : x == y ? y : x < y ? Math.BitIncrement(x) : Math.BitDecrement(x));
        OneFloat(dict, "ulp", Ulp);
        Add(dict, "floor", (vm, args) => Rounded(args, "floor", Math.Floor), (vm, x) => Rounded(x, Math.Floor));
        Add(dict, "ceil", (vm, args) => Rounded(args, "ceil", Math.Ceiling), (vm, x) => Rounded(x, Math.Ceiling));
        Add(dict, "trunc", Trunc);
        Predicate(dict, "isnan", double.IsNaN);
        Predicate(dict, "isinf", double.IsInfinity);
        Predicate(dict, "isfinite", double.IsFinite);
        Add(dict, "isclose", IsClose);
        Add(dict, "modf", Modf);
        Add(dict, "frexp", Frexp);
        Add(dict, "ldexp", Ldexp);
        AddSpecialFunctions(dict);
        Add(dict, "hypot", (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, "hypot");
            var coordinates = new double[args.Count];
            for (var i = 0; i < args.Count; i++)
            {
                coordinates[i] = Real(args[i]);
            }

            return Value.FromFloat(VectorNorm.Of(coordinates));
        });
        Add(dict, "dist", Dist);
        Add(dict, "fsum", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "fsum", 1);
            // Each item converts as it arrives, so a bad one stops the iteration there as in CPython.
            var iterator = Iteration.GetIterator(args[0]);
            var reals = new List<double>();
            while (iterator.TryNext(out var item))
            {
                reals.Add(Real(item));
            }

            return Value.FromFloat(ExactSum.Of(reals));
        });
        InstallIntegers(dict);
        return new PyModule("math", dict);
    }

    private static void Add(PyDict dict, string name, BuiltinBody body, BuiltinBody1? oneArgument = null) =>
        dict.SetItem(name, Value.FromObject(new PyBuiltinFunction(name, body) { OneArgument = oneArgument }));

    /// <summary>A float function of one argument, with CPython's math_1 error rules.</summary>
    private static void OneFloat(PyDict dict, string name, Func<double, double> function, bool canOverflow = false)
    {
        Value Apply(Value argument)
        {
            var x = Real(argument);
            return Value.FromFloat(Checked(x, function(x), canOverflow));
        }

        Add(dict, name, (vm, args) =>
        {
            ArgumentCheck.Exactly(args, $"math.{name}", 1);
            return Apply(args[0]);
        }, (vm, x) => Apply(x));
    }

    private static void TwoFloats(PyDict dict, string name, Func<double, double, double> function) =>
        Add(dict, name, (vm, args) =>
        {
            ArgumentCheck.Exactly(args, name, 2);
            var x = Real(args[0]);
            var y = Real(args[1]);
            var result = function(x, y);
            if (double.IsNaN(result) && !double.IsNaN(x) && !double.IsNaN(y))
            {
                throw DomainError();
            }

            return Value.FromFloat(result);
        });

    private static void Predicate(PyDict dict, string name, Func<double, bool> test) =>
        Add(dict, name, (vm, args) =>
        {
            ArgumentCheck.Exactly(args, $"math.{name}", 1);
            return Value.FromBool(test(Real(args[0])));
        });

    private static double Checked(double x, double result, bool canOverflow)
    {
        if (double.IsNaN(result) && !double.IsNaN(x))
        {
            throw DomainError();
        }

        if (double.IsInfinity(result) && double.IsFinite(x))
        {
            throw canOverflow ? RangeError() : DomainError();
        }

        return result;
    }

    internal static PythonException DomainError() => PyErrors.ValueError("math domain error");

    private static PythonException RangeError() => PyErrors.Overflow("math range error");

    /// <summary>An argument as a float: ints (OverflowError when too big) and floats; TypeError otherwise.</summary>
    internal static double Real(Value value)
    {
        try
        {
            return Numbers.TryGetDouble(value, out var real)
                ? real
                : throw PyErrors.TypeError($"must be real number, not {TypeNames.Of(value)}");
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    private static Value Log(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "log", 1, 2);
        var numerator = Logarithm(args[0], Math.Log);
        if (args.Count == 1)
        {
            return Value.FromFloat(numerator);
        }

        var denominator = Logarithm(args[1], Math.Log);
        return denominator == 0 ? throw PyErrors.ZeroDivision("float division by zero") : Value.FromFloat(numerator / denominator);
    }

    /// <summary>A logarithm of a float or of an int of any size (a huge int as mantissa × 2**exponent, as CPython does).</summary>
    private static double Logarithm(Value value, Func<double, double> log)
    {
        if (value.Ref is PyBigInt && Numbers.TryGetBigInteger(value, out var big))
        {
            if (big.Sign <= 0)
            {
                throw DomainError();
            }

            var bits = (int)big.GetBitLength();
            if (bits <= 1000)
            {
                return log((double)big);
            }

            var mantissa = (double)(big >> (bits - 60)) / Math.Pow(2, 60);
            return log(mantissa) + (log(2.0) * bits);
        }

        var x = Real(value);
        if (double.IsNaN(x) || x > 0)
        {
            return log(x);
        }

        throw DomainError();
    }

    /// <summary>CPython's math.pow: C99 pow with its special cases made explicit and errors for the rest.</summary>
    private static double Power(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x))
            {
                return y == 0 ? 1 : x;
            }

            if (double.IsNaN(y))
            {
                return x == 1 ? 1 : y;
            }

            if (double.IsInfinity(x))
            {
                var oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                return y > 0 ? (oddY ? x : Math.Abs(x)) : y == 0 ? 1 : (oddY ? Math.CopySign(0, x) : 0);
            }

            return Math.Abs(x) == 1 ? 1 : (y > 0 && Math.Abs(x) > 1) ? y : (y < 0 && Math.Abs(x) < 1) ? -y : 0;
        }

        var result = Math.Pow(x, y);
        if (double.IsNaN(result))
        {
            throw DomainError();
        }

        if (double.IsInfinity(result))
        {
            throw x == 0 ? DomainError() : RangeError();
        }

        return result;
    }

    private static double Ulp(double x)
    {
        if (!double.IsFinite(x))
        {
            return Math.Abs(x);
        }

        x = Math.Abs(x);
        var next = Math.BitIncrement(x);
        return double.IsInfinity(next) ? x - Math.BitDecrement(x) : next - x;
    }

    /// <summary>floor and ceil: an int stays as it is; a float becomes the int it rounds to.</summary>
    private static Value Rounded(CallArgs args, string name, Func<double, double> round)
    {
        ArgumentCheck.Exactly(args, $"math.{name}", 1);
        return Rounded(args[0], round);
    }

    internal static Value Rounded(Value x, Func<double, double> round) => AsPlainInt(x) ?? ToInt(round(Real(x)));

    private static Value Trunc(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "math.trunc", 1);
        if (AsPlainInt(args[0]) is { } integer)
        {
            return integer;
        }

        return Numbers.Classify(args[0], out _, out _, out var real) == NumberKind.Float
            ? ToInt(Math.Truncate(real))
            : throw PyErrors.TypeError($"type {TypeNames.Of(args[0])} doesn't define __trunc__ method");
    }

    /// <summary>An int argument as it is (a bool as 0 or 1): floor, ceil and trunc of an int; null for anything else.</summary>
    private static Value? AsPlainInt(Value value) =>
        !Numbers.IsInteger(value) ? null : value.Ref is PyBool b ? Value.FromInt(b.AsLong) : Numbers.Exact(value);

    private static Value ToInt(double whole)
    {
        try
        {
            return IntMath.TryFromDouble(whole, out var small) ? Value.FromInt(small) : Value.FromBigInteger(IntMath.FromDouble(whole));
        }
        catch (NumericError error)
        {
            throw PyErrors.FromNumeric(error);
        }
    }

    private static Value IsClose(Interpreter vm, CallArgs args)
    {
        Value a = default, b = default, relative = default, absolute = default;
        var names = args.KeywordNames ?? [];
        if (args.Count > 2)
        {
            throw PyErrors.TypeError($"isclose() takes exactly 2 positional arguments ({args.Count} given)");
        }

        if (args.Count > 0)
        {
            a = args[0];
        }

        if (args.Count > 1)
        {
            b = args[1];
        }

        for (var i = 0; i < names.Length; i++)
        {
            var value = args.All[args.Count + i];
            switch (names[i])
            {
                case "a": a = value; break;
                case "b": b = value; break;
                case "rel_tol": relative = value; break;
                case "abs_tol": absolute = value; break;
                default: throw PyErrors.TypeError($"isclose() got an unexpected keyword argument '{names[i]}'");
            }
        }

        if (!a.IsBound || !b.IsBound)
        {
            throw PyErrors.TypeError($"isclose() missing required argument '{(a.IsBound ? "b" : "a")}' (pos {(a.IsBound ? 2 : 1)})");
        }

        var x = Real(a);
        var y = Real(b);
        var relTol = relative.IsBound ? Real(relative) : 1e-09;
        var absTol = absolute.IsBound ? Real(absolute) : 0.0;
        if (relTol < 0 || absTol < 0)
        {
            throw PyErrors.ValueError("tolerances must be non-negative");
        }

        if (x == y)
        {
            return Value.True;
        }

        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return Value.False;
        }

        var difference = Math.Abs(y - x);
        return Value.FromBool((difference <= Math.Abs(relTol * y)) || (difference <= Math.Abs(relTol * x)) || difference <= absTol);
    }

    private static Value Modf(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "math.modf", 1);
        var x = Real(args[0]);
        if (double.IsInfinity(x))
        {
            return Value.FromObject(PyTuple.Of(Value.FromFloat(Math.CopySign(0, x)), Value.FromFloat(x)));
        }

        var whole = Math.Truncate(x);
        return Value.FromObject(PyTuple.Of(Value.FromFloat(Math.CopySign(x - whole, x)), Value.FromFloat(whole)));
    }

    private static Value Frexp(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "math.frexp", 1);
        var x = Real(args[0]);
        if (x == 0 || !double.IsFinite(x))
        {
            return Value.FromObject(PyTuple.Of(Value.FromFloat(x), Value.FromInt(0)));
        }

        var exponent = Math.ILogB(x) + 1;
        var mantissa = Math.ScaleB(x, -exponent);
        return Value.FromObject(PyTuple.Of(Value.FromFloat(mantissa), Value.FromInt(exponent)));
    }

    private static Value Ldexp(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "ldexp", 2);
        var x = Real(args[0]);
        if (!Numbers.TryGetBigInteger(args[1], out var exponent) || args[1].IsFloat)
        {
            throw PyErrors.TypeError("Expected an int as second argument to ldexp.");
        }

        if (x == 0 || !double.IsFinite(x))
        {
            return Value.FromFloat(x);
        }

        var clamped = (int)BigInteger.Clamp(exponent, -10000, 10000);
        var result = Math.ScaleB(x, clamped);
        return double.IsInfinity(result) ? throw RangeError() : Value.FromFloat(result);
    }

    private static Value Dist(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "dist", 2);
        if (args[0].Ref is not PyTuple and not PyList || args[1].Ref is not PyTuple and not PyList)
        {
            throw PyErrors.TypeError("dist(): both points must be sequences");
        }

        var p = Iteration.ToList(args[0]);
        var q = Iteration.ToList(args[1]);
        if (p.Count != q.Count)
        {
            throw PyErrors.ValueError("both points must have the same number of dimensions");
        }

        var differences = new double[p.Count];
        for (var i = 0; i < p.Count; i++)
        {
            differences[i] = Real(p[i]) - Real(q[i]);
        }

        return Value.FromFloat(VectorNorm.Of(differences));
    }
}
