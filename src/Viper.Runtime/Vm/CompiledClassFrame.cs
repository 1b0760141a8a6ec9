using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// A compiled frame whose code reads the class cell (zero-argument <c>super()</c>), which has no
/// VM frame for <c>super()</c> to look at: its function, what its first slot holds (the first
/// argument, or the cell holding it once a nested function captures it), and the frame depth it
/// runs at, which tells whether it is the innermost frame.
/// </summary>
internal readonly record struct CompiledClassFrame(PyFunction? Function, Value FirstSlot, int Depth);
