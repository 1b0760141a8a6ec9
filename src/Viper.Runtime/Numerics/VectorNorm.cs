namespace Viper.Runtime.Numerics;

/// <summary>
/// The Euclidean norm as CPython 3.11 computes it for <c>hypot</c> and <c>dist</c>: coordinates scaled
/// by a power of two, squares and sums kept exactly as double-length pairs, then a square root with
/// one differential correction, which makes the result correctly rounded in nearly every case.
/// </summary>
public static class VectorNorm
{
    /// <summary>C's DBL_MIN, the smallest normal double.</summary>
    private const double SmallestNormal = 2.2250738585072014e-308;

    public static double Of(double[] coordinates)
    {
        var max = 0.0;
        var foundNaN = false;
        for (var i = 0; i < coordinates.Length; i++)
        {
            var x = Math.Abs(coordinates[i]);
            coordinates[i] = x;
            foundNaN |= double.IsNaN(x);
            if (x > max)
            {
                max = x;
            }
        }

        return Norm(coordinates, max, foundNaN);
    }

    private static double Norm(double[] vector, double max, bool foundNaN)
    {
        if (double.IsInfinity(max))
        {
            return max;
        }

        if (foundNaN)
        {
            return double.NaN;
        }

        if (max == 0 || vector.Length <= 1)
        {
            return max;
        }

        var maxExponent = Math.ILogB(max) + 1;
        if (maxExponent < -1023)
        {
            // Subnormals: scale them to normals first, as CPython does.
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= SmallestNormal;
            }

            return SmallestNormal * Norm(vector, max / SmallestNormal, foundNaN);
        }

        var scale = Math.ScaleB(1.0, -maxExponent);
        double sum = 1.0, fraction1 = 0.0, fraction2 = 0.0;
        foreach (var coordinate in vector)
        {
            var x = coordinate * scale;
            var (productHigh, productLow) = Multiply(x, x);
            var (sumHigh, sumLow) = FastSum(sum, productHigh);
            sum = sumHigh;
            fraction1 += productLow;
            fraction2 += sumLow;
        }

        var h = Math.Sqrt(sum - 1.0 + (fraction1 + fraction2));
        var (correctionHigh, correctionLow) = Multiply(-h, h);
        var (finalHigh, finalLow) = FastSum(sum, correctionHigh);
        sum = finalHigh;
        fraction1 += correctionLow;
        fraction2 += finalLow;
        var residual = sum - 1.0 + (fraction1 + fraction2);
        h += residual / (2.0 * h);
        return h / scale;
    }

    private static (double High, double Low) Multiply(double x, double y)
    {
        var high = x * y;
        return (high, Math.FusedMultiplyAdd(x, y, -high));
    }

    private static (double High, double Low) FastSum(double a, double b)
    {
        var high = a + b;
        return (high, (a - high) + b);
    }
}
