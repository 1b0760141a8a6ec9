using System.Numerics;
using BenchmarkDotNet.Attributes;
using Viper.Frontend.Ast;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Perf.Micro;

/// <summary>
/// Adding two 7000-bit ints (the size <c>fib_iterative</c> ends at): .NET's <see cref="BigInteger"/>
/// (what big ints used to be), Viper's limb addition alone, the allocation of its result alone, and the
/// whole operator as the VM calls it.
/// </summary>
[MemoryDiagnoser]
public class BigIntAddBenchmarks
{
    private const int Bits = 7000;

    private BigInteger _x;
    private BigInteger _y;
    private ulong[] _xLimbs = [];
    private ulong[] _yLimbs = [];
    private Value _xValue;
    private Value _yValue;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7000);
        _x = RandomBits(random);
        _y = RandomBits(random);
        _xLimbs = Magnitude.FromBigInteger(_x);
        _yLimbs = Magnitude.FromBigInteger(_y);
        _xValue = PyBigInt.Create(false, _xLimbs);
        _yValue = PyBigInt.Create(false, _yLimbs);
    }

    [Benchmark(Baseline = true)]
    public BigInteger DotNetBigInteger() => _x + _y;

    [Benchmark]
    public ulong[] MagnitudeAdd() => Magnitude.Add(_xLimbs, _yLimbs);

    /// <summary>The floor under any of these: allocating (and so clearing) a result of that size.</summary>
    [Benchmark]
    public ulong[] AllocateResultLimbs() => new ulong[_xLimbs.Length + 1];

    [Benchmark]
    public Value PythonAdd() => Arithmetic.Binary(BinaryOperator.Add, _xValue, _yValue);

    private static BigInteger RandomBits(Random random)
    {
        var bytes = new byte[Bits / 8];
        random.NextBytes(bytes);
        bytes[^1] |= 0x80;
        return new BigInteger(bytes, isUnsigned: true);
    }
}
