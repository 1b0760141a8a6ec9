using System.Runtime.InteropServices;
using Viper.Runtime.Builtins;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary>
/// The special functions: <c>erf</c>, <c>erfc</c>, <c>expm1</c> and <c>log1p</c> come from the
/// platform's C library, as CPython takes them, so results agree to the last bit; <c>gamma</c> and
/// <c>lgamma</c> are CPython's own Lanczos approximation (N = 13, g ≈ 6.0247), which it uses
/// instead of libm's so that every platform gives the same answers.
/// </summary>
public static partial class MathModule
{
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    /// <summary>The numerator of the Lanczos sum as a rational function, lowest power first.</summary>
    private static readonly double[] LanczosNumerator =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    /// <summary>The denominator x(x+1)...(x+11) expanded, lowest power first.</summary>
    private static readonly double[] LanczosDenominator =
        [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

    private static void AddSpecialFunctions(PyDict dict)
    {
        OneFloat(dict, "erf", x => LibM.erf(x));
        OneFloat(dict, "erfc", x => LibM.erfc(x));
        OneFloat(dict, "expm1", x => LibM.expm1(x), canOverflow: true);
        OneFloat(dict, "log1p", Log1p);
        Add(dict, "gamma", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "math.gamma", 1);
            return Value.FromFloat(Gamma(Real(args[0])));
        });
        Add(dict, "lgamma", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "math.lgamma", 1);
            return Value.FromFloat(LogGamma(Real(args[0])));
        });
    }

    /// <summary>log1p with CPython's domain: -1 and below are errors, and -0.0 keeps its sign.</summary>
    private static double Log1p(double x) => x <= -1.0 ? double.NaN : LibM.log1p(x);

    private static double Gamma(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) || x > 0.0 ? x : throw DomainError();
        }

        if (x == 0.0 || (x == Math.Floor(x) && x < 0.0))
        {
            throw DomainError();
        }

        if (x == Math.Floor(x) && x <= 23.0)
        {
            // Exact factorials: (x - 1)! fits a double exactly up to 22!.
            var factorial = 1.0;
            for (var k = 2.0; k < x; k++)
            {
                factorial *= k;
            }

            return factorial;
        }

        var absX = Math.Abs(x);
        if (absX < 1e-20)
        {
            var reciprocal = 1.0 / x;
            return double.IsInfinity(reciprocal) ? throw RangeError() : reciprocal;
        }

        if (absX > 200.0)
        {
            return x < 0.0 ? 0.0 / SinPi(x) : throw RangeError();
        }

        // y = absX + g - 0.5 rounded; z corrects for that rounding (the derivation is in CPython's mathmodule.c).
        var y = absX + LanczosGMinusHalf;
        var z = absX > LanczosGMinusHalf ? y - absX - LanczosGMinusHalf : y - LanczosGMinusHalf - absX;
        z = z * LanczosG / y;
        double result;
        if (x < 0.0)
        {
            result = -Math.PI / SinPi(absX) / absX * Math.Exp(y) / LanczosSum(absX);
            result -= z * result;
            if (absX < 140.0)
            {
                result /= Math.Pow(y, absX - 0.5);
            }
            else
            {
                var halfPower = Math.Pow(y, absX / 2.0 - 0.25);
                result /= halfPower;
                result /= halfPower;
            }
        }
        else
        {
            result = LanczosSum(absX) / Math.Exp(y);
            result += z * result;
            if (absX < 140.0)
            {
                result *= Math.Pow(y, absX - 0.5);
            }
            else
            {
                var halfPower = Math.Pow(y, absX / 2.0 - 0.25);
                result *= halfPower;
                result *= halfPower;
            }
        }

        return double.IsInfinity(result) ? throw RangeError() : result;
    }

    private static double LogGamma(double x)
    {
        if (!double.IsFinite(x))
        {
            return double.IsNaN(x) ? x : double.PositiveInfinity;
        }

        if (x == Math.Floor(x) && x <= 2.0)
        {
            return x <= 0.0 ? throw DomainError() : 0.0;
        }

        var absX = Math.Abs(x);
        if (absX < 1e-20)
        {
            return -Math.Log(absX);
        }

        var result = Math.Log(LanczosSum(absX)) - LanczosG;
        result += (absX - 0.5) * (Math.Log(absX + LanczosG - 0.5) - 1);
        if (x < 0.0)
        {
            // The reflection formula: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
            result = LogPi - Math.Log(Math.Abs(SinPi(absX))) - Math.Log(absX) - result;
        }

        return double.IsInfinity(result) ? throw RangeError() : result;
    }

    /// <summary>The Lanczos sum for x > 0, rescaled by x^-12 above 5 so it cannot overflow.</summary>
    private static double LanczosSum(double x)
    {
        double numerator = 0.0, denominator = 0.0;
        if (x < 5.0)
        {
            for (var i = LanczosNumerator.Length - 1; i >= 0; i--)
            {
                numerator = numerator * x + LanczosNumerator[i];
                denominator = denominator * x + LanczosDenominator[i];
            }
        }
        else
        {
            for (var i = 0; i < LanczosNumerator.Length; i++)
            {
                numerator = numerator / x + LanczosNumerator[i];
                denominator = denominator / x + LanczosDenominator[i];
            }
        }

        return numerator / denominator;
    }

    /// <summary>sin(pi x), exact at integers and half-integers: the argument is reduced to a quarter period first.</summary>
    private static double SinPi(double x)
    {
        var y = Math.Abs(x) % 2.0;
        var octant = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        var r = octant switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    /// <summary>The C library's functions that .NET's Math lacks.</summary>
    private static class LibM
    {
        private const string Library = "libm.so.6";

        [DllImport(Library)]
        public static extern double erf(double x);

        [DllImport(Library)]
        public static extern double erfc(double x);

        [DllImport(Library)]
        public static extern double expm1(double x);

        [DllImport(Library)]
        public static extern double log1p(double x);
    }
}
