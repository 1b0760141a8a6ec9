using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The helpers of compiled try statements: the catch of a body with an exception table delivers
/// an exception as the VM's <c>Deliver</c> does for one frame, and the instructions of except,
/// finally and with blocks call the VM's own operations.
/// </summary>
internal static partial class JitRuntime
{
    /// <summary>
    /// An exception caught in a compiled frame with an exception table, as the VM delivers it: turned
    /// into the Python error the VM makes of it, chained to the exception being handled when raised
    /// in this frame, and recorded in the traceback unless it is re-raised (RERAISE and a bare
    /// <c>raise</c> add no frame). Anything the VM would not turn into a Python error is returned as is.
    /// </summary>
    public static Exception Delivered(Exception error, CodeObject code, int pc, bool reraise) =>
        reraise ? error : AddTraceback(error, code, pc);

    /// <summary>
    /// The filter of a compiled frame, run while .NET still searches for the exception's handler,
    /// before anything unwinds. An exception that no handler of this frame takes passes through
    /// here, delivered (see <see cref="Delivered"/>) and with the frame left, so no catch of this
    /// frame rethrows it: a rethrow from a catch nests .NET's exception dispatch on the stack, and
    /// tens of thousands of compiled frames (under a raised recursion limit) overflowed it. True
    /// when the frame's catch must take the exception: a handler of the frame covers it, or it is a
    /// .NET exception that the catch turns into a Python error.
    /// </summary>
    public static bool CatchesHere(Exception error, Interpreter interpreter, CodeObject code, int pc, bool reraise)
    {
        if (error is not PythonException || HandlerIndex(error, code, pc) >= 0)
        {
            return true;
        }

        Delivered(error, code, pc, reraise);
        interpreter.LeaveCompiledFrame();
        return false;
    }

    /// <summary>The index in the exception table of the handler that takes <paramref name="error"/> raised at <paramref name="pc"/>, or -1 when it leaves the frame.</summary>
    public static int HandlerIndex(Exception error, CodeObject code, int pc)
    {
        if (error is not PythonException)
        {
            return -1;
        }

        var table = code.ExceptionTable;
        for (var index = 0; index < table.Length; index++)
        {
            if (table[index].Covers(pc))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>An exception raised at <paramref name="pc"/> that a handler of this frame takes, delivered as the catch would (see <see cref="Delivered"/>), for the handler's slot.</summary>
    public static Value CaughtHere(Exception error, CodeObject code, int pc) => CaughtValue(AddTraceback(error, code, pc));

    /// <summary>
    /// GET_ITEM where a handler may take the error: null with the item, or for a key missing from
    /// an exact dict (a subclass may define <c>__missing__</c>) the KeyError, not thrown. Any other
    /// error is thrown.
    /// </summary>
    public static PyBaseException? TryGetItem(Value container, Value key, out Value item)
    {
        if (Subscripts.TryGetSequenceItem(container, key, out item))
        {
            return null;
        }

        if (container.Ref is not PyDict dict || dict.Type != PyType.Dict)
        {
            item = Subscripts.GetItem(container, key);
            return null;
        }

        return dict.TryGetValue(key, out item) ? null : new PyBaseException(ExceptionTypes.KeyError, [key]);
    }

    /// <summary>The KeyError of <see cref="TryGetItem"/>, delivered to a handler of this frame.</summary>
    public static Value KeyErrorCaughtHere(PyBaseException error, CodeObject code, int pc) =>
        CaughtHere(new PythonException(error), code, pc);

    /// <summary>What a bare <c>raise</c> that a handler of this frame takes hands it.</summary>
    public static Value CurrentException(Interpreter interpreter) => Value.FromObject(interpreter.ExceptionToReraise());

    /// <summary>The Python exception a delivered <see cref="PythonException"/> carries, for the handler's slot.</summary>
    public static Value CaughtValue(Exception error) => Value.FromObject(((PythonException)error).Value);

    public static Value PushExceptionInfo(Interpreter interpreter, Value exception) => interpreter.PushHandledException(exception);

    public static void PopExcept(Interpreter interpreter, Value previous) => interpreter.RestoreHandledException(previous);

    public static Value CheckExceptionMatch(Value exception, Value classInfo) =>
        Value.FromBool(ExceptionRaising.Matches(exception.Type, classInfo));

    /// <summary>RERAISE: the exception in the slot, thrown again with the traceback it has.</summary>
    public static Exception Reraise(Value exception) => new PythonException((PyBaseException)exception.Ref!);

    /// <summary>RAISE_CURRENT: the exception being handled; RuntimeError (a new exception) when there is none.</summary>
    public static Exception RaiseCurrent(Interpreter interpreter) => new PythonException(interpreter.ExceptionToReraise());

    public static Value LoadAssertionError() => Value.FromObject(ExceptionTypes.AssertionError);

    public static Value ContextManagerMethods(Value manager, out Value enter) => Interpreter.ContextManagerMethods(manager, out enter);

    public static Value ExitArguments(Value raised, out Value exception, out Value traceback) =>
        Interpreter.ExitArguments(raised, out exception, out traceback);

    public static void DeleteGlobal(JitClosure closure, int nameIndex) => Interpreter.DeleteGlobal(closure.Globals, closure.Code, nameIndex);

    /// <summary>DELETE_FAST: the unbound value the local gets, after checking it was bound.</summary>
    public static Value Deleted(Value value, CodeObject code, int slot) =>
        value.Ref is null ? throw PyErrors.UnboundLocal(code.LocalNames[slot]) : default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPendingRaise(Value result) => Interpreter.IsPendingRaise(result);

    public static Exception TakePendingRaise(Interpreter interpreter) => interpreter.TakePendingRaise();

    /// <summary>
    /// A compiled frame leaves with <paramref name="error"/>, delivered: the marker its body returns.
    /// A .NET exception the VM would not turn into a Python error cannot be parked and is thrown on.
    /// </summary>
    public static Value ParkRaise(Interpreter interpreter, Exception error) =>
        error is PythonException python ? interpreter.ParkRaise(python) : throw error;

    /// <summary><c>/</c>, <c>//</c> or <c>%</c> off the inline paths: a division of builtin numbers by zero parks its ZeroDivisionError.</summary>
    public static Value Division(Interpreter interpreter, BinaryOperator op, Value a, Value b, bool inplace) =>
        DivisionByZero.MessageFor(op, a, b) is { } message
            ? interpreter.ParkRaise(PyErrors.ZeroDivision(message))
            : Arithmetic.Binary(op, a, b, inplace);
}
