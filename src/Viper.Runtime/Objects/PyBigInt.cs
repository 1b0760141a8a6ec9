using System.Numerics;

namespace Viper.Runtime.Objects;

/// <summary>An int outside the 64-bit range; results that fit in 64 bits go back to inline ints.</summary>
public sealed class PyBigInt(BigInteger value) : PyObject(PyType.Int)
{
    public BigInteger Value { get; } = value;
}
