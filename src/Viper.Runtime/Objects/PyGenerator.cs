using Viper.Runtime.Errors;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Objects;

public enum GeneratorState
{
    /// <summary>Made by the call, not yet run: only <c>next()</c> or <c>send(None)</c> may start it.</summary>
    Created,

    /// <summary>Stopped at a YIELD_VALUE or YIELD_FROM, its frame saved in <see cref="PyGenerator.Slots"/>.</summary>
    Suspended,

    /// <summary>Its frame is on the VM's stack (or a <c>yield from</c> it runs is forwarding to its delegate).</summary>
    Running,

    /// <summary>Returned, raised or closed: every further <c>next()</c> stops at once.</summary>
    Finished,
}

/// <summary>
/// A generator: the suspended frame of a generator function's call. No thread and no .NET state
/// machine: while suspended the frame is just its slots and the offset of the yield it stopped
/// at; resuming copies the slots back onto the VM's stack and runs the frame there (see
/// <see cref="Interpreter.ResumeGenerator"/>), and yielding copies them out again, into the same array.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    public static PyType GeneratorType { get; } = new("generator", PyType.Object) { Type = PyType.TypeType };

    internal PyGenerator(Interpreter interpreter, PyFunction function, Value[] slots)
        : base(GeneratorType)
    {
        Interpreter = interpreter;
        Function = function;
        Slots = slots;
    }

    /// <summary>The interpreter whose stack the frame runs on (the one that made it), kept to spare a thread-static lookup per item.</summary>
    internal Interpreter Interpreter { get; }

    public PyFunction Function { get; }

    internal Value[] Slots { get; }

    /// <summary>The offset of the YIELD_VALUE or YIELD_FROM the frame is suspended at.</summary>
    internal int Pc;

    /// <summary>While suspended in <c>yield from</c>: the iterator it delegates to; unbound otherwise.</summary>
    internal Value Delegate;

    internal GeneratorState State;

    /// <summary>The exception the frame was handling when it yielded (a yield inside an except block), restored when it resumes.</summary>
    internal PyBaseException? HandledException;

    /// <summary>While it runs: the exception its consumer was handling, which is handled again when it yields or finishes.</summary>
    internal PyBaseException? OuterHandledException;

    public string Name => Function.Name;

    public string QualifiedName => Function.QualifiedName;

    public bool IsRunning => State == GeneratorState.Running;

    public bool IsSuspended => State == GeneratorState.Suspended;

    /// <summary><c>gi_yieldfrom</c>: the iterator a suspended <c>yield from</c> delegates to, else None.</summary>
    public Value YieldingFrom => Delegate.Ref switch
    {
        null => Value.None,
        PyUserIterator user => user.Iterator,
        _ => Delegate,
    };

    public override bool TryNext(out Value value) => Interpreter.ResumeGenerator(this, Value.None, out value);

    /// <summary><c>__next__</c> and <c>send</c>: the next yielded value, or StopIteration carrying the return value.</summary>
    public Value Send(Value sent) =>
        Interpreter.ResumeGenerator(this, sent, out var value) ? value : throw StopIterationFor(value);

    /// <summary>The StopIteration a finished generator raises: with the return value as its argument unless that is None.</summary>
    public static PythonException StopIterationFor(Value returned) =>
        new(new PyBaseException(ExceptionTypes.StopIteration, returned.IsNone ? [] : [returned]));
}
