using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Runs a compiled code object: <paramref name="function"/> is the function being called (null for
/// module code), whose closure cells and class cell the code reads. <paramref name="frameBase"/>
/// is the start of its frame window in <paramref name="stack"/>, holding its bound parameters;
/// with <paramref name="startPc"/> 0 the code starts from the top, otherwise (on-stack
/// replacement) the whole window is the frame's state, cells included, and execution resumes at
/// that loop header. The entry owns its Python frame: it counts itself in the recursion depth and
/// adds its own traceback entry when an exception leaves it.
/// </summary>
public delegate Value CompiledEntry(Interpreter interpreter, PyFunction? function, Value[] stack, int frameBase, int startPc);

/// <summary>What a tier hook installs on a code object: the entry, for the globals it was compiled against.</summary>
public sealed class CompiledCode(PyDict globals, CompiledEntry entry, IReadOnlySet<int> loopHeaders)
{
    public PyDict Globals { get; } = globals;

    public CompiledEntry Entry { get; } = entry;

    /// <summary>Offsets where a running VM frame may move into the compiled code.</summary>
    public IReadOnlySet<int> LoopHeaders { get; } = loopHeaders;

    /// <summary>
    /// The compiled body for callers holding the arguments as values: a <c>Func</c> of the
    /// interpreter and exactly the code's positional parameters (so its type says the arity), for
    /// code with no keyword-only or variadic parameters and at most four; otherwise null. Code that
    /// reads its own function (closure cells, the class cell, functions it makes) takes the
    /// <see cref="PyFunction"/> after the interpreter.
    /// </summary>
    public Delegate? DirectBody { get; init; }
}
