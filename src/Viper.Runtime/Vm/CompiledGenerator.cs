using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Runs a compiled generator body from <paramref name="pc"/>: 0 to start it, or the offset where
/// it resumes after a yield (the instruction after a YIELD_VALUE, or a YIELD_FROM itself to go on
/// delegating). The frame's state is the generator's saved slots, which the body loads on entry
/// and saves again when it yields. A yield leaves the generator suspended and returns the item;
/// a return leaves it running (the caller finishes it) and returns the return value. With
/// <paramref name="thrown"/>, the body raises it at <paramref name="pc"/> instead of going on.
/// With <paramref name="consumer"/> (a consuming builtin draining the generator), each yielded
/// item the consumer can take quietly is taken at the yield and the body goes on without
/// suspending; when it takes one and wants no more, the body suspends returning an unbound value.
/// </summary>
public delegate Value CompiledGeneratorBody(Interpreter interpreter, PyGenerator generator, int pc, PyBaseException? thrown, ItemConsumer? consumer);

/// <summary>What a tier hook installs on a generator function's code object: its body, for the globals it was compiled against.</summary>
public sealed class CompiledGenerator(PyDict globals, CompiledGeneratorBody body, bool handlesExceptions)
{
    public PyDict Globals { get; } = globals;

    public CompiledGeneratorBody Body { get; } = body;

    /// <summary>
    /// Whether the body has handlers, the only code that changes the exception being handled, so
    /// the only bodies whose resumptions must enter and leave the generator's own.
    /// </summary>
    public bool HandlesExceptions { get; } = handlesExceptions;
}
