using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary>The real-valued distributions, each the same arithmetic on the same draws as in <c>random.py</c>.</summary>
public static partial class RandomModule
{
    /// <summary><c>4 * exp(-0.5) / sqrt(2.0)</c>, computed as random.py computes it.</summary>
    private static readonly double NormalMagic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);

    private static void InstallDistributions(PyType type)
    {
        AddMethod(type, "uniform", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "uniform", 2, "a", "b");
            var span = Arithmetic.Binary(BinaryOperator.Sub, values[1], values[0]);
            var offset = Arithmetic.Binary(BinaryOperator.Mult, span, Value.FromFloat(Self(args).Generator.NextDouble()));
            return Arithmetic.Binary(BinaryOperator.Add, values[0], offset);
        });
        AddMethod(type, "triangular", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "triangular", 0, "low", "high", "mode");
            var low = Real(values[0], 0.0);
            var high = Real(values[1], 1.0);
            var u = Self(args).Generator.NextDouble();
            double c;
            if (!values[2].IsBound || values[2].IsNone)
            {
                c = 0.5;
            }
            else if (high - low == 0.0)
            {
                return Value.FromFloat(low);
            }
            else
            {
                c = (Real(values[2], 0.0) - low) / (high - low);
            }

            if (u > c)
            {
                u = 1.0 - u;
                c = 1.0 - c;
                (low, high) = (high, low);
            }

            return Value.FromFloat(low + ((high - low) * Math.Sqrt(u * c)));
        });
        AddMethod(type, "gauss", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "gauss", 0, "mu", "sigma");
            var self = Self(args);
            var z = self.GaussNext;
            self.GaussNext = Value.None;
            if (z.IsNone)
            {
                var angle = self.Generator.NextDouble() * Math.Tau;
                var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - self.Generator.NextDouble()));
                z = Value.FromFloat(Math.Cos(angle) * radius);
                self.GaussNext = Value.FromFloat(Math.Sin(angle) * radius);
            }

            return Shifted(values[0], values[1], z);
        });
        AddMethod(type, "normalvariate", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "normalvariate", 0, "mu", "sigma");
            return Shifted(values[0], values[1], Value.FromFloat(StandardNormal(Self(args))));
        });
        AddMethod(type, "lognormvariate", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "lognormvariate", 2, "mu", "sigma");
            var normal = Shifted(values[0], values[1], Value.FromFloat(StandardNormal(Self(args))));
            var exponent = Real(normal, 0.0);
            var result = Math.Exp(exponent);
            return double.IsInfinity(result) && double.IsFinite(exponent) ? throw PyErrors.Overflow("math range error") : Value.FromFloat(result);
        });
        AddMethod(type, "expovariate", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "expovariate", 1, "lambd");
            var draw = Value.FromFloat(-Math.Log(1.0 - Self(args).Generator.NextDouble()));
            return Arithmetic.Binary(BinaryOperator.Div, draw, values[0]);
        });
        AddMethod(type, "paretovariate", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "paretovariate", 1, "alpha");
            var u = Value.FromFloat(1.0 - Self(args).Generator.NextDouble());
            var exponent = Arithmetic.Binary(BinaryOperator.Div, Value.FromFloat(-1.0), values[0]);
            return Arithmetic.Binary(BinaryOperator.Pow, u, exponent);
        });
        AddMethod(type, "weibullvariate", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "weibullvariate", 2, "alpha", "beta");
            var u = 1.0 - Self(args).Generator.NextDouble();
            var exponent = Arithmetic.Binary(BinaryOperator.Div, Value.FromFloat(1.0), values[1]);
            var power = Arithmetic.Binary(BinaryOperator.Pow, Value.FromFloat(-Math.Log(u)), exponent);
            return Arithmetic.Binary(BinaryOperator.Mult, values[0], power);
        });
    }

    /// <summary>Kinderman and Monahan's ratio-of-uniforms method, as <c>normalvariate</c> runs it.</summary>
    private static double StandardNormal(PyRandom random)
    {
        while (true)
        {
            var u1 = random.Generator.NextDouble();
            var u2 = 1.0 - random.Generator.NextDouble();
            var z = NormalMagic * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -Math.Log(u2))
            {
                return z;
            }
        }
    }

    /// <summary><c>mu + z * sigma</c> in Python arithmetic, with random.py's defaults of 0.0 and 1.0.</summary>
    private static Value Shifted(Value mu, Value sigma, Value z)
    {
        var scaled = Arithmetic.Binary(BinaryOperator.Mult, z, sigma.IsBound ? sigma : Value.FromFloat(1.0));
        return Arithmetic.Binary(BinaryOperator.Add, mu.IsBound ? mu : Value.FromFloat(0.0), scaled);
    }

    private static double Real(Value value, double fallback) =>
        !value.IsBound ? fallback
        : Numbers.TryGetDouble(value, out var real) ? real
        : throw PyErrors.TypeError($"must be real number, not {TypeNames.Of(value)}");
}
