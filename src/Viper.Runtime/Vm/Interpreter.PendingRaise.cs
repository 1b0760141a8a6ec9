using System.Runtime.CompilerServices;
using Viper.Runtime.Errors;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// The pending-raise protocol. A .NET throw costs microseconds, and more for every frame it crosses;
/// a Python exception leaving a compiled function body is instead parked here and the body returns
/// <see cref="PendingRaise"/>, which no Python value can equal. So do the few runtime operations
/// whose failure programs catch routinely, where every caller knows the protocol (next() of an
/// exhausted builtin iterator, and for compiled code an attribute miss and a division by zero).
/// Whoever called takes the exception at once: compiled code and the dispatch loop deliver it to a
/// handler (or pass it on the same way), every other caller throws it (<see cref="ThrowIfPending"/>).
/// The exception holds the traceback entries of the frames it left, none when an operation parked it.
/// </summary>
public sealed partial class Interpreter
{
    private static readonly object PendingRaiseTag = new();

    private PythonException? _pendingRaise;

    /// <summary>What a compiled body returns when it left with an exception, parked by <see cref="ParkRaise"/>.</summary>
    internal static Value PendingRaise
    {
        get
        {
            Value marker = default;
            Value.SetInline(ref marker, PendingRaiseTag, 0);
            return marker;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPendingRaise(Value result) => ReferenceEquals(result.Ref, PendingRaiseTag);

    /// <summary>Parks <paramref name="error"/> for the caller of the body that returns the marker this returns.</summary>
    internal Value ParkRaise(PythonException error)
    {
        _pendingRaise = error;
        return PendingRaise;
    }

    /// <summary>The exception a body that returned <see cref="PendingRaise"/> parked.</summary>
    internal PythonException TakePendingRaise()
    {
        var error = _pendingRaise!;
        _pendingRaise = null;
        return error;
    }

    /// <summary>A compiled body's result for a caller that only knows thrown exceptions: the value, or the parked exception thrown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Value ThrowIfPending(Value result) => IsPendingRaise(result) ? throw TakePendingRaise() : result;

    /// <summary>
    /// A callee of the dispatch loop's call at <paramref name="pc"/> (compiled code, a builtin)
    /// returned <see cref="PendingRaise"/>: its exception is delivered from the calling frame as a
    /// raise there, chained to the exception being handled when no frame has recorded it yet;
    /// throws (with this run's frames popped) when no handler in this run takes it.
    /// </summary>
    private void DeliverPendingRaise(Frame frame, int pc, int entryFrame)
    {
        frame.Pc = pc;
        var pending = TakePendingRaise();
        var error = pending.Value;
        if (error.Traceback.Count == 0)
        {
            ExceptionRaising.SetContext(error, _handledException);
        }

        if (!Deliver(ref error, entryFrame, reraise: false))
        {
            throw ReferenceEquals(error, pending.Value) ? pending : new PythonException(error);
        }
    }
}
