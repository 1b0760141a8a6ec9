using Viper.Bytecode.Instructions;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Raising and handling. Nothing runs while no exception is raised: when one is, <see cref="Deliver"/>
/// walks this run's frames from the top, recording each in the traceback and searching its code's
/// exception table, and pops the frames that have no handler. The raise instructions deliver
/// within the dispatch loop; exceptions thrown by builtins and slow paths are delivered by
/// <see cref="Run"/>, which then resumes the loop at the handler.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>The exception the innermost running except or finally block handles (what a bare <c>raise</c> re-raises).</summary>
    private PyBaseException? _handledException;

    /// <summary>The exception an <c>except</c> block (here or in a caller) is handling: what <c>sys.exc_info()</c> reports.</summary>
    public PyBaseException? HandledException => _handledException;

    /// <summary>Chains a newly raised exception to the one being handled, for raisers outside the dispatch loop (compiled code).</summary>
    internal void SetImplicitContext(PyBaseException error) => ExceptionRaising.SetContext(error, _handledException);

    /// <summary>PUSH_EXC_INFO: <paramref name="exception"/> becomes the one being handled; returns the one handled until now, or None.</summary>
    internal Value PushHandledException(Value exception)
    {
        var previous = _handledException is null ? Value.None : Value.FromObject(_handledException);
        _handledException = (PyBaseException)exception.Ref!;
        return previous;
    }

    /// <summary>POP_EXCEPT: the exception PUSH_EXC_INFO saved (or None) becomes the one being handled again.</summary>
    internal void RestoreHandledException(Value previous) => _handledException = previous.Ref as PyBaseException;

    /// <summary>What RAISE_CURRENT (a bare <c>raise</c>) re-raises; RuntimeError when nothing is being handled.</summary>
    internal PyBaseException ExceptionToReraise() =>
        _handledException ?? throw PyErrors.RuntimeError("No active exception to reraise");

    /// <summary>
    /// Hands <paramref name="error"/> to the innermost handler in the frames above
    /// <paramref name="entryFrame"/>: true when one takes it (the top frame then resumes at the
    /// handler), false when every such frame was popped. A re-raise does not record the frame
    /// raising it again: the exception's traceback already holds it. A generator frame popped
    /// finishes its generator, and a StopIteration leaving one goes on as the RuntimeError CPython
    /// makes of it: <paramref name="error"/> is then that exception.
    /// </summary>
    private bool Deliver(ref PyBaseException error, int entryFrame, bool reraise)
    {
        while (true)
        {
            var frame = _frames[_frameCount - 1];
            if (!reraise)
            {
                error.Traceback.Add(error.EntryFor(frame.Code, frame.Pc));
            }

            reraise = false;
            if (frame.Code.ExceptionTable.Length > 0 && frame.Code.HandlerAt(frame.Pc) is { } handler)
            {
                _stack[frame.Base + handler.Slot] = Value.FromObject(error);
                frame.Pc = handler.Target;
                return true;
            }

            PopFrame();
            if (frame.Generator is not null)
            {
                error = GeneratorRaised(frame, error);
            }

            if (_frameCount <= entryFrame)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// RAISE, RAISE_FROM, RERAISE and RAISE_CURRENT: builds or fetches the exception and delivers
    /// it. Returns when a handler in this run takes it; throws (with this run's frames popped) when
    /// none does.
    /// </summary>
    private void RaiseInstruction(Frame frame, int pc, int entryFrame)
    {
        frame.Pc = pc;
        var words = frame.Code.Instructions;
        PyBaseException error;
        var reraise = false;
        switch ((Opcode)words[pc])
        {
            case Opcode.Raise:
                error = ExceptionRaising.Instantiate(this, Bound(frame, words[pc + 1]));
                ExceptionRaising.SetContext(error, _handledException);
                break;
            case Opcode.RaiseFrom:
                error = ExceptionRaising.Instantiate(this, Bound(frame, words[pc + 1]));
                ExceptionRaising.SetCause(this, error, Bound(frame, words[pc + 2]));
                ExceptionRaising.SetContext(error, _handledException);
                break;
            case Opcode.Reraise:
                error = (PyBaseException)Bound(frame, words[pc + 1]).Ref!;
                reraise = true;
                break;
            default:
                error = ExceptionToReraise();
                reraise = true;
                break;
        }

        if (!Deliver(ref error, entryFrame, reraise))
        {
            throw new PythonException(error);
        }
    }

    /// <summary>
    /// The subscript slow path. A key missing from a dict — <c>try: d[k] except KeyError:</c> is
    /// an everyday idiom — is delivered as a KeyError without a .NET throw: false means a handler
    /// took it and the loop resumes there.
    /// </summary>
    private bool TryGetItemSlow(Value container, Value key, int entryFrame, out Value result)
    {
        // Only an exact dict: a subclass may define __getitem__ or __missing__.
        if (container.Ref is not PyDict dict || dict.Type != PyType.Dict)
        {
            result = Subscripts.GetItem(container, key);
            return true;
        }

        if (dict.TryGetValue(key, out result))
        {
            return true;
        }

        RaiseInLoop(new PyBaseException(ExceptionTypes.KeyError, [key]), entryFrame);
        result = default;
        return false;
    }

    /// <summary>
    /// An error the dispatch loop raises itself, at the top frame's offset, without a .NET throw:
    /// chained to the exception being handled and delivered. Returns when a handler in this run
    /// takes it (the loop resumes there); throws when none does.
    /// </summary>
    private void RaiseInLoop(PyBaseException error, int entryFrame)
    {
        ExceptionRaising.SetContext(error, _handledException);
        if (!Deliver(ref error, entryFrame, reraise: false))
        {
            throw new PythonException(error);
        }
    }

    /// <summary>PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH and LOAD_ASSERTION_ERROR; returns the next offset.</summary>
    private int ExceptionBookkeeping(Frame frame, int pc)
    {
        frame.Pc = pc;
        var words = frame.Code.Instructions;
        var slots = _stack.AsSpan(frame.Base);
        switch ((Opcode)words[pc])
        {
            case Opcode.PushExcInfo:
                slots[words[pc + 1]] = PushHandledException(slots[words[pc + 2]]);
                break;
            case Opcode.PopExcept:
                RestoreHandledException(slots[words[pc + 1]]);
                break;
            case Opcode.CheckExcMatch:
                {
                    var exception = slots[words[pc + 2]];
                    slots[words[pc + 1]] = Value.FromBool(ExceptionRaising.Matches(exception.Type, Bound(frame, words[pc + 3])));
                    break;
                }

            case Opcode.LoadAssertionError:
                slots[words[pc + 1]] = Value.FromObject(ExceptionTypes.AssertionError);
                break;
        }

        return pc + InstructionSet.LengthOf((Opcode)words[pc]);
    }
}
