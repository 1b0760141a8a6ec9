using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary>An instance of <c>random.Random</c>: its generator and the second normal deviate <c>gauss</c> keeps for its next call.</summary>
public sealed class PyRandom(PyType type) : PyObject(type)
{
    public MersenneTwister Generator { get; } = new();

    public Value GaussNext { get; set; } = Value.None;
}
